package dev.careguide.i18n.xliff;

import java.util.List;

/**
 * One XLIFF file as careguide writes it: the units of one guide's catalog in one target locale.
 * {@code original} is the catalog's path under the i18n folder, for the translator's orientation.
 */
record XliffDocument(String guideId, String original, String sourceTag, String targetTag, List<XliffUnit> units) {

    XliffDocument {
        units = List.copyOf(units);
    }
}
