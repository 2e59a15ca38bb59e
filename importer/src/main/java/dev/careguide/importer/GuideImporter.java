package dev.careguide.importer;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.ItemType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns raw article text files into a {@link Guide} and an {@link ImportReport}, running the stages the package
 * documentation lists in that order: decode, structure, clean, analyze, clauses, extract, merge, label, wording,
 * ids, the ids the registry knows the items by ({@link IdMatcher}), editorial, assemble. The language profile,
 * rules, glossary, editorial and registry files are loaded once in the constructor; an importer is immutable and
 * may be reused for many guides on many threads.
 */
public final class GuideImporter {

    private final ImportOptions options;
    private final LanguageProfile profile;
    private final ImportRules rules;
    private final Glossary glossary;
    private final EditorialOverrides editorial;
    private final IdRegistry registry;

    /**
     * Loads the rules, glossary, editorial and id registry files of {@code options}; a file that cannot be read
     * or parsed throws a DiagnosticException. Problems with the editorial file's decisions come with the import
     * of their guide ({@link #importGuide}), the others from {@link #editorialProblems}.
     */
    public GuideImporter(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        try {
            new java.util.Locale.Builder().setLanguageTag(options.sourceLocale());
        } catch (java.util.IllformedLocaleException e) {
            throw new DiagnosticException(Diagnostic.error(
                    "sourceLocale",
                    0,
                    0,
                    "bad-locale",
                    "source locale '" + options.sourceLocale() + "' is not a BCP 47 language tag: " + e.getMessage()));
        }
        this.profile = LanguageProfile.forLocale(options.sourceLocale());
        this.rules = ImportRules.load(options.rulesFile());
        this.glossary = Glossary.load(options.glossaryFile());
        this.editorial =
                EditorialOverrides.load(options.editorialFile(), options.editorialSeverity(), new DosageParser(rules));
        this.registry = IdRegistry.read(options.idsFile());
    }

    /**
     * The problems of the editorial file that belong to no guide being imported, each once, at the configured
     * severity: a file that is not a map of guides, and every guide id it names that is not among
     * {@code guideIds}, followed by the problems in that guide's block.
     */
    public List<Diagnostic> editorialProblems(java.util.Collection<String> guideIds) {
        List<Diagnostic> out = new ArrayList<>(editorial.fileProblems());
        out.addAll(editorial.unknownGuides(guideIds));
        return out;
    }

    /** The id registry the importer matches drafts against ({@link IdRegistry#absent()} when there is none). */
    public IdRegistry registry() {
        return registry;
    }

    public ImportOptions options() {
        return options;
    }

    /**
     * Imports one guide made of {@code documents} (UTF-8 text files, in the given order). Provenance names each
     * document by its path relative to {@code contentRoot}, with '/' separators.
     *
     * @throws DiagnosticException for an unreadable, empty, binary or invalid UTF-8 file, or a directory
     */
    public ImportResult importGuide(String guideId, List<Path> documents, Path contentRoot) {
        Objects.requireNonNull(guideId, "guideId");
        if (documents.isEmpty()) {
            throw new DiagnosticException(
                    Diagnostic.error(guideId, 0, 0, "no-documents", "guide '" + guideId + "' has no documents"));
        }
        List<SourceDocument> decoded = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (Path file : documents) {
            String name = documentName(file, contentRoot);
            try {
                if (Files.isDirectory(file)) {
                    throw new DiagnosticException(Diagnostic.error(
                            name, 0, 0, "not-a-file", "is a directory, not a text file; list its .txt files instead"));
                }
                decoded.add(SourceDecoder.read(file, name));
            } catch (DiagnosticException e) {
                errors.addAll(e.diagnostics());
            }
        }
        if (!errors.isEmpty()) {
            throw new DiagnosticException(errors);
        }
        List<String> names = decoded.stream().map(SourceDocument::name).toList();
        int documentCount = decoded.size();
        List<EditorialOverrides.Override> decisions = editorial.forGuide(guideId);
        List<SourceDocument> forAdditions =
                decisions.stream().anyMatch(o -> o.add() != null) ? List.copyOf(decoded) : List.of();
        ItemExtractor.Extraction extraction = new ItemExtractor(rules, profile, glossary).extract(decoded);
        decoded.clear();
        List<Draft> drafts = new DuplicateMerger(rules, extraction.topic()).merge(extraction.drafts());
        extraction.drafts().clear();
        List<ImportReport.UnusedBlock> unused = new ArrayList<>(extraction.unused());
        ItemLabeler labeler = new ItemLabeler(rules);
        drafts.forEach(labeler::label);
        DosageParser dosages = new DosageParser(rules);
        ItemWriter writer = new ItemWriter(dosages);
        drafts.forEach(writer::write);
        new IdAssigner(rules).assign(drafts);
        IdMatcher.Outcome identity =
                new IdMatcher().match(drafts, registry, guideId, EditorialStage.reservedIds(decisions));
        List<ImportReport.Merge> namedMerges = merges(drafts);
        List<Diagnostic> warnings = new ArrayList<>();
        for (Draft d : identity.unregistered()) {
            warnings.add(unregistered(d));
        }
        EditorialStage.Record applied = new EditorialStage.Record();
        drafts = new EditorialStage(editorial).apply(guideId, drafts, forAdditions, identity.whereabouts(), applied);
        List<Diagnostic> editorialProblems = new ArrayList<>(editorial.problems(guideId));
        editorialProblems.addAll(applied.diagnostics);
        if (editorial.severity() == Diagnostic.Severity.ERROR && !editorialProblems.isEmpty()) {
            throw new DiagnosticException(editorialProblems);
        }
        warnings.addAll(editorialProblems);
        drafts.sort(Comparator.comparingInt((Draft d) -> d.documentIndex)
                .thenComparingInt(d -> d.firstLine)
                .thenComparing(d -> d.id));
        Guide guide = ModelAssembler.assemble(
                guideId, options.sourceLocale(), extraction.title(), extraction.summary(), drafts, dosages, labeler);
        List<ImportReport.Defect> defects = attachDefects(extraction.defects(), drafts);
        ImportReport.Counts counts = new ImportReport.Counts(
                documentCount,
                extraction.lines(),
                extraction.blocks(),
                guide.causes().size(),
                guide.remedies().size(),
                guide.exercises().size(),
                guide.specialists().size(),
                guide.nutrientSources().size(),
                guide.warningSigns().size(),
                namedMerges.size(),
                unused.size(),
                defects.size(),
                extraction.replacements().size());
        List<ImportReport.IdChange> idChanges = new ArrayList<>(identity.changes());
        idChanges.addAll(applied.idChanges);
        ImportReport report = new ImportReport(
                guideId,
                names,
                counts,
                defects,
                extraction.replacements(),
                namedMerges,
                unused,
                applied.decisions,
                applied.problems,
                warnings,
                idChanges);
        return new ImportResult(guide, report, identity.entries());
    }

    /** The warning that an item has no registered id, at its first source line. */
    private Diagnostic unregistered(Draft d) {
        String registryName = options.idsFile() == null || options.idsFile().getFileName() == null
                ? "the registry"
                : options.idsFile().getFileName().toString();
        dev.careguide.model.Provenance first = d.provenance.isEmpty() ? null : d.provenance.get(0);
        return Diagnostic.warning(
                first == null ? "" : first.document(),
                first == null ? 0 : first.startLine(),
                0,
                "unregistered-id",
                "item '" + d.id + "' (\"" + d.title + "\") has no id in " + registryName
                        + "; run sync to register it, or an edit to its text may change its id");
    }

    private static List<ImportReport.Merge> merges(List<Draft> drafts) {
        List<ImportReport.Merge> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.mergedSources.isEmpty()) {
                out.add(new ImportReport.Merge(d.id, d.title, d.mergedTitles, d.mergedSources));
            }
        }
        out.sort(Comparator.comparing(ImportReport.Merge::itemId));
        return out;
    }

    private static List<ImportReport.Defect> attachDefects(List<ImportReport.Defect> defects, List<Draft> drafts) {
        java.util.Map<String, List<Object[]>> byLine = new java.util.HashMap<>();
        for (Draft draft : drafts) {
            if (draft.type == ItemType.SPECIALIST) {
                continue;
            }
            for (dev.careguide.model.Provenance p : draft.provenance) {
                byLine.computeIfAbsent(p.document() + ":" + p.startLine(), k -> new ArrayList<>())
                        .add(new Object[] {draft.id, p});
            }
        }
        List<ImportReport.Defect> out = new ArrayList<>();
        for (ImportReport.Defect d : defects) {
            String itemId = d.itemId();
            for (Object[] hit : byLine.getOrDefault(d.document() + ":" + d.line(), List.of())) {
                dev.careguide.model.Provenance p = (dev.careguide.model.Provenance) hit[1];
                if (itemId == null && (p.text().contains(d.text()) || d.text().contains(p.text()))) {
                    itemId = (String) hit[0];
                }
            }
            out.add(new ImportReport.Defect(d.document(), d.line(), d.code(), d.message(), d.text(), itemId));
        }
        return out;
    }

    static String documentName(Path file, Path contentRoot) {
        Path f = file.toAbsolutePath().normalize();
        if (contentRoot != null) {
            Path root = contentRoot.toAbsolutePath().normalize();
            if (f.startsWith(root)) {
                Path rel = root.relativize(f);
                if (!rel.toString().isEmpty()) {
                    return rel.toString().replace(java.io.File.separatorChar, '/');
                }
            }
        }
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }
}
