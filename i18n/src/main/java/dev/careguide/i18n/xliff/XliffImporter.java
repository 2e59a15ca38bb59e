package dev.careguide.i18n.xliff;

import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogRules;
import dev.careguide.i18n.Locales;
import dev.careguide.i18n.SourceString;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.FileTransaction;
import dev.careguide.model.Guide;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the targets of XLIFF files back into the catalogs. A unit's target lands in its key's entry when the
 * translator confirmed it (state {@code translated}, {@code reviewed} or {@code final}): the value is set, a
 * stale mark cleared, the {@code #, reviewed} mark set for {@code reviewed}/{@code final} and removed otherwise.
 * Entries whose target and state did not change are left byte for byte, and so is every comment and mark.
 *
 * <p>Every file is checked before anything is written: a unit whose source is no longer the key's current
 * source (a late translation of text that has since changed), an unknown guide, key or locale, or a file that
 * is not XLIFF 2 is an error with file, line and column, and then no catalog is written at all.
 */
public final class XliffImporter {

    /** What an import did: catalogs written, those already holding every target, keys changed, and warnings. */
    public record Result(List<Path> written, List<Path> unchanged, int changedEntries, List<Diagnostic> warnings) {

        public Result {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            warnings = List.copyOf(warnings);
        }
    }

    private final CatalogRules rules;

    public XliffImporter() {
        this(CatalogRules.defaults());
    }

    public XliffImporter(CatalogRules rules) {
        this.rules = rules;
    }

    /**
     * Imports the files into the catalogs of {@code guides} under {@code i18nDir}.
     *
     * @throws DiagnosticException with every problem of every file; nothing is written then
     */
    public Result importFiles(List<Path> files, List<Guide> guides, Path i18nDir) {
        Map<String, Guide> byId = new HashMap<>();
        guides.forEach(g -> byId.put(g.id(), g));
        List<Diagnostic> problems = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Map<Path, Pending> catalogs = new LinkedHashMap<>();
        for (Path file : files) {
            String display = CatalogPaths.display(file);
            if (!Files.isRegularFile(file)) {
                problems.add(Diagnostic.error(display, 0, 0, "xliff", "no such file"));
                continue;
            }
            for (XliffDocument doc : XliffReader.read(file, display, problems)) {
                apply(doc, display, byId, i18nDir, catalogs, problems, warnings);
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        int changed = 0;
        // Every catalog is staged first and all are moved in together: a failure changes none.
        try (FileTransaction transaction = FileTransaction.begin(i18nDir)) {
            for (Map.Entry<Path, Pending> e : catalogs.entrySet()) {
                Pending p = e.getValue();
                if (p.changed == 0) {
                    unchanged.add(e.getKey());
                    continue;
                }
                CatalogFile c = p.catalog;
                String text =
                        new CatalogFile(c.file(), c.locale(), c.header(), p.entries, c.trailer(), c.obsolete()).write();
                try {
                    java.nio.file.Files.write(transaction.stage(e.getKey()), text.getBytes(StandardCharsets.UTF_8));
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException("cannot write " + e.getKey() + ": " + ex.getMessage(), ex);
                }
                written.add(e.getKey());
                changed += p.changed;
            }
            transaction.commit();
        }
        return new Result(written, unchanged, changed, warnings);
    }

    /** A catalog being changed: as read, its entries with the targets applied so far, and by whom. */
    private static final class Pending {
        final CatalogFile catalog;
        final List<CatalogEntry> entries;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, String> appliedFrom = new HashMap<>();
        int changed;

        Pending(CatalogFile catalog) {
            this.catalog = catalog;
            this.entries = new ArrayList<>(catalog.entries());
            for (int i = 0; i < entries.size(); i++) {
                // The last entry of a duplicated key is the one java.util.Properties reads.
                if (entries.get(i).isTranslated()
                        || !index.containsKey(entries.get(i).key())) {
                    index.put(entries.get(i).key(), i);
                }
            }
        }
    }

    private void apply(
            XliffDocument doc,
            String file,
            Map<String, Guide> guides,
            Path i18nDir,
            Map<Path, Pending> catalogs,
            List<Diagnostic> problems,
            List<Diagnostic> warnings) {
        Guide guide = guides.get(doc.guideId());
        if (guide == null) {
            problems.add(Diagnostic.error(
                    file,
                    0,
                    0,
                    "xliff",
                    "file id '" + doc.guideId()
                            + "' is not a guide of this project"
                            + (guides.isEmpty()
                                    ? ""
                                    : " (guides: "
                                            + String.join(
                                                    ", ",
                                                    guides.keySet().stream()
                                                            .sorted()
                                                            .toList()) + ")")));
            return;
        }
        String problem = Locales.problem(doc.targetTag());
        if (problem != null) {
            problems.add(Diagnostic.error(file, 0, 0, "xliff", "trgLang: " + problem));
            return;
        }
        String sourceTag = Locales.canonical(guide.sourceLocale());
        if (Locales.problem(doc.sourceTag()) != null
                || !Locales.canonical(doc.sourceTag()).equals(sourceTag)) {
            problems.add(Diagnostic.error(
                    file,
                    0,
                    0,
                    "xliff",
                    "srcLang is '" + doc.sourceTag() + "' but guide " + guide.id() + " is written in " + sourceTag));
            return;
        }
        String tag = Locales.canonical(doc.targetTag());
        Path path = CatalogPaths.target(CatalogPaths.folder(i18nDir, guide.id()), tag);
        if (!Files.isRegularFile(path)) {
            problems.add(Diagnostic.error(
                    file,
                    0,
                    0,
                    "xliff",
                    "no " + tag + " catalog for guide " + guide.id() + " (" + CatalogPaths.display(path)
                            + "); run careguide sync -l " + tag + " first"));
            return;
        }
        Pending pending = catalogs.get(path);
        if (pending == null) {
            CatalogFile catalog = CatalogFile.read(path, CatalogPaths.display(path), tag);
            if (catalog.properties().hasErrors()) {
                catalog.properties().parseErrors().forEach(p -> problems.add(p.toDiagnostic()));
                return;
            }
            pending = new Pending(catalog);
            catalogs.put(path, pending);
        }
        Map<String, String> sources = new HashMap<>();
        for (SourceString s : SourceStrings.of(guide, rules)) {
            sources.put(s.key(), s.text());
        }
        for (XliffUnit unit : doc.units()) {
            String current = sources.get(unit.key());
            if (current == null) {
                problems.add(Diagnostic.error(
                        file,
                        unit.line(),
                        unit.column(),
                        "xliff",
                        "unit " + unit.key() + ": guide " + guide.id()
                                + " has no such string (any more); export the file again"));
                continue;
            }
            if (!current.equals(unit.source())) {
                problems.add(Diagnostic.error(
                        file,
                        unit.line(),
                        unit.column(),
                        "source-changed",
                        "unit "
                                + unit.key() + ": the source is no longer the current source text (\"" + unit.source()
                                + "\" is now \"" + current + "\"); export again and translate the new text"));
                continue;
            }
            Integer at = pending.index.get(unit.key());
            if (at == null) {
                problems.add(Diagnostic.error(
                        file,
                        unit.line(),
                        unit.column(),
                        "out-of-step",
                        "unit " + unit.key() + ": the " + tag + " catalog has no such key; run careguide sync first"));
                continue;
            }
            String earlier = pending.appliedFrom.putIfAbsent(unit.key(), file + ":" + unit.line());
            if (earlier != null) {
                problems.add(Diagnostic.error(
                        file,
                        unit.line(),
                        unit.column(),
                        "xliff",
                        "unit " + unit.key() + " is imported twice into " + CatalogPaths.display(path) + " (also at "
                                + earlier + ")"));
                continue;
            }
            if (unit.target() == null) {
                continue;
            }
            CatalogEntry entry = pending.entries.get(at);
            if (!unit.state().confirmed()) {
                if (!unit.target().equals(entry.value())) {
                    warnings.add(Diagnostic.warning(
                            file,
                            unit.line(),
                            unit.column(),
                            "xliff",
                            "unit " + unit.key()
                                    + ": the target is in state initial (not confirmed), so it was not imported"));
                }
                continue;
            }
            CatalogEntry updated = entry;
            if (!unit.target().equals(entry.value())) {
                updated = updated.withValue(unit.target());
            }
            updated = updated.cleared().withReviewed(unit.state().reviewed());
            if (!updated.value().equals(entry.value())
                    || updated.isStale() != entry.isStale()
                    || updated.isReviewed() != entry.isReviewed()) {
                pending.entries.set(at, updated.withSuggestions(List.of()));
                pending.changed++;
            }
        }
    }
}
