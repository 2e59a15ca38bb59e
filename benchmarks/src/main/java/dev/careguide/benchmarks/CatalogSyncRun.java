package dev.careguide.benchmarks;

import dev.careguide.i18n.CatalogSync;
import dev.careguide.i18n.SyncResult;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import java.nio.file.Path;
import java.util.List;

/**
 * One catalog sync as a whole process, the counterpart of {@code msgmerge OLD.po NEW.pot}: reads a guide's
 * model ({@code model.json}, the new source) and syncs that guide's catalogs in an i18n folder for the given
 * locales with the i18n module's {@link CatalogSync}, exactly as {@code careguide sync} does after its import.
 *
 * <p>Run: {@code java -cp benchmarks.jar dev.careguide.benchmarks.CatalogSyncRun MODEL_JSON I18N_DIR LOCALE...}.
 */
public final class CatalogSyncRun {

    private CatalogSyncRun() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: CatalogSyncRun MODEL_JSON I18N_DIR LOCALE...");
            System.exit(2);
        }
        Guide guide = new GuideCodec().read(Path.of(args[0]));
        List<String> locales = List.of(args).subList(2, args.length);
        SyncResult result = new CatalogSync().syncGuide(guide, Path.of(args[1]), locales, false);
        System.err.print(result.summary());
    }
}
