package dev.careguide.exporter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a bundle's files back with independent parsers (plain Jackson, SnakeYAML, Commons CSV) into plain
 * maps and lists with numbers as {@link BigDecimal}, so the three formats can be compared with each other and
 * with the model. The CSV reader rebuilds the JSON structure following docs/bundle-format.md.
 */
final class BundleReaders {

    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();
    private static final Map<String, String> LIST_OF_TYPE = Map.of(
            "cause",
            "causes",
            "remedy",
            "remedies",
            "exercise",
            "exercises",
            "specialist",
            "specialists",
            "nutrient",
            "nutrientSources",
            "warning",
            "warningSigns");

    private BundleReaders() {}

    static Map<String, Object> json(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = PLAIN_JSON.readValue(file.toFile(), Map.class);
        return normalize(map);
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return normalize(map);
        }
    }

    /** Records of one CSV file, header first-row, through Commons CSV's reader. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
            }
        }
        return rows;
    }

    /** Rebuilds the guide JSON's content from {@code csv/<locale>/<guide>/}. */
    static Map<String, Object> csvGuide(Path dir) throws IOException {
        Map<String, String> g = csv(dir.resolve("guide.csv")).get(0);
        Map<String, Object> guide = new TreeMap<>();
        guide.put("formatVersion", g.get("format_version"));
        guide.put("guide", g.get("guide"));
        guide.put("locale", g.get("locale"));
        guide.put("direction", g.get("direction"));
        guide.put("sourceLocale", g.get("source_locale"));
        guide.put(
                "fallbackChain",
                g.get("fallback_chain").isEmpty()
                        ? List.of()
                        : Arrays.asList(g.get("fallback_chain").split(" ")));
        guide.put("title", text(g, "title_"));
        guide.put("summary", text(g, "summary_"));
        Map<String, Object> labels = new TreeMap<>();
        for (Map<String, String> r : csv(dir.resolve("labels.csv"))) {
            labels.put(r.get("key"), text(r, ""));
        }
        guide.put("labels", labels);
        LIST_OF_TYPE.values().forEach(list -> guide.put(list, new ArrayList<>()));

        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        for (Map<String, String> r : csv(dir.resolve("items.csv"))) {
            Map<String, Object> item = new TreeMap<>();
            item.put("id", r.get("id"));
            item.put("type", r.get("type"));
            putIfPresent(item, "kind", r.get("kind"));
            putIfPresent(item, "category", r.get("category"));
            putIfPresent(item, "nutrient", r.get("nutrient"));
            item.put("title", text(r, "title_"));
            if (!r.get("description_state").isEmpty()) {
                item.put("description", text(r, "description_"));
            }
            item.put("review", r.get("review"));
            if (!r.get("safety_level").isEmpty()) {
                Map<String, Object> safety = new TreeMap<>();
                safety.put("level", r.get("safety_level"));
                if (!r.get("safety_reason_state").isEmpty()) {
                    safety.put("reason", text(r, "safety_reason_"));
                }
                item.put("safety", safety);
            }
            if (!r.get("dosage_label").isEmpty()) {
                Map<String, Object> dosage = new TreeMap<>();
                dosage.put("label", r.get("dosage_label"));
                item.put("dosage", dosage);
            }
            items.put(r.get("id"), item);
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) guide.get(LIST_OF_TYPE.get(r.get("type")));
            list.add(item);
        }
        for (String table : List.of("steps", "foods")) {
            for (Map<String, String> r : csv(dir.resolve(table + ".csv"))) {
                append(items.get(r.get("item_id")), table, r.get("index"), text(r, ""));
            }
        }
        for (Map<String, String> r : csv(dir.resolve("quantities.csv"))) {
            append(items.get(r.get("item_id")), "quantities", r.get("index"), quantity(r));
        }
        for (Map<String, String> r : csv(dir.resolve("dosage.csv"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> dosage = (Map<String, Object>)
                    items.get(r.get("item_id")).computeIfAbsent("dosage", k -> new TreeMap<>(Map.of("label", "")));
            dosage.put(r.get("part"), quantity(r));
        }
        for (Map<String, String> r : csv(dir.resolve("references.csv"))) {
            append(items.get(r.get("item_id")), r.get("field"), r.get("index"), r.get("value"));
        }
        for (Map<String, String> r : csv(dir.resolve("provenance.csv"))) {
            Map<String, Object> p = new TreeMap<>();
            p.put("document", r.get("document"));
            p.put("startLine", new BigDecimal(r.get("start_line")));
            p.put("endLine", new BigDecimal(r.get("end_line")));
            append(items.get(r.get("item_id")), "provenance", r.get("index"), p);
        }
        return normalize(guide);
    }

    private static void append(Map<String, Object> item, String field, String index, Object value) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) item.computeIfAbsent(field, k -> new ArrayList<>());
        if (Integer.parseInt(index) != list.size() + 1) {
            throw new IllegalStateException(item.get("id") + "." + field + ": index " + index + " out of order");
        }
        list.add(value);
    }

    private static Map<String, Object> text(Map<String, String> r, String prefix) {
        Map<String, Object> t = new TreeMap<>();
        t.put("text", r.get(prefix.isEmpty() ? "text" : prefix.substring(0, prefix.length() - 1)));
        t.put("state", r.get(prefix + "state"));
        t.put("locale", r.get(prefix + "locale"));
        if ("true".equals(r.get(prefix + "stale"))) {
            t.put("stale", Boolean.TRUE);
        }
        return t;
    }

    private static Map<String, Object> quantity(Map<String, String> r) {
        Map<String, Object> q = new TreeMap<>();
        q.put("min", new BigDecimal(r.get("min")));
        q.put("max", new BigDecimal(r.get("max")));
        q.put("unit", r.get("unit"));
        q.put("limit", r.get("limit"));
        q.put("label", r.get("label"));
        return q;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }

    /** Maps sorted, lists kept, numbers as stripped {@link BigDecimal}. */
    @SuppressWarnings("unchecked")
    static <T> T normalize(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put((String) k, normalize(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(normalize(v)));
            return (T) out;
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            return (T) (d.scale() < 0 ? d.setScale(0) : d);
        }
        return (T) value;
    }
}
