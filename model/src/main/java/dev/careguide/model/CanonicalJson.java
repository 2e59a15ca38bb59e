package dev.careguide.model;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON writer of careguide: UTF-8, two-space indent, LF line ends, {@code "key": value}, empty objects
 * and arrays as {@code {}} and {@code []}, characters outside the BMP as UTF-8 (not escaped pairs), decimals in plain notation, map entries sorted by key and a final
 * newline, so the same value gives the same bytes on every machine. Values can be streamed ({@link #write},
 * {@link #generator}), so a report of any size is never held as one string.
 *
 * <p>{@link #DECLARED} writes records' fields in their declared (or {@code @JsonPropertyOrder}) order, as
 * {@code model.json} and the reports read best; {@link #SORTED} sorts every object's keys, as the bundle's
 * documented format requires.
 */
public final class CanonicalJson {

    /** Records' fields in declared order, map keys sorted. */
    public static final CanonicalJson DECLARED = new CanonicalJson(false);
    /** Every object's keys sorted (fields without an explicit {@code @JsonPropertyOrder} alphabetically). */
    public static final CanonicalJson SORTED = new CanonicalJson(true);

    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    private CanonicalJson(boolean sorted) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS);
        if (sorted) {
            builder.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .enable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED);
        }
        this.mapper = builder.build();
        this.writer = mapper.writer(printer());
    }

    /** The mapper behind this writer, for trees ({@code valueToTree}) and reading. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The tree of a value, as this writer orders it. */
    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** The canonical bytes of a value, ending with a newline. */
    public byte[] bytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The canonical text of a value, ending with a newline. */
    public String text(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /** Streams a value to {@code out} (left open), ending with a newline. */
    public void write(Object value, OutputStream out) throws IOException {
        writer.writeValue(out, value);
        out.write('\n');
    }

    /**
     * A generator writing canonical JSON to {@code out} for values built piece by piece; closing it flushes but
     * leaves {@code out} open. The caller ends the document with {@link #end(JsonGenerator)}.
     */
    public JsonGenerator generator(OutputStream out) throws IOException {
        return writer.createGenerator(out, JsonEncoding.UTF8);
    }

    /** Ends a document written through {@link #generator}: the final newline, flushed. */
    public static void end(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        generator.flush();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")
                .withRootSeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
