package dev.careguide.site.page;

import java.util.List;

/**
 * The review page of one guide: each item as a reader sees it next to the source text, with its provenance,
 * merges, editorial decisions and defects, then every block of text that became nothing, with its reason.
 */
public record GuidePage(
        String id,
        String title,
        String summary,
        IndexPage.Counts counts,
        List<Section> sections,
        List<Unused> unused,
        List<Defect> otherDefects,
        List<Decision> otherDecisions,
        List<Document> documents,
        List<Link> previews) {

    public GuidePage {
        sections = List.copyOf(sections);
        unused = List.copyOf(unused);
        otherDefects = List.copyOf(otherDefects);
        otherDecisions = List.copyOf(otherDecisions);
        documents = List.copyOf(documents);
        previews = List.copyOf(previews);
    }

    /** The items of one type, under its section name. */
    public record Section(String id, String name, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One item: its text as a reader gets it and what the reviewer needs beside it. {@code flags} are the filter
     * names it matches ({@code unsafe}, {@code needs-medical-review}, {@code rejected}, {@code defects}),
     * space-separated; {@code facts} are short "name: value" lines (kind, category, nutrients, muscles, ...).
     */
    public record Item(
            String id,
            String title,
            String review,
            String safetyLevel,
            String safetyReason,
            String description,
            List<String> steps,
            String dosage,
            List<String> foods,
            List<String> facts,
            List<Link> provenance,
            List<Merge> merges,
            List<Decision> decisions,
            List<Defect> defects,
            String flags) {
        public Item {
            steps = List.copyOf(steps);
            foods = List.copyOf(foods);
            facts = List.copyOf(facts);
            provenance = List.copyOf(provenance);
            merges = List.copyOf(merges);
            decisions = List.copyOf(decisions);
            defects = List.copyOf(defects);
        }
    }

    /** Repetitions of the advice that went into the item: their titles and where they were. */
    public record Merge(List<String> titles, List<Link> sources) {
        public Merge {
            titles = List.copyOf(titles);
            sources = List.copyOf(sources);
        }
    }

    /** An editorial decision applied: the field, its value before and after, and the editorial file's line. */
    public record Decision(String itemId, String field, String before, String after, String where) {}

    /** Broken source text, where it is, and what became of it. */
    public record Defect(String code, String message, String text, Link where) {}

    /** A block of source text that became no item, and why. */
    public record Unused(String reason, String text, Link where) {}

    /** One article of the guide, line by line. */
    public record Document(String name, List<Line> lines) {
        public Document {
            lines = List.copyOf(lines);
        }
    }

    /** One source line: its number, its anchor ({@code L120}), its text and whether an item came from it. */
    public record Line(int number, String anchor, String text, boolean used) {}
}
