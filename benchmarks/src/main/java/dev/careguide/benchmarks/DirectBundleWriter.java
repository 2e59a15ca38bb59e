package dev.careguide.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.MessageKeys;
import dev.careguide.i18n.ResolvedText;
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
 * export policy does, so both writers write the same items.
 */
public final class DirectBundleWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private DirectBundleWriter() {
    }

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
        gen.writeStringField("limit", q.effectiveLimit().name().toLowerCase(Locale.ROOT));
        gen.writeStringField("label", view.quantityLabel(q));
        gen.writeEndObject();
    }

    private static void csv(Path folder, Guide guide, LocaleView view, List<Item> items) throws IOException {
        Files.createDirectories(folder);
        try (Writer itemsOut = Files.newBufferedWriter(folder.resolve("items.csv"), StandardCharsets.UTF_8);
                CSVPrinter itemRows = new CSVPrinter(itemsOut, CSV);
                Writer listsOut = Files.newBufferedWriter(folder.resolve("lists.csv"), StandardCharsets.UTF_8);
                CSVPrinter listRows = new CSVPrinter(listsOut, CSV)) {
            itemRows.printRecord("guide", "locale", "id", "type", "kind", "title", "title_state", "title_locale",
                    "description", "dosage", "safety", "safety_reason", "review", "provenance");
            listRows.printRecord("item", "list", "index", "text", "state", "locale");
            for (Item item : items) {
                ResolvedText title = view.text(MessageKeys.title(item));
                String description = item.description().isEmpty() ? ""
                        : view.text(MessageKeys.description(item)).text();
                String kind = item instanceof Remedy r ? r.kind().wireName()
                        : item instanceof Cause c && c.category() != null ? c.category().wireName()
                        : item instanceof NutrientSource n ? n.nutrient() : "";
                String dosage = item instanceof Exercise e && !e.dosage().isEmpty() ? view.dosageLabel(e.dosage()) : "";
                String safety = item instanceof Remedy r ? r.safety().level().wireName() : "";
                String reason = item instanceof Remedy r && r.safety().reason() != null ? r.safety().reason() : "";
                StringBuilder provenance = new StringBuilder();
                for (Provenance p : item.provenance()) {
                    provenance.append(provenance.length() == 0 ? "" : ";").append(p.document()).append(':')
                            .append(p.startLine()).append('-').append(p.endLine());
                }
                itemRows.printRecord(guide.id(), view.tag(), item.id(), item.type().prefix(), kind, title.text(),
                        title.state().name().toLowerCase(Locale.ROOT), title.fromLocale(), description, dosage,
                        safety, reason, item.review().wireName(), provenance);
                List<String> steps = item instanceof Remedy r ? r.steps()
                        : item instanceof Exercise e ? e.steps() : List.of();
                for (int i = 1; i <= steps.size(); i++) {
                    row(listRows, item, "steps", i, view.text(MessageKeys.step(item, i)));
                }
                if (item instanceof NutrientSource n) {
                    for (int i = 1; i <= n.foods().size(); i++) {
                        row(listRows, item, "foods", i, view.text(MessageKeys.food(n, i)));
                    }
                }
            }
        }
    }

    private static void row(CSVPrinter rows, Item item, String list, int index, ResolvedText text) throws IOException {
        rows.printRecord(item.id(), list, index, text.text(), text.state().name().toLowerCase(Locale.ROOT),
                text.fromLocale());
    }
}
