package dev.careguide.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.ItemIds;
import dev.careguide.model.ItemType;
import java.io.IOException;
import java.io.StringWriter;
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
 * The id registry committed with the content ({@code src/main/careguide/ids.json}): per guide, one entry per
 * imported item saying where it came from (its source lines), a fingerprint of its source text and a sample of its
 * words, so the next import gives an edited, moved or re-merged item the id it had ({@link IdMatcher}). Entries
 * of items that left the articles stay, {@code retired}, so a restored item gets its id back and no new item
 * inherits it; {@link #purged} drops them. Written sorted by guide and id, one item a line
 * ({@code "<id>" : "[retired | ]<source lines> | <fingerprint> | <words>"}), so it diffs and merges like source
 * code. JSON rather than YAML because it grows with the project (about 130 bytes an item) and every command reads
 * it: Jackson's streaming parser reads the 22,000 items of 1,000 articles in a tenth of the time a YAML parser
 * takes. {@code sync} writes it; every other command only reads it.
 */
public final class IdRegistry {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{12}");
    private static final String RETIRED = "retired | ";

    /** Lines {@code startLine..endLine} (1-based, inclusive) of a document of the guide. */
    public record Span(String document, int startLine, int endLine) {

        static final Comparator<Span> ORDER = Comparator.comparing(Span::document)
                .thenComparingInt(Span::startLine)
                .thenComparingInt(Span::endLine);

        /** Sorted, without duplicates. */
        static List<Span> normalized(Collection<Span> spans) {
            return spans.stream().distinct().sorted(ORDER).toList();
        }

        /** {@code a.txt:7, 9-12; b.txt:3}: lines grouped by document. */
        static String format(List<Span> spans) {
            Map<String, List<String>> byDocument = new LinkedHashMap<>();
            for (Span s : spans) {
                byDocument
                        .computeIfAbsent(s.document(), d -> new ArrayList<>())
                        .add(s.startLine() == s.endLine() ? "" + s.startLine() : s.startLine() + "-" + s.endLine());
            }
            return byDocument.entrySet().stream()
                    .map(e -> e.getKey() + ":" + String.join(", ", e.getValue()))
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
            words = sortedDistinct(words)
                    ? List.copyOf(words)
                    : words.stream().sorted().distinct().toList();
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        private static boolean sortedDistinct(List<String> words) {
            for (int i = 1; i < words.size(); i++) {
                if (words.get(i - 1).compareTo(words.get(i)) >= 0) {
                    return false;
                }
            }
            return true;
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
     * @throws DiagnosticException naming the file, line and column of every entry that is not valid, or of the
     *         first place the file is not a registry at all
     */
    public static IdRegistry read(Path file) {
        if (file == null || !Files.exists(file)) {
            return ABSENT;
        }
        String name = file.toString();
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, List<Entry>> guides = new TreeMap<>();
        try (JsonParser parser = JSON.createParser(Files.readAllBytes(file))) {
            expect(
                    parser,
                    parser.nextToken() == JsonToken.START_OBJECT,
                    "an id registry is a JSON object " + "of guide ids");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String guide = parser.currentName();
                expect(
                        parser,
                        parser.nextToken() == JsonToken.START_OBJECT,
                        "guide '" + guide + "' must map item ids to entries");
                List<Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String id = parser.currentName();
                    JsonToken value = parser.nextToken();
                    Entry e = entry(
                            id,
                            value == JsonToken.VALUE_STRING ? parser.getText() : "",
                            parser.currentTokenLocation(),
                            name,
                            problems);
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                    }
                    if (e != null) {
                        entries.add(e);
                    }
                }
                entries.sort(Comparator.comparing(Entry::id));
                guides.put(guide, List.copyOf(entries));
            }
            expect(parser, parser.nextToken() == null, "the id registry must end after its object");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(Diagnostic.error(
                    name,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "ids-format",
                    "not a valid id registry: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(name, 0, 0, "unreadable", "cannot read the id registry: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return new IdRegistry(true, guides);
    }

    private static void expect(JsonParser parser, boolean ok, String message) throws JsonProcessingException {
        if (!ok) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, message);
        }
    }

    private static Entry entry(String id, String text, JsonLocation at, String file, List<Diagnostic> problems) {
        ItemType type = ItemType.ofId(id);
        if (type == null || !ItemIds.isValid(id, type)) {
            problems.add(Diagnostic.error(
                    file,
                    at.getLineNr(),
                    at.getColumnNr(),
                    "ids-format",
                    "'" + id + "' is not an item id (<type>.<kebab-case-slug>)"));
            return null;
        }
        boolean retired = text.startsWith(RETIRED);
        List<String> parts = split(retired ? text.substring(RETIRED.length()) : text, " | ");
        List<Span> spans = parts.size() == 3 ? Span.parse(parts.get(0)) : null;
        if (spans == null
                || spans.isEmpty()
                || !FINGERPRINT.matcher(parts.get(1)).matches()) {
            problems.add(Diagnostic.error(
                    file,
                    at.getLineNr(),
                    at.getColumnNr(),
                    "ids-format",
                    "entry of '" + id
                            + "' must be \"[retired | ]<source lines> | <12 hex digits> | <words>\", such as "
                            + "\"article.txt:7, 9-12 | 0123456789ab | calf cramps\""));
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
        copy.put(
                guideId,
                entries.stream().sorted(Comparator.comparing(Entry::id)).toList());
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

    /** The file's text: guides and ids sorted, one item a line, LF line ends. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            DefaultIndenter lf = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(
                    new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
            json.writeStartObject();
            for (Map.Entry<String, List<Entry>> guide : guides.entrySet()) {
                json.writeObjectFieldStart(guide.getKey());
                for (Entry e : guide.getValue()) {
                    json.writeStringField(
                            e.id(),
                            (e.retired() ? RETIRED : "") + e.source() + " | " + e.fingerprint() + " | "
                                    + String.join(" ", e.words()));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the id registry", e);
        }
        return out + "\n";
    }

    /** Writes the registry atomically when its text differs from the file's; returns whether it wrote. */
    public boolean write(Path file) {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
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
}
