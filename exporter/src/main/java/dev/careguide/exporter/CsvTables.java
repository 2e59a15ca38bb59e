package dev.careguide.exporter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The documented mapping of a {@link LocalizedGuide} to CSV tables (see docs/bundle-format.md). Every field of
 * the JSON is in exactly one cell: guide-level fields in {@code guide.csv}, one row per UI label in
 * {@code labels.csv}, one row per item in
 * {@code items.csv}, and list fields as child rows keyed by {@code item_id} and a 1-based {@code index}.
 * A localized string takes four columns: text, state, locale, stale ({@code true} or empty).
 */
final class CsvTables {

    static final List<String> GUIDE = List.of(
            "format_version",
            "guide",
            "locale",
            "direction",
            "source_locale",
            "fallback_chain",
            "title",
            "title_state",
            "title_locale",
            "title_stale",
            "summary",
            "summary_state",
            "summary_locale",
            "summary_stale");
    static final List<String> ITEMS = List.of(
            "type",
            "id",
            "kind",
            "category",
            "nutrient",
            "title",
            "title_state",
            "title_locale",
            "title_stale",
            "description",
            "description_state",
            "description_locale",
            "description_stale",
            "review",
            "safety_level",
            "safety_reason",
            "safety_reason_state",
            "safety_reason_locale",
            "safety_reason_stale",
            "dosage_label");
    static final List<String> LABELS = List.of("key", "text", "state", "locale", "stale");
    static final List<String> TEXTS = List.of("item_id", "index", "text", "state", "locale", "stale");
    static final List<String> QUANTITIES = List.of("item_id", "index", "min", "max", "unit", "limit", "label");
    static final List<String> DOSAGE = List.of("item_id", "part", "min", "max", "unit", "limit", "label");
    static final List<String> REFERENCES = List.of("item_id", "field", "index", "value");
    static final List<String> PROVENANCE = List.of("item_id", "index", "document", "start_line", "end_line");

    private CsvTables() {}

    /** Every table of a localized guide, in a fixed order; tables without rows still have their header. */
    static List<CsvTable> of(LocalizedGuide g) {
        List<List<String>> guide = List.of(row(
                g.formatVersion(),
                g.guide(),
                g.locale(),
                g.direction(),
                g.sourceLocale(),
                String.join(" ", g.fallbackChain()),
                text(g.title()),
                text(g.summary())));
        List<List<String>> labels = new ArrayList<>();
        g.labels().forEach((key, text) -> labels.add(row(key, text(text))));
        List<List<String>> items = new ArrayList<>();
        List<List<String>> steps = new ArrayList<>();
        List<List<String>> foods = new ArrayList<>();
        List<List<String>> quantities = new ArrayList<>();
        List<List<String>> dosage = new ArrayList<>();
        List<List<String>> references = new ArrayList<>();
        List<List<String>> provenance = new ArrayList<>();
        for (LocalizedItem it : g.items()) {
            SafetyInfo safety = it.safety();
            items.add(row(
                    it.type(),
                    it.id(),
                    it.kind(),
                    it.category(),
                    it.nutrient(),
                    text(it.title()),
                    text(it.description()),
                    it.review(),
                    safety == null ? null : safety.level(),
                    text(safety == null ? null : safety.reason()),
                    it.dosage() == null ? null : it.dosage().label()));
            for (int i = 0; i < it.steps().size(); i++) {
                steps.add(row(it.id(), index(i), text(it.steps().get(i))));
            }
            for (int i = 0; i < it.foods().size(); i++) {
                foods.add(row(it.id(), index(i), text(it.foods().get(i))));
            }
            for (int i = 0; i < it.quantities().size(); i++) {
                quantities.add(row(it.id(), index(i), quantity(it.quantities().get(i))));
            }
            if (it.dosage() != null) {
                LocalizedDosage d = it.dosage();
                addDosage(dosage, it.id(), "repetitions", d.repetitions());
                addDosage(dosage, it.id(), "sets", d.sets());
                addDosage(dosage, it.id(), "timesPerDay", d.timesPerDay());
                addDosage(dosage, it.id(), "duration", d.duration());
            }
            addReferences(references, it.id(), "nutrients", it.nutrients());
            addReferences(references, it.id(), "specialists", it.specialists());
            addReferences(references, it.id(), "targetMuscles", it.targetMuscles());
            for (int i = 0; i < it.provenance().size(); i++) {
                SourceRef p = it.provenance().get(i);
                provenance.add(row(
                        it.id(), index(i), p.document(), String.valueOf(p.startLine()), String.valueOf(p.endLine())));
            }
        }
        return List.of(
                new CsvTable("guide", GUIDE, guide),
                new CsvTable("labels", LABELS, labels),
                new CsvTable("items", ITEMS, items),
                new CsvTable("steps", TEXTS, steps),
                new CsvTable("foods", TEXTS, foods),
                new CsvTable("quantities", QUANTITIES, quantities),
                new CsvTable("dosage", DOSAGE, dosage),
                new CsvTable("references", REFERENCES, references),
                new CsvTable("provenance", PROVENANCE, provenance));
    }

    private static void addDosage(List<List<String>> rows, String id, String part, LocalizedQuantity q) {
        if (q != null) {
            rows.add(row(id, part, quantity(q)));
        }
    }

    private static void addReferences(List<List<String>> rows, String id, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            rows.add(row(id, field, index(i), values.get(i)));
        }
    }

    private static String index(int zeroBased) {
        return String.valueOf(zeroBased + 1);
    }

    private static String[] text(LocalizedText t) {
        if (t == null) {
            return new String[] {null, null, null, null};
        }
        return new String[] {t.text(), t.state(), t.locale(), t.stale() ? "true" : null};
    }

    private static String[] quantity(LocalizedQuantity q) {
        return new String[] {plain(q.min()), plain(q.max()), q.unit(), q.limit(), q.label()};
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    /** A row from strings and string arrays, flattened; {@code null} cells are written empty. */
    private static List<String> row(Object... cells) {
        List<String> out = new ArrayList<>();
        for (Object c : cells) {
            if (c instanceof String[] parts) {
                out.addAll(Arrays.asList(parts));
            } else {
                out.add((String) c);
            }
        }
        return out;
    }
}
