package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads {@code model.json}, the canonical JSON form of a {@link Guide}: {@code schemaVersion} first,
 * then the guide's fields in their declared order, UTF-8, two-space indent, LF line endings and a final newline,
 * numbers in plain notation, so the same guide gives the same bytes on every machine.
 *
 * <p>Reading checks the {@code schemaVersion}, validates the document against the shipped JSON Schema
 * ({@link #SCHEMA_RESOURCE}) and the guide with {@link GuideValidator}, and reports every problem at once in a
 * {@link ModelFormatException} whose diagnostics name the file, line, column and JSON path. Diagnostic codes:
 * {@code model-syntax} (malformed JSON or invalid UTF-8), {@code model-schema-version} (missing or unknown
 * {@code schemaVersion}), {@code model-schema} (the document breaks the schema) and {@code model-invalid} (a
 * {@link GuideValidator} problem). Instances are immutable and thread-safe.
 */
public final class GuideCodec {

    /** The schema version this codec writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Class-path location of the JSON Schema (draft 2020-12) of {@code model.json}. */
    public static final String SCHEMA_RESOURCE = "/dev/careguide/model/model.schema.json";

    static final String SCHEMA_VERSION_FIELD = "schemaVersion";

    private static final String CODE_IO = "model-io";
    private static final String CODE_SYNTAX = "model-syntax";
    private static final String CODE_VERSION = "model-schema-version";
    private static final String CODE_SCHEMA = "model-schema";
    private static final String CODE_INVALID = "model-invalid";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private static final Schema SCHEMA = loadSchema();

    private final GuideValidator validator = new GuideValidator();

    /** The canonical JSON text of the guide (no validation), ending with a newline. */
    public String toJson(Guide guide) {
        return new String(toBytes(guide), StandardCharsets.UTF_8);
    }

    /** The canonical UTF-8 bytes of the guide. */
    public byte[] toBytes(Guide guide) {
        return CanonicalJson.DECLARED.bytes(new Document(SCHEMA_VERSION, guide));
    }

    /** {@code model.json} as written: {@code schemaVersion}, then the guide's fields, streamed without a tree. */
    @JsonPropertyOrder({SCHEMA_VERSION_FIELD})
    private record Document(
            int schemaVersion, @JsonUnwrapped Guide guide) {}

    /**
     * Validates the guide and writes its canonical form to {@code file} atomically (a temporary file in the same
     * directory moved into place), creating parent directories. An invalid guide throws
     * {@link ModelFormatException} and leaves an existing file untouched.
     */
    public void write(Guide guide, Path file) {
        String name = file.toString();
        List<ValidationProblem> problems = validator.validate(guide);
        if (!problems.isEmpty()) {
            throw new ModelFormatException(problems.stream()
                    .map(p -> Diagnostic.error(name, 0, 0, CODE_INVALID, p.toString()))
                    .toList());
        }
        AtomicFiles.write(file, out -> CanonicalJson.DECLARED.write(new Document(SCHEMA_VERSION, guide), out));
    }

    /**
     * Reads and validates a {@code model.json}; the file must be UTF-8. A file that cannot be read throws a
     * {@link DiagnosticException} with code {@code model-io}.
     */
    public Guide read(Path file) {
        return fromJson(text(file), file.toString());
    }

    /** The strictly decoded text of a model file (its bytes let go of once decoded). */
    private static String text(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Utf8Text.readBytes(file, name);
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            throw new DiagnosticException(
                    List.of(Diagnostic.error(name, 0, 0, CODE_IO, "cannot read model file: " + d.message())), e);
        }
        try {
            return Utf8Text.strict(bytes, name);
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            throw new ModelFormatException(
                    List.of(Diagnostic.error(name, d.line(), d.column(), CODE_SYNTAX, d.message())), e);
        }
    }

    /**
     * Reads and validates model JSON text; {@code fileNameForMessages} names the source in diagnostics. Schema
     * problems are all reported together; the guide-level checks of {@link GuideValidator} run once the document
     * follows the schema.
     */
    public Guide fromJson(String json, String fileNameForMessages) {
        Guide valid = decodeIfValid(json);
        if (valid != null) {
            return valid;
        }
        LineIndex lines = LineIndex.of(json);
        LocatedJson located;
        try {
            located = LocatedJson.parse(json);
        } catch (IOException e) {
            throw syntaxError(fileNameForMessages, lines, e);
        }
        return decode(located, lines, fileNameForMessages);
    }

    /**
     * The guide when the document has no problem at all, read without positions; {@code null} otherwise, and then
     * {@link #decode} reads it again with positions to report every problem with its line and column.
     */
    private Guide decodeIfValid(String json) {
        Guide guide = mapIfValid(json);
        return guide != null && validator.validate(guide).isEmpty() ? guide : null;
    }

    /** The guide of a document that parses and follows the schema, else {@code null}; its tree is let go of here. */
    private static Guide mapIfValid(String json) {
        JsonNode root;
        try {
            root = LocatedJson.parseTree(json);
        } catch (IOException e) {
            return null;
        }
        JsonNode version = root.get(SCHEMA_VERSION_FIELD);
        if (!root.isObject()
                || version == null
                || !version.isIntegralNumber()
                || !version.canConvertToInt()
                || version.intValue() != SCHEMA_VERSION
                || !SCHEMA.validate(root).isEmpty()) {
            return null;
        }
        ((ObjectNode) root).remove(SCHEMA_VERSION_FIELD);
        try {
            return MAPPER.treeToValue(root, Guide.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private Guide decode(LocatedJson json, LineIndex lines, String file) {
        Located at = new Located(json, lines, file);
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw new ModelFormatException(List.of(at.error(
                    "",
                    "$",
                    CODE_SYNTAX,
                    "expected a JSON object, found " + root.getNodeType().name().toLowerCase(Locale.ROOT))));
        }
        checkSchemaVersion(at, root.get(SCHEMA_VERSION_FIELD));

        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Error error : SCHEMA.validate(root)) {
            diagnostics.add(schemaDiagnostic(at, error));
        }
        if (!diagnostics.isEmpty()) {
            throw new ModelFormatException(sorted(diagnostics));
        }

        ObjectNode guideNode = (ObjectNode) root;
        guideNode.remove(SCHEMA_VERSION_FIELD);
        Guide guide;
        try {
            guide = MAPPER.treeToValue(guideNode, Guide.class);
        } catch (JsonMappingException e) {
            List<Object> segments = new ArrayList<>();
            for (JsonMappingException.Reference ref : e.getPath()) {
                segments.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
            }
            throw new ModelFormatException(
                    List.of(at.error(
                            JsonPaths.pointer(segments), JsonPaths.of(segments), CODE_SCHEMA, e.getOriginalMessage())),
                    e);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(List.of(at.error("", "$", CODE_SCHEMA, e.getMessage())), e);
        }

        for (ValidationProblem problem : validator.validate(guide)) {
            String pointer = JsonPaths.pointer(JsonPaths.segments(problem.path()));
            diagnostics.add(at.error(pointer, problem.path(), CODE_INVALID, problem.message()));
        }
        if (!diagnostics.isEmpty()) {
            throw new ModelFormatException(sorted(diagnostics));
        }
        return guide;
    }

    private static void checkSchemaVersion(Located at, JsonNode version) {
        String path = JsonPaths.field("$", SCHEMA_VERSION_FIELD);
        String supported = "; this careguide reads schemaVersion " + SCHEMA_VERSION;
        if (version == null) {
            throw new ModelFormatException(
                    List.of(at.error("", path, CODE_VERSION, "missing schemaVersion" + supported)));
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != SCHEMA_VERSION) {
            throw new ModelFormatException(List.of(at.error(
                    "/" + SCHEMA_VERSION_FIELD,
                    path,
                    CODE_VERSION,
                    "unsupported schemaVersion " + version + supported)));
        }
    }

    private static Diagnostic schemaDiagnostic(Located at, Error error) {
        List<Object> segments = segments(error.getInstanceLocation());
        String keyword = error.getKeyword();
        boolean namesProperty =
                error.getProperty() != null && ("required".equals(keyword) || "additionalProperties".equals(keyword));
        if (namesProperty) {
            List<Object> parent = segments;
            segments = new ArrayList<>(parent);
            segments.add(error.getProperty());
            String path = JsonPaths.of(segments);
            String pointer = JsonPaths.pointer(segments);
            String message = "required".equals(keyword)
                    ? "required property '" + error.getProperty() + "' is missing"
                    : "property '" + error.getProperty() + "' is not allowed here";
            return at.errorAtName(pointer, path, message);
        }
        return at.error(JsonPaths.pointer(segments), JsonPaths.of(segments), CODE_SCHEMA, error.getMessage());
    }

    private static List<Object> segments(NodePath nodePath) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; i < nodePath.getNameCount(); i++) {
            segments.add(nodePath.getElement(i));
        }
        return segments;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .distinct()
                .sorted(Comparator.comparingInt(Diagnostic::line)
                        .thenComparingInt(Diagnostic::column)
                        .thenComparing(Diagnostic::message))
                .toList();
    }

    private static ModelFormatException syntaxError(String file, LineIndex lines, IOException e) {
        int line = 0;
        int column = 0;
        String message = e.getMessage();
        if (e instanceof JsonProcessingException jpe) {
            message = jpe.getOriginalMessage();
            JsonLocation location = jpe.getLocation();
            if (location != null) {
                line = Math.max(location.getLineNr(), 0);
                column = lines.codePointColumn(line, Math.max(location.getColumnNr(), 0));
            }
        }
        return new ModelFormatException(
                List.of(Diagnostic.error(file, line, column, CODE_SYNTAX, "malformed JSON: " + message)), e);
    }

    private static Schema loadSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = GuideCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Positions for the diagnostics of one document. */
    private record Located(LocatedJson json, LineIndex lines, String file) {

        Diagnostic error(String pointer, String path, String code, String message) {
            return diagnostic(json.valueLocation(pointer), path, code, message);
        }

        Diagnostic errorAtName(String pointer, String path, String message) {
            return diagnostic(json.nameLocation(pointer), path, CODE_SCHEMA, message);
        }

        private Diagnostic diagnostic(JsonLocation location, String path, String code, String message) {
            int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
            int column = location == null ? 0 : lines.codePointColumn(line, Math.max(location.getColumnNr(), 0));
            return Diagnostic.error(file, line, column, code, path + ": " + message);
        }
    }
}
