package dev.careguide.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree read with a streaming parser that remembers where each node starts, so a problem found on the
 * tree (by JSON pointer) can be reported with the file's line and column ({@link #parse(String)}); or the same tree
 * alone ({@link #parseTree(String)}), a fraction of the memory for a document that has no problem to report.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, JsonLocation> valueLocations;
    private final Map<String, JsonLocation> nameLocations;

    private LocatedJson(
            JsonNode root, Map<String, JsonLocation> valueLocations, Map<String, JsonLocation> nameLocations) {
        this.root = root;
        this.valueLocations = valueLocations;
        this.nameLocations = nameLocations;
    }

    /** Parses decoded text; throws Jackson's exception, which carries the location (columns in UTF-16 units). */
    static LocatedJson parse(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parse(parser);
        }
    }

    /**
     * Parses decoded text into the same tree as {@link #parse(String)} without remembering where its nodes
     * start: the cheap read of a document that is expected to be valid.
     */
    static JsonNode parseTree(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parse(parser, false).root();
        }
    }

    private static LocatedJson parse(JsonParser parser) throws IOException {
        return parse(parser, true);
    }

    private static LocatedJson parse(JsonParser parser, boolean located) throws IOException {
        Map<String, JsonLocation> values = located ? new HashMap<>() : null;
        Map<String, JsonLocation> names = located ? new HashMap<>() : null;
        if (parser.nextToken() == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "empty document: expected a JSON object");
        }
        JsonNode root = read(parser, "", values, names);
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                    parser,
                    "unexpected content after the JSON document: " + extra.asString(),
                    parser.currentTokenLocation());
        }
        return new LocatedJson(root, values, names);
    }

    private static JsonNode read(
            JsonParser p, String pointer, Map<String, JsonLocation> values, Map<String, JsonLocation> names)
            throws IOException {
        if (values != null) {
            values.put(pointer, p.currentTokenLocation());
        }
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = null;
                    if (names != null) {
                        child = pointer + JsonPaths.pointer(List.of(name));
                        names.put(child, p.currentTokenLocation());
                    }
                    p.nextToken();
                    object.set(name, read(p, child, values, names));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p, values == null ? null : pointer + "/" + index, values, names));
                    index++;
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + token);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Where the value at the pointer (or, when absent, its nearest present ancestor) starts. */
    JsonLocation valueLocation(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation location = valueLocations.get(p);
            if (location != null || p.isEmpty()) {
                return location;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the property name ending the pointer starts, else where its value or nearest ancestor starts. */
    JsonLocation nameLocation(String pointer) {
        JsonLocation location = nameLocations.get(pointer);
        return location != null ? location : valueLocation(pointer);
    }
}
