package dev.careguide.exporter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.careguide.model.CanonicalJson;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The bundle's writers: JSON is {@link CanonicalJson#SORTED} (keys sorted, 2-space indent, LF, final newline);
 * YAML is written with every string double-quoted, so no YAML 1.1 reader can take a string such as {@code no},
 * {@code 1e3} or {@code 2024-01-01} for a boolean, number or date. Guides are streamed into these generators by
 * {@link GuideTreeWriter}; the manifest goes through the tree.
 */
final class BundleJson {

    static final ObjectMapper JSON = CanonicalJson.SORTED.mapper();

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

    private static final ObjectWriter YAML_WRITER = YAML.writer();

    private BundleJson() {}

    /** The JSON tree of a value (records become objects with sorted keys). */
    static JsonNode tree(Object value) {
        return CanonicalJson.SORTED.tree(value);
    }

    /** Canonical JSON bytes of a tree: sorted keys, 2-space indent, LF, final newline. */
    static byte[] json(JsonNode tree) {
        return CanonicalJson.SORTED.bytes(tree);
    }

    /** A generator writing canonical JSON to {@code out}; the caller ends it with {@link CanonicalJson#end}. */
    static JsonGenerator jsonGenerator(OutputStream out) throws IOException {
        return CanonicalJson.SORTED.generator(out);
    }

    /** A generator writing the bundle's YAML (every string double-quoted) to {@code out}; closing it closes {@code out}. */
    static JsonGenerator yamlGenerator(OutputStream out) throws IOException {
        return YAML_WRITER.createGenerator(out, JsonEncoding.UTF8);
    }
}
