package dev.careguide.exporter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration of the bundle: values become a tree with sorted keys; JSON is written UTF-8
 * with 2-space indent, LF and a final newline; YAML is written with every string double-quoted, so no YAML 1.1
 * reader can take a string such as {@code no}, {@code 1e3} or {@code 2024-01-01} for a boolean, number or date.
 * Guides are streamed into these generators by {@link GuideTreeWriter}; the manifest goes through the tree.
 */
final class BundleJson {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .build())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final ObjectWriter JSON_WRITER = JSON.writer(prettyPrinter());
    private static final ObjectWriter YAML_WRITER = YAML.writer();

    private BundleJson() {
    }

    /** The JSON tree of a value (records become objects; key order is fixed when written). */
    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    /** Canonical JSON bytes of a tree: sorted keys, 2-space indent, LF, final newline. */
    static byte[] json(JsonNode tree) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON_WRITER.writeValue(out, tree);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator writing canonical JSON to {@code out} (closing it closes {@code out}). */
    static JsonGenerator jsonGenerator(OutputStream out) throws IOException {
        return JSON_WRITER.createGenerator(out, JsonEncoding.UTF8);
    }

    /** A generator writing the bundle's YAML (every string double-quoted) to {@code out}; closing it closes {@code out}. */
    static JsonGenerator yamlGenerator(OutputStream out) throws IOException {
        return YAML_WRITER.createGenerator(out, JsonEncoding.UTF8);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
