package dev.careguide.i18n;

import java.util.List;

/** Translation progress of one guide's catalogs, one {@link LocaleStats} per target locale. */
public record GuideStats(String guide, List<LocaleStats> locales) {

    public GuideStats {
        locales = List.copyOf(locales);
    }
}
