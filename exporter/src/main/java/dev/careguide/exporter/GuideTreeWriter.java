package dev.careguide.exporter;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Streams a {@link LocalizedGuide} to a Jackson generator exactly as {@link BundleJson#tree} of it is written:
 * keys in sorted order, the records' {@code @JsonInclude} rules (null fields, empty lists and a false
 * {@code stale} left out) and decimals as the tree holds them. One pass, no tree, no reflection, so the JSON
 * and YAML exporters write the same content byte for byte as before at a fraction of the cost.
 */
final class GuideTreeWriter {

    private final JsonGenerator gen;

    private GuideTreeWriter(JsonGenerator gen) {
        this.gen = gen;
    }

    /** Writes the guide as one root object; the caller closes the generator. */
    static void write(LocalizedGuide g, JsonGenerator gen) throws IOException {
        new GuideTreeWriter(gen).guide(g);
    }

    private void guide(LocalizedGuide g) throws IOException {
        gen.writeStartObject();
        items("causes", g.causes());
        gen.writeStringField("direction", g.direction());
        items("exercises", g.exercises());
        strings("fallbackChain", g.fallbackChain());
        gen.writeStringField("formatVersion", g.formatVersion());
        gen.writeStringField("guide", g.guide());
        gen.writeObjectFieldStart("labels");
        for (java.util.Map.Entry<String, LocalizedText> label : g.labels().entrySet()) {
            text(label.getKey(), label.getValue());
        }
        gen.writeEndObject();
        gen.writeStringField("locale", g.locale());
        items("nutrientSources", g.nutrientSources());
        items("remedies", g.remedies());
        gen.writeStringField("sourceLocale", g.sourceLocale());
        items("specialists", g.specialists());
        text("summary", g.summary());
        text("title", g.title());
        items("warningSigns", g.warningSigns());
        gen.writeEndObject();
    }

    private void items(String name, List<LocalizedItem> items) throws IOException {
        gen.writeArrayFieldStart(name);
        for (LocalizedItem it : items) {
            item(it);
        }
        gen.writeEndArray();
    }

    private void item(LocalizedItem it) throws IOException {
        gen.writeStartObject();
        optional("category", it.category());
        text("description", it.description());
        dosage(it.dosage());
        texts("foods", it.foods());
        gen.writeStringField("id", it.id());
        optional("kind", it.kind());
        optional("nutrient", it.nutrient());
        nonEmpty("nutrients", it.nutrients());
        provenance(it.provenance());
        quantities(it.quantities());
        optional("review", it.review());
        safety(it.safety());
        nonEmpty("specialists", it.specialists());
        texts("steps", it.steps());
        nonEmpty("targetMuscles", it.targetMuscles());
        text("title", it.title());
        optional("type", it.type());
        gen.writeEndObject();
    }

    private void text(String name, LocalizedText t) throws IOException {
        if (t != null) {
            gen.writeFieldName(name);
            text(t);
        }
    }

    private void text(LocalizedText t) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("locale", t.locale());
        if (t.stale()) {
            gen.writeBooleanField("stale", true);
        }
        gen.writeStringField("state", t.state());
        gen.writeStringField("text", t.text());
        gen.writeEndObject();
    }

    private void texts(String name, List<LocalizedText> texts) throws IOException {
        if (!texts.isEmpty()) {
            gen.writeArrayFieldStart(name);
            for (LocalizedText t : texts) {
                text(t);
            }
            gen.writeEndArray();
        }
    }

    private void quantities(List<LocalizedQuantity> quantities) throws IOException {
        if (!quantities.isEmpty()) {
            gen.writeArrayFieldStart("quantities");
            for (LocalizedQuantity q : quantities) {
                quantity(q);
            }
            gen.writeEndArray();
        }
    }

    private void quantity(String name, LocalizedQuantity q) throws IOException {
        if (q != null) {
            gen.writeFieldName(name);
            quantity(q);
        }
    }

    private void quantity(LocalizedQuantity q) throws IOException {
        gen.writeStartObject();
        optional("label", q.label());
        optional("limit", q.limit());
        decimal("max", q.max());
        decimal("min", q.min());
        optional("unit", q.unit());
        gen.writeEndObject();
    }

    private void dosage(LocalizedDosage d) throws IOException {
        if (d != null) {
            gen.writeObjectFieldStart("dosage");
            quantity("duration", d.duration());
            optional("label", d.label());
            quantity("repetitions", d.repetitions());
            quantity("sets", d.sets());
            quantity("timesPerDay", d.timesPerDay());
            gen.writeEndObject();
        }
    }

    private void safety(SafetyInfo s) throws IOException {
        if (s != null) {
            gen.writeObjectFieldStart("safety");
            optional("level", s.level());
            text("reason", s.reason());
            gen.writeEndObject();
        }
    }

    private void provenance(List<SourceRef> refs) throws IOException {
        if (!refs.isEmpty()) {
            gen.writeArrayFieldStart("provenance");
            for (SourceRef r : refs) {
                gen.writeStartObject();
                gen.writeStringField("document", r.document());
                gen.writeNumberField("endLine", r.endLine());
                gen.writeNumberField("startLine", r.startLine());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        gen.writeArrayFieldStart(name);
        for (String v : values) {
            gen.writeString(v);
        }
        gen.writeEndArray();
    }

    private void nonEmpty(String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            strings(name, values);
        }
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            gen.writeStringField(name, value);
        }
    }

    /** A decimal as Jackson's tree keeps it: trailing zeros stripped, zero as {@code 0}. */
    private void decimal(String name, BigDecimal value) throws IOException {
        if (value != null) {
            gen.writeNumberField(name, value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
        }
    }
}
