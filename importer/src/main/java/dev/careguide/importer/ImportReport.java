package dev.careguide.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.careguide.model.Diagnostic;
import java.util.List;

/**
 * How an import went, for the content team: counts, broken text (defects), each glossary replacement with its
 * line, each merge of near-duplicates, every source block that ended in no item (with the reason), and
 * editorial overrides that could not be applied. Written as {@code import-report.json} by
 * {@link ImportReportCodec}.
 */
@JsonPropertyOrder({"guideId", "documents", "counts", "defects", "glossaryReplacements", "merges", "unused",
        "editorialProblems", "warnings"})
public record ImportReport(String guideId, List<String> documents, Counts counts, List<Defect> defects,
        List<GlossaryReplacement> glossaryReplacements, List<Merge> merges, List<UnusedBlock> unused,
        List<EditorialProblem> editorialProblems, List<Diagnostic> warnings) {

    public ImportReport {
        documents = List.copyOf(documents);
        defects = List.copyOf(defects);
        glossaryReplacements = List.copyOf(glossaryReplacements);
        merges = List.copyOf(merges);
        unused = List.copyOf(unused);
        editorialProblems = List.copyOf(editorialProblems);
        warnings = List.copyOf(warnings);
    }

    /** Sizes of the input and of each output list. */
    @JsonPropertyOrder({"documents", "lines", "blocks", "causes", "remedies", "exercises", "specialists",
            "nutrientSources", "warningSigns", "merges", "unusedBlocks", "defects", "glossaryReplacements"})
    public record Counts(int documents, int lines, int blocks, int causes, int remedies, int exercises,
            int specialists, int nutrientSources, int warningSigns, int merges, int unusedBlocks, int defects,
            int glossaryReplacements) {
    }

    /** Broken source text (e.g. a sentence whose object is missing), where it is and what became of it. */
    @JsonPropertyOrder({"document", "line", "code", "message", "text", "itemId"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Defect(String document, int line, String code, String message, String text, String itemId) {
    }

    /** One terminology fix made by the glossary, at a 1-based line and column of the source. */
    @JsonPropertyOrder({"document", "line", "column", "from", "to"})
    public record GlossaryReplacement(String document, int line, int column, String from, String to) {
    }

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
    public record UnusedBlock(String document, int startLine, int endLine, String reason, String text) {
    }

    /** An editorial override that could not be applied (e.g. it names an unknown item id). */
    @JsonPropertyOrder({"guideId", "itemId", "code", "message"})
    public record EditorialProblem(String guideId, String itemId, String code, String message) {
    }
}
