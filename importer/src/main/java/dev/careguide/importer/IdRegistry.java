package dev.careguide.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.ItemIds;
import dev.careguide.model.ItemType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The id registry committed with the content ({@code src/main/careguide/ids.yaml}): per guide, one entry per
 * imported item saying where it came from (its source lines), a sample of its words and a fingerprint of its
 * source text, so the next import gives an edited, moved or re-merged item the id it had ({@link IdMatcher}).
 * Entries of items that left the articles stay, {@code retired}, so a restored item gets its id back and no new
 * item inherits it; {@link #purged} drops them. Written sorted by guide and id, one item a line
 * ({@code <id>: <source lines> | <fingerprint> | <words>}), so it diffs and merges like source code and reads
 * fast. {@code sync} writes it; every other command only reads it.
 */
public final class IdRegistry {

    private static final String HEADER = """
            # careguide id registry: the id of every imported item with where it came from, so that edited
            # articles keep ids, editorial decisions and translations attached. Written by careguide sync;
            # commit it with the content and do not edit it by hand. One item a line:
            #   <id>: [retired |] <source lines> | <fingerprint of its text> | <a sample of its words>
            """;

    /** The largest registry read: about 130 bytes an item, so some 4 million items. */
    private static final int MAX_CODE_POINTS = 512 << 20;

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{12}");
    private static final String RETIRED = "retired | ";

    /** Lines {@code startLine..endLine} (1-based, inclusive) of a document of the guide. */
    public record Span(String document, int startLine, int endLine) {

        static final Comparator<Span> ORDER = Comparator.comparing(Span::document)
                .thenComparingInt(Span::startLine).thenComparingInt(Span::endLine);

        /** Sorted, without duplicates. */
        static List<Span> normalized(Collection<Span> spans) {
            return spans.stream().distinct().sorted(ORDER).toList();
        }

        /** {@code a.txt:7, 9-12; b.txt:3}: lines grouped by document. */
        static String format(List<Span> spans) {
            Map<String, List<String>> byDocument = new LinkedHashMap<>();
            for (Span s : spans) {
                byDocument.computeIfAbsent(s.document(), d -> new ArrayList<>())
                        .add(s.startLine() == s.endLine() ? "" + s.startLine() : s.startLine() + "-" + s.endLine());
            }
            return byDocument.entrySet().stream().map(e -> e.getKey() + ":" + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("; "));
        }

        /** The spans of a {@link #format} text, or null when it is not one. */
        static List<Span> parse(String text) {
            List<Span> out = new ArrayList<>(2);
            for (String group : split(text, "; ")) {
                int colon = group.lastIndexOf(':');
                if (colon <= 0) {
                    return null;
                }
                String document = group.substring(0, colon);
                for (String range : split(group.substring(colon + 1), ",")) {
                    String r = range.strip();
                    int dash = r.indexOf('-');
                    int start = number(dash < 0 ? r : r.substring(0, dash));
                    int end = dash < 0 ? start : number(r.substring(dash + 1));
                    if (start < 1 || end < start) {
                        return null;
                    }
                    out.add(new Span(document, start, end));
                }
            }
            return out;
        }

        /** A positive decimal number of at most nine digits, else -1. */
        private static int number(String digits) {
            if (digits.isEmpty() || digits.length() > 9) {
                return -1;
            }
            int n = 0;
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }
    }

    /**
     * One item's entry.
     *
     * @param words   the sampled words ({@link ItemTrace}), alphabetical
     * @param retired whether the item was missing from the last import that was synced
     */
    public record Entry(String id, List<Span> spans, List<String> words, String fingerprint, boolean retired) {

        public Entry {
            Objects.requireNonNull(id, "id");
            spans = spans.size() == 1 ? List.copyOf(spans) : Span.normalized(spans);
            words = words.stream().sorted().distinct().toList();
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        static Entry of(String id, ItemTrace trace) {
            return new Entry(id, trace.spans(), trace.words(), trace.fingerprint(), false);
        }

        Entry retire() {
            return retired ? this : new Entry(id, spans, words, fingerprint, true);
        }

        /** Where the item came from, as {@code a.txt:7, 9-12}. */
        public String source() {
            return Span.format(spans);
        }
    }

    private static final IdRegistry ABSENT = new IdRegistry(false, Map.of());

    private final boolean exists;
    /** Guide id → entries sorted by id. */
    private final Map<String, List<Entry>> guides;

    private IdRegistry(boolean exists, Map<String, List<Entry>> guides) {
        this.exists = exists;
        this.guides = guides;
    }

    /** No registry file: imports keep the importer's own ids and report nothing about registration. */
    public static IdRegistry absent() {
        return ABSENT;
    }

    /**
     * Reads a registry file; a {@code null} path or a missing file is {@link #absent()}.
     *
     * @throws DiagnosticException naming the file, line and column of every entry that is not valid
     */
    public static IdRegistry read(Path file) {
        if (file == null || !Files.exists(file)) {
            return ABSENT;
        }
        YamlDocument doc = YamlDocument.readLarge(file, MAX_CODE_POINTS);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw new DiagnosticException(doc.error(root, "ids-format", "an id registry maps guide ids to items"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, List<Entry>> guides = new TreeMap<>();
        root.properties().forEach(guide -> {
            if (!guide.getValue().isObject()) {
                problems.add(doc.error(guide.getValue(), "ids-format", "guide '" + guide.getKey()
                        + "' must map item ids to entries"));
                return;
            }
            List<Entry> entries = new ArrayList<>();
            guide.getValue().properties().forEach(item -> {
                Entry e = entry(doc, item.getKey(), item.getValue(), problems);
                if (e != null) {
                    entries.add(e);
                }
            });
            entries.sort(Comparator.comparing(Entry::id));
            guides.put(guide.getKey(), List.copyOf(entries));
        });
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return new IdRegistry(true, guides);
    }

    private static Entry entry(YamlDocument doc, String id, JsonNode node, List<Diagnostic> problems) {
        ItemType type = ItemType.ofId(id);
        if (type == null || !ItemIds.isValid(id, type)) {
            problems.add(doc.error(node, "ids-format", "'" + id + "' is not an item id (<type>.<kebab-case-slug>)"));
            return null;
        }
        String text = node.isTextual() ? node.asText() : "";
        boolean retired = text.startsWith(RETIRED);
        List<String> parts = split(retired ? text.substring(RETIRED.length()) : text, " | ");
        List<Span> spans = parts.size() == 3 ? Span.parse(parts.get(0)) : null;
        if (spans == null || spans.isEmpty() || !FINGERPRINT.matcher(parts.get(1)).matches()) {
            problems.add(doc.error(node, "ids-format", "entry of '" + id + "' must be '[retired | ]<source lines> | "
                    + "<12 hex digits> | <words>', such as 'article.txt:7, 9-12 | 0123456789ab | calf cramps'"));
            return null;
        }
        List<String> words = new ArrayList<>(ItemTrace.SAMPLE);
        for (String word : split(parts.get(2), " ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new Entry(id, spans, words, parts.get(1), retired);
    }

    /** {@code text} cut at every {@code separator}, without regular expressions. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** Whether a registry file was read. */
    public boolean exists() {
        return exists;
    }

    /** The entries of a guide, sorted by id; empty when the guide has none. */
    public List<Entry> entries(String guideId) {
        return guides.getOrDefault(guideId, List.of());
    }

    /** The guide ids that have entries, sorted. */
    public Set<String> guideIds() {
        return guides.keySet();
    }

    /** This registry with the entries of one guide replaced. */
    public IdRegistry with(String guideId, List<Entry> entries) {
        Map<String, List<Entry>> copy = new TreeMap<>(guides);
        copy.put(guideId, entries.stream().sorted(Comparator.comparing(Entry::id)).toList());
        return new IdRegistry(true, copy);
    }

    /** This registry with every entry of a guide retired (the guide left the content). */
    public IdRegistry retired(String guideId) {
        return with(guideId, entries(guideId).stream().map(Entry::retire).toList());
    }

    /** This registry without retired entries and without the guides not in {@code guideIds}. */
    public IdRegistry purged(Set<String> guideIds) {
        Map<String, List<Entry>> copy = new TreeMap<>();
        guides.forEach((guide, entries) -> {
            if (guideIds.contains(guide)) {
                copy.put(guide, entries.stream().filter(e -> !e.retired()).toList());
            }
        });
        return new IdRegistry(true, copy);
    }

    /** The file's text: a header comment, then guides and ids sorted, one field a line. */
    public String toYaml() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        guides.forEach((guide, entries) -> {
            ObjectNode items = root.putObject(guide);
            for (Entry e : entries) {
                items.put(e.id(), (e.retired() ? RETIRED : "") + e.source() + " | " + e.fingerprint() + " | "
                        + String.join(" ", e.words()));
            }
        });
        try {
            return HEADER + (root.isEmpty() ? "{}\n" : WRITER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the id registry", e);
        }
    }

    /** Writes the registry atomically when its text differs from the file's; returns whether it wrote. */
    public boolean write(Path file) {
        byte[] bytes = toYaml().getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        AtomicFiles.write(file, bytes);
        return true;
    }

    private static final YAMLMapper WRITER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
}
