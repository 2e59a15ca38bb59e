package dev.careguide.benchmarks.corpus;

import dev.careguide.i18n.CatalogEditor;
import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogSync;
import dev.careguide.i18n.SourceString;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.importer.GuideImporter;
import dev.careguide.importer.ImportOptions;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives a generated project its translator catalogs the way a team would get them: the real importer and the
 * i18n module's {@link CatalogSync} (what {@code careguide sync} runs) write each guide's source catalog and one
 * untranslated catalog per target locale; then every untranslated entry is filled with a
 * {@link SyntheticTranslator} text through the i18n module's {@link CatalogEditor} (as a translation memory
 * would seed it), and a second sync records the translations in the sync state.
 */
public final class CatalogFiller {

    /** Where the catalogs go inside the project. */
    public static final String I18N_DIRECTORY = "src/main/i18n";

    private CatalogFiller() {}

    /** Translators for the first {@code count} locales of {@code locales.yaml}. */
    public static List<SyntheticTranslator> targetLocales(int count) {
        return SyntheticTranslator.first(count);
    }

    /**
     * Imports every guide of a generated project, syncs its catalogs for the locales and fills them; returns the
     * number of entries filled.
     */
    public static long fill(Path projectDir, List<GuidePlan> guides, List<SyntheticTranslator> locales)
            throws IOException {
        List<String> tags = locales.stream().map(SyntheticTranslator::tag).toList();
        Path content = projectDir.resolve(CorpusGenerator.CONTENT_DIRECTORY);
        Path i18n = projectDir.resolve(I18N_DIRECTORY);
        GuideImporter importer = new GuideImporter(ImportOptions.defaults());
        CatalogSync sync = new CatalogSync();
        long filled = 0;
        for (GuidePlan plan : guides) {
            Path folder = content.resolve(plan.id());
            List<Path> articles = new ArrayList<>();
            for (int i = 0; i < plan.articles().size(); i++) {
                articles.add(folder.resolve(GuidePlan.articleFileName(i)));
            }
            Guide guide = importer.importGuide(plan.id(), articles, content).guide();
            sync.syncGuide(guide, i18n, tags, false);
            Map<String, String> texts = new HashMap<>();
            for (SourceString s : SourceStrings.of(guide)) {
                texts.put(s.key(), s.text());
            }
            Path catalogs = CatalogPaths.folder(i18n, guide.id());
            for (SyntheticTranslator translator : locales) {
                filled += fill(CatalogPaths.target(catalogs, translator.tag()), translator, texts);
            }
            sync.syncGuide(guide, i18n, tags, false);
        }
        sync.syncUi(i18n, tags, false);
        return filled;
    }

    /**
     * Fills the untranslated entries of the existing target catalogs of every guide folder of a project (as
     * {@code careguide sync -l ...} left them), taking each key's source text from the guide's source catalog;
     * returns the number of entries filled.
     */
    public static long fillExisting(Path projectDir, List<SyntheticTranslator> locales) throws IOException {
        Path i18n = projectDir.resolve(I18N_DIRECTORY);
        List<Path> folders;
        try (Stream<Path> entries = Files.list(i18n)) {
            folders = entries.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().equals(CatalogPaths.UI))
                    .sorted()
                    .toList();
        }
        long filled = 0;
        for (Path folder : folders) {
            Path sourceFile = CatalogPaths.source(folder);
            CatalogFile source = CatalogFile.read(sourceFile, sourceFile.toString(), "en");
            Map<String, String> texts = new HashMap<>();
            for (CatalogEntry entry : source.entries()) {
                if (entry.value() != null) {
                    texts.put(entry.key(), entry.value());
                }
            }
            for (SyntheticTranslator translator : locales) {
                Path target = CatalogPaths.target(folder, translator.tag());
                if (Files.isRegularFile(target)) {
                    filled += fill(target, translator, texts);
                }
            }
        }
        return filled;
    }

    /**
     * {@code CatalogFiller PROJECT_DIR LOCALES} fills the catalogs of the first LOCALES target locales;
     * {@code CatalogFiller --tags LOCALES} prints those locales' tags, comma-separated, for {@code sync -l}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CatalogFiller PROJECT_DIR LOCALES | CatalogFiller --tags LOCALES");
            System.exit(2);
        }
        List<SyntheticTranslator> locales = targetLocales(Integer.parseInt(args[1]));
        if (args[0].equals("--tags")) {
            System.out.println(String.join(
                    ",", locales.stream().map(SyntheticTranslator::tag).toList()));
            return;
        }
        long filled = fillExisting(Path.of(args[0]), locales);
        System.err.println("filled " + filled + " catalog entries with synthetic translations");
    }

    /** Fills the untranslated entries of one target catalog from the source texts; returns how many. */
    static long fill(Path file, SyntheticTranslator translator, Map<String, String> source) {
        CatalogFile catalog = CatalogFile.read(file, file.toString(), translator.tag());
        Map<String, String> translations = new HashMap<>();
        for (CatalogEntry entry : catalog.entries()) {
            String text = source.get(entry.key());
            if (!entry.isTranslated() && text != null) {
                translations.put(entry.key(), translator.translate(text));
            }
        }
        return CatalogEditor.translate(file, translator.tag(), translations).size();
    }
}
