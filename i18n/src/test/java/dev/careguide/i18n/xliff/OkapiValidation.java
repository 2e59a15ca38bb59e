package dev.careguide.i18n.xliff;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/**
 * Reads a file with the Okapi XLIFF Toolkit's validating reader at its strictest (schemas, modules, fragment
 * identifiers), as a CAT tool built on Okapi would: it throws on any invalid construct. Returns each unit's
 * name and target text as Okapi sees it, so a test can compare them with the catalog.
 */
final class OkapiValidation {

    private OkapiValidation() {}

    static Map<String, String> targets(Path file) {
        Map<String, String> targets = new LinkedHashMap<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(file.toFile());
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    Unit unit = event.getUnit();
                    StringBuilder sb = new StringBuilder();
                    boolean any = false;
                    for (Part part : unit) {
                        Fragment target = part.getTarget();
                        if (target != null) {
                            any = true;
                            sb.append(target.getPlainText());
                        }
                    }
                    targets.put(unit.getName(), any ? sb.toString() : null);
                }
            }
        }
        return targets;
    }
}
