package dev.careguide.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A YAML file read into a Jackson tree that remembers where each node starts, so problems found later (an
 * unknown value, a wrong type) are reported with file, line and column like syntax errors are.
 */
final class YamlDocument {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<JsonNode, JsonLocation> locations;

    private YamlDocument(String file, JsonNode root, Map<JsonNode, JsonLocation> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /** Reads a UTF-8 YAML file; any read, encoding or syntax problem becomes a {@link DiagnosticException}. */
    static YamlDocument read(Path path) {
        String name = path.toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DiagnosticException(Diagnostic.error(name, 0, 0, "invalid-utf8", "not valid UTF-8 text"));
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(name, 0, 0, "unreadable", "cannot read file: " + e));
        }
        return parse(name, new StringReader(text));
    }

    /** Reads a YAML resource shipped on the class path. */
    static YamlDocument resource(String resource) {
        try (InputStream in = YamlDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }

    /** Parses YAML text; {@code name} is used in diagnostics. */
    static YamlDocument parse(String name, Reader reader) {
        Map<JsonNode, JsonLocation> locations = new IdentityHashMap<>();
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NODES.objectNode() : readValue(parser, locations);
            return new YamlDocument(name, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            throw new DiagnosticException(java.util.List.of(Diagnostic.error(name, line, column, "yaml-syntax",
                    "invalid YAML: " + e.getOriginalMessage())), e);
        } catch (IOException e) {
            throw new DiagnosticException(Diagnostic.error(name, 0, 0, "unreadable", "cannot read: " + e));
        } catch (RuntimeException e) {
            if (e instanceof DiagnosticException d) {
                throw d;
            }
            throw new DiagnosticException(java.util.List.of(Diagnostic.error(name, 0, 0, "yaml-syntax",
                    "invalid YAML: " + e.getMessage())), e);
        }
    }

    private static JsonNode readValue(JsonParser p, Map<JsonNode, JsonLocation> locations) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonNode node;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    o.set(key, readValue(p, locations));
                }
                node = o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(readValue(p, locations));
                }
                node = a;
            }
            case VALUE_NULL -> node = NODES.nullNode();
            case VALUE_TRUE, VALUE_FALSE -> node = NODES.booleanNode(p.getBooleanValue());
            default -> node = NODES.textNode(p.getText());
        }
        locations.put(node, at);
        return node;
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** A diagnostic located at {@code node}. */
    Diagnostic error(JsonNode node, String code, String message) {
        JsonLocation at = node == null ? null : locations.get(node);
        return Diagnostic.error(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), code,
                message);
    }

    /** A warning located at {@code node}. */
    Diagnostic warning(JsonNode node, String code, String message) {
        JsonLocation at = node == null ? null : locations.get(node);
        return Diagnostic.warning(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), code,
                message);
    }

    /** Line of {@code node}, 0 when unknown. */
    int line(JsonNode node) {
        JsonLocation at = node == null ? null : locations.get(node);
        return at == null ? 0 : at.getLineNr();
    }

}
