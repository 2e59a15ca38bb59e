package dev.careguide.benchmarks.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes target-locale catalogs for a generated project (pending the i18n API). */
public final class CatalogFiller {

    private final long seed;

    public CatalogFiller(long seed) {
        this.seed = seed;
    }

    public static List<SyntheticTranslator> targetLocales(int count) {
        return SyntheticTranslator.first(count);
    }

    public void fill(Path projectDir, List<GuidePlan> guides, List<SyntheticTranslator> locales) throws IOException {
        throw new UnsupportedOperationException("catalogs need the i18n module " + seed);
    }
}
