package dev.careguide.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.MessageKeys;
import dev.careguide.i18n.ResolvedText;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.model.Cause;
import dev.careguide.model.Dosage;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.NutrientSource;
import dev.careguide.model.Provenance;
import dev.careguide.model.Quantity;
import dev.careguide.model.Remedy;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.SafetyLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The export benchmark's baseline: the same localized content written straight from the model and a
 * {@link LocaleView} with Jackson streaming generators (JSON, YAML) and Commons CSV, one pass, no intermediate
 * tree, no sorting, manifest, checksums or atomic move. Unsafe and rejected items are left out as the default
 * export policy does, so both writers write the same items. CSV is the bundle's own nine tables per guide and
 * locale, so both writers create as many files: on a loaded machine creating and deleting a file costs more
 * than printing its rows, and a baseline writing two files would measure the file count, not the writer.
 */
public final class DirectBundleWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String FORMAT_VERSION = "1.1.0";

    private DirectBundleWriter() {}

    /** Writes {@code dir/<format>/<locale>/<guide-id>...}; returns the number of items written. */
    public static int write(String format, Guide guide, LocaleView view, Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(format).resolve(view.tag()));
        List<Item> items = exported(guide);
        switch (format) {
            case "json" -> {
                try (OutputStream out = Files.newOutputStream(folder.resolve(guide.id() + ".json"));
                        JsonGenerator gen = JSON.createGenerator(out)) {
                    gen.useDefaultPrettyPrinter();
                    tree(gen, guide, view, items);
                }
            }
            case "yaml" -> {
                try (OutputStream out = Files.newOutputStream(folder.resolve(guide.id() + ".yaml"));
                        JsonGenerator gen = YAML.createGenerator(out)) {
                    tree(gen, guide, view, items);
                }
            }
            case "csv" -> csv(folder.resolve(guide.id()), guide, view, items);
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        return items.size();
    }

    /** The items the default export policy keeps. */
    public static List<Item> exported(Guide guide) {
        List<Item> items = new ArrayList<>();
        for (Item item : guide.items()) {
            boolean unsafe = item instanceof Remedy r && r.safety().level() == SafetyLevel.UNSAFE;
            if (!unsafe && item.review() != ReviewStatus.REJECTED) {
                items.add(item);
            }
        }
        return items;
    }

    private static void tree(JsonGenerator gen, Guide guide, LocaleView view, List<Item> items) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("guide", guide.id());
        gen.writeStringField("locale", view.tag());
        gen.writeStringField("direction", view.direction().wireName());
        gen.writeStringField("sourceLocale", guide.sourceLocale());
        gen.writeArrayFieldStart("fallbackChain");
        for (String tag : view.fallbackChain()) {
            gen.writeString(tag);
        }
        gen.writeEndArray();
        gen.writeObjectFieldStart("labels");
        for (String key : SourceStrings.uiLabels()) {
            text(gen, key, view.label(key));
        }
        gen.writeEndObject();
        gen.writeArrayFieldStart("items");
        for (Item item : items) {
            item(gen, item, view);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void item(JsonGenerator gen, Item item, LocaleView view) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", item.id());
        gen.writeStringField("type", item.type().prefix());
        if (item instanceof Remedy r) {
            gen.writeStringField("kind", r.kind().wireName());
        } else if (item instanceof Cause c && c.category() != null) {
            gen.writeStringField("category", c.category().wireName());
        } else if (item instanceof NutrientSource n) {
            gen.writeStringField("nutrient", n.nutrient());
        }
        text(gen, "title", view.text(MessageKeys.title(item)));
        if (!item.description().isEmpty()) {
            text(gen, "description", view.text(MessageKeys.description(item)));
        }
        List<String> steps = item instanceof Remedy r ? r.steps() : item instanceof Exercise e ? e.steps() : List.of();
        texts(gen, "steps", steps.size(), i -> MessageKeys.step(item, i), view);
        if (item instanceof NutrientSource n) {
            texts(gen, "foods", n.foods().size(), i -> MessageKeys.food(n, i), view);
        }
        if (item instanceof Remedy r) {
            gen.writeArrayFieldStart("quantities");
            for (Quantity q : r.quantities()) {
                quantity(gen, null, q, view);
            }
            gen.writeEndArray();
            gen.writeObjectFieldStart("safety");
            gen.writeStringField("level", r.safety().level().wireName());
            if (r.safety().reason() != null) {
                gen.writeStringField("reason", r.safety().reason());
            }
            gen.writeEndObject();
        }
        if (item instanceof Exercise e && !e.dosage().isEmpty()) {
            Dosage d = e.dosage();
            gen.writeObjectFieldStart("dosage");
            quantity(gen, "repetitions", d.repetitions(), view);
            quantity(gen, "sets", d.sets(), view);
            quantity(gen, "timesPerDay", d.timesPerDay(), view);
            quantity(gen, "duration", d.duration(), view);
            gen.writeStringField("label", view.dosageLabel(d));
            gen.writeEndObject();
        }
        gen.writeStringField("review", item.review().wireName());
        gen.writeArrayFieldStart("provenance");
        for (Provenance p : item.provenance()) {
            gen.writeStartObject();
            gen.writeStringField("document", p.document());
            gen.writeNumberField("startLine", p.startLine());
            gen.writeNumberField("endLine", p.endLine());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private interface KeyOf {
        String key(int index);
    }

    private static void texts(JsonGenerator gen, String field, int count, KeyOf keys, LocaleView view)
            throws IOException {
        if (count == 0) {
            return;
        }
        gen.writeArrayFieldStart(field);
        for (int i = 1; i <= count; i++) {
            text(gen, null, view.text(keys.key(i)));
        }
        gen.writeEndArray();
    }

    private static void text(JsonGenerator gen, String field, ResolvedText text) throws IOException {
        if (field != null) {
            gen.writeFieldName(field);
        }
        gen.writeStartObject();
        gen.writeStringField("text", text.text());
        gen.writeStringField("state", text.state().name().toLowerCase(Locale.ROOT));
        gen.writeStringField("locale", text.fromLocale());
        gen.writeEndObject();
    }

    private static void quantity(JsonGenerator gen, String field, Quantity q, LocaleView view) throws IOException {
        if (q == null) {
            return;
        }
        if (field != null) {
            gen.writeFieldName(field);
        }
        gen.writeStartObject();
        gen.writeNumberField("min", q.min());
        gen.writeNumberField("max", q.max());
        gen.writeStringField("unit", q.unit().wireName());
        gen.writeStringField("limit", limit(q));
        gen.writeStringField("label", view.quantityLabel(q));
        gen.writeEndObject();
    }

    /**
     * The bundle's nine CSV tables (same files, columns and cells as careguide's documented mapping, without
     * spreadsheet neutralization), all printed in one pass over the items.
     */
    private static void csv(Path folder, Guide guide, LocaleView view, List<Item> items) throws IOException {
        Files.createDirectories(folder);
        try (CsvFiles csv = new CsvFiles(folder)) {
            csv.guide.printRecord(
                    FORMAT_VERSION,
                    guide.id(),
                    view.tag(),
                    view.direction().wireName(),
                    guide.sourceLocale(),
                    String.join(" ", view.fallbackChain()),
                    text(view, MessageKeys.GUIDE_TITLE),
                    view.text(MessageKeys.GUIDE_TITLE).state().name().toLowerCase(Locale.ROOT),
                    view.text(MessageKeys.GUIDE_TITLE).fromLocale(),
                    "",
                    text(view, MessageKeys.GUIDE_SUMMARY),
                    view.text(MessageKeys.GUIDE_SUMMARY).state().name().toLowerCase(Locale.ROOT),
                    view.text(MessageKeys.GUIDE_SUMMARY).fromLocale(),
                    "");
            for (String key : SourceStrings.uiLabels()) {
                ResolvedText label = view.label(key);
                csv.labels.printRecord(key, label.text(), state(label), label.fromLocale(), "");
            }
            for (Item item : items) {
                ResolvedText title = view.text(MessageKeys.title(item));
                ResolvedText description =
                        item.description().isEmpty() ? null : view.text(MessageKeys.description(item));
                Remedy remedy = item instanceof Remedy r ? r : null;
                Dosage dosage = item instanceof Exercise e && !e.dosage().isEmpty() ? e.dosage() : null;
                csv.items.printRecord(
                        item.type().prefix(),
                        item.id(),
                        remedy == null ? "" : remedy.kind().wireName(),
                        item instanceof Cause c && c.category() != null
                                ? c.category().wireName()
                                : "",
                        item instanceof NutrientSource n ? n.nutrient() : "",
                        title.text(),
                        state(title),
                        title.fromLocale(),
                        "",
                        description == null ? "" : description.text(),
                        description == null ? "" : state(description),
                        description == null ? "" : description.fromLocale(),
                        "",
                        item.review().wireName(),
                        remedy == null ? "" : remedy.safety().level().wireName(),
                        remedy == null || remedy.safety().reason() == null
                                ? ""
                                : remedy.safety().reason(),
                        "",
                        "",
                        "",
                        dosage == null ? "" : view.dosageLabel(dosage));
                List<String> steps =
                        remedy != null ? remedy.steps() : item instanceof Exercise e ? e.steps() : List.of();
                for (int i = 1; i <= steps.size(); i++) {
                    textRow(csv.steps, item, i, view.text(MessageKeys.step(item, i)));
                }
                if (item instanceof NutrientSource n) {
                    for (int i = 1; i <= n.foods().size(); i++) {
                        textRow(csv.foods, item, i, view.text(MessageKeys.food(n, i)));
                    }
                }
                if (remedy != null) {
                    for (int i = 0; i < remedy.quantities().size(); i++) {
                        quantityRow(
                                csv.quantities,
                                item,
                                String.valueOf(i + 1),
                                remedy.quantities().get(i),
                                view);
                    }
                    references(csv.references, item, "specialists", remedy.specialists());
                }
                if (dosage != null) {
                    quantityRow(csv.dosage, item, "repetitions", dosage.repetitions(), view);
                    quantityRow(csv.dosage, item, "sets", dosage.sets(), view);
                    quantityRow(csv.dosage, item, "timesPerDay", dosage.timesPerDay(), view);
                    quantityRow(csv.dosage, item, "duration", dosage.duration(), view);
                }
                if (item instanceof Cause c) {
                    references(csv.references, item, "nutrients", c.nutrients());
                }
                if (item instanceof Exercise e) {
                    references(csv.references, item, "targetMuscles", e.targetMuscles());
                }
                for (int i = 0; i < item.provenance().size(); i++) {
                    Provenance p = item.provenance().get(i);
                    csv.provenance.printRecord(item.id(), i + 1, p.document(), p.startLine(), p.endLine());
                }
            }
        }
    }

    /** The nine table files of one guide in one locale, each with its header row. */
    private static final class CsvFiles implements AutoCloseable {
        final CSVPrinter guide;
        final CSVPrinter labels;
        final CSVPrinter items;
        final CSVPrinter steps;
        final CSVPrinter foods;
        final CSVPrinter quantities;
        final CSVPrinter dosage;
        final CSVPrinter references;
        final CSVPrinter provenance;
        private final List<CSVPrinter> all = new ArrayList<>();

        CsvFiles(Path folder) throws IOException {
            guide = open(
                    folder,
                    "guide",
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
            labels = open(folder, "labels", "key", "text", "state", "locale", "stale");
            items = open(
                    folder,
                    "items",
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
            steps = open(folder, "steps", "item_id", "index", "text", "state", "locale", "stale");
            foods = open(folder, "foods", "item_id", "index", "text", "state", "locale", "stale");
            quantities = open(folder, "quantities", "item_id", "index", "min", "max", "unit", "limit", "label");
            dosage = open(folder, "dosage", "item_id", "part", "min", "max", "unit", "limit", "label");
            references = open(folder, "references", "item_id", "field", "index", "value");
            provenance = open(folder, "provenance", "item_id", "index", "document", "start_line", "end_line");
        }

        private CSVPrinter open(Path folder, String table, String... header) throws IOException {
            Writer out = Files.newBufferedWriter(folder.resolve(table + ".csv"), StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(out, CSV);
            all.add(printer);
            printer.printRecord((Object[]) header);
            return printer;
        }

        @Override
        public void close() throws IOException {
            for (CSVPrinter p : all) {
                p.close();
            }
        }
    }

    private static String limit(Quantity q) {
        return q.effectiveLimit().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(LocaleView view, String key) {
        return view.text(key).text();
    }

    private static String state(ResolvedText text) {
        return text.state().name().toLowerCase(Locale.ROOT);
    }

    private static void textRow(CSVPrinter rows, Item item, int index, ResolvedText text) throws IOException {
        rows.printRecord(item.id(), index, text.text(), state(text), text.fromLocale(), "");
    }

    private static void quantityRow(CSVPrinter rows, Item item, String index, Quantity q, LocaleView view)
            throws IOException {
        if (q != null) {
            rows.printRecord(
                    item.id(),
                    index,
                    q.min().toPlainString(),
                    q.max().toPlainString(),
                    q.unit().wireName(),
                    limit(q),
                    view.quantityLabel(q));
        }
    }

    private static void references(CSVPrinter rows, Item item, String field, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            rows.printRecord(item.id(), field, i + 1, values.get(i));
        }
    }
}
