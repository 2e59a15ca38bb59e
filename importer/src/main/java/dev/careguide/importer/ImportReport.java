package dev.careguide.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.careguide.model.Diagnostic;
import java.util.List;

/**
 * How an import went, for the content team: counts, broken text (defects), each glossary replacement with its
 * line, each merge of near-duplicates, every source block that ended in no item (with the reason), and
 * items that took over part of a registered item under a new id, the editorial decisions applied (each
 * field before and after), and editorial overrides that could not be applied. Written as {@code import-report.json} by
 * {@link ImportReportCodec}.
 */
@JsonPropertyOrder({
    "guideId",
    "documents",
    "counts",
    "defects",
    "glossaryReplacements",
    "merges",
    "idChanges",
    "unused",
    "editorialDecisions",
    "editorialProblems",
    "warnings"
})
public record ImportReport(
        String guideId,
        List<String> documents,
        Counts counts,
        List<Defect> defects,
        List<GlossaryReplacement> glossaryReplacements,
        List<Merge> merges,
        List<UnusedBlock> unused,
        List<EditorialDecision> editorialDecisions,
        List<EditorialProblem> editorialProblems,
        List<Diagnostic> warnings,
        List<IdChange> idChanges) {

    /** A report without id changes. */
    public ImportReport(
            String guideId,
            List<String> documents,
            Counts counts,
            List<Defect> defects,
            List<GlossaryReplacement> glossaryReplacements,
            List<Merge> merges,
            List<UnusedBlock> unused,
            List<EditorialDecision> editorialDecisions,
            List<EditorialProblem> editorialProblems,
            List<Diagnostic> warnings) {
        this(
                guideId,
                documents,
                counts,
                defects,
                glossaryReplacements,
                merges,
                unused,
                editorialDecisions,
                editorialProblems,
                warnings,
                List.of());
    }

    public ImportReport {
        documents = List.copyOf(documents);
        defects = List.copyOf(defects);
        glossaryReplacements = List.copyOf(glossaryReplacements);
        merges = List.copyOf(merges);
        unused = List.copyOf(unused);
        editorialDecisions = List.copyOf(editorialDecisions);
        editorialProblems = List.copyOf(editorialProblems);
        warnings = List.copyOf(warnings);
        idChanges = List.copyOf(idChanges);
    }

    /** Sizes of the input and of each output list. */
    @JsonPropertyOrder({
        "documents",
        "lines",
        "blocks",
        "causes",
        "remedies",
        "exercises",
        "specialists",
        "nutrientSources",
        "warningSigns",
        "merges",
        "unusedBlocks",
        "defects",
        "glossaryReplacements"
    })
    public record Counts(
            int documents,
            int lines,
            int blocks,
            int causes,
            int remedies,
            int exercises,
            int specialists,
            int nutrientSources,
            int warningSigns,
            int merges,
            int unusedBlocks,
            int defects,
            int glossaryReplacements) {}

    /** Broken source text (e.g. a sentence whose object is missing), where it is and what became of it. */
    @JsonPropertyOrder({"document", "line", "code", "message", "text", "itemId"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Defect(String document, int line, String code, String message, String text, String itemId) {}

    /** One terminology fix made by the glossary, at a 1-based line and column of the source. */
    @JsonPropertyOrder({"document", "line", "column", "from", "to"})
    public record GlossaryReplacement(String document, int line, int column, String from, String to) {}

    /** Near-duplicate drafts that became one item: the kept title and the titles merged into it. */
    @JsonPropertyOrder({"itemId", "title", "mergedTitles", "sources"})
    public record Merge(String itemId, String title, List<String> mergedTitles, List<String> sources) {
        public Merge {
            mergedTitles = List.copyOf(mergedTitles);
            sources = List.copyOf(sources);
        }
    }

    /** A source block (or part of one) that ended in no item, and why. */
    @JsonPropertyOrder({"document", "startLine", "endLine", "reason", "text"})
    public record UnusedBlock(String document, int startLine, int endLine, String reason, String text) {}

    /**
     * One field an editorial override changed, in the order applied: {@code itemId} is the item's id when the
     * change was made (a moved item's new id; for {@code mergeInto}, the item merged away), {@code field} the
     * override's field ({@code review}, {@code title}, {@code kind}, {@code category}, {@code safety},
     * {@code moveTo}, {@code mergeInto}), {@code before} and {@code after} its values (for {@code safety}
     * {@code level: reason}; for {@code moveTo} and {@code mergeInto} the ids), {@code line} the override's line
     * in the editorial file.
     */
    @JsonPropertyOrder({"itemId", "field", "before", "after", "line"})
    public record EditorialDecision(String itemId, String field, String before, String after, int line) {}

    /**
     * An item that continues part of another under a new id: {@code split} when the registry saw a registered
     * item's text divided between drafts (the larger part kept the id), {@code editorial-split} when the
     * editorial file split it. Sync offers the former item's translations on the new keys.
     */
    @JsonPropertyOrder({"itemId", "formerId", "reason"})
    public record IdChange(String itemId, String formerId, String reason) {}

    /** An editorial override that could not be applied (e.g. it names an unknown item id). */
    @JsonPropertyOrder({"guideId", "itemId", "code", "message"})
    public record EditorialProblem(String guideId, String itemId, String code, String message) {}
}
