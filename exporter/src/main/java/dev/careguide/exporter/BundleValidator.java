package dev.careguide.exporter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Utf8Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a bundle directory: {@code manifest.json} and every guide JSON validate against the bundle's JSON
 * Schemas (draft 2020-12, the copies shipped in this library), every listed file exists with the listed size
 * and SHA-256, no unlisted file is present, no JSON string holds a lone surrogate (which strict JSON parsers
 * reject), and each YAML file and each CSV table holds exactly the content of its JSON twin. Returns every
 * problem found; an empty list means the bundle is valid. {@link #checksumsAndSchemas()} skips the comparison
 * of the formats (parsing every file again), for checking a bundle right after writing it: the checksums then
 * prove the files are the ones the exporters wrote.
 */
public final class BundleValidator {

    private final Schema manifestSchema;
    private final Schema guideSchema;
    private final boolean compareYaml;

    /** A validator making every check, the YAML == JSON comparison included. */
    public BundleValidator() {
        this(true);
    }

    /** A validator checking the schemas, sizes, checksums and listing, without re-reading the YAML files. */
    public static BundleValidator checksumsAndSchemas() {
        return new BundleValidator(false);
    }

    private BundleValidator(boolean compareYaml) {
        this.compareYaml = compareYaml;
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try {
            manifestSchema = registry.getSchema(schema("manifest.schema.json"));
            guideSchema = registry.getSchema(schema("guide.schema.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schema(String name) throws IOException {
        return BundleJson.JSON.readTree(BundleWriter.schemaBytes(name));
    }

    public List<Diagnostic> validate(Path bundleDir) {
        List<Diagnostic> problems = new ArrayList<>();
        Path manifestFile = bundleDir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            problems.add(Diagnostic.error(manifestFile.toString(), 0, 0, "bundle-manifest", "missing manifest.json"));
            return problems;
        }
        JsonNode manifest = read(manifestFile, "manifest.json", problems);
        if (manifest == null) {
            return problems;
        }
        schemaErrors(manifestSchema, manifest, "manifest.json", problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> listed = new HashSet<>();
        manifest.path("files").forEach(file -> listed.add(file.path("path").asText()));
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            byte[] bytes = checkFile(bundleDir, file, problems);
            if (bytes != null && path.startsWith("json/") && path.endsWith(".json")) {
                JsonNode guide = parse(bytes, path, problems);
                if (guide != null) {
                    schemaErrors(guideSchema, guide, path, problems);
                    if (compareYaml) {
                        loneSurrogates(guide, path, "$", problems);
                        checkYamlTwin(bundleDir, path, guide, listed, problems);
                        checkCsvTwins(bundleDir, path, guide, manifest.path("csv"), listed, problems);
                    }
                }
            }
        }
        try {
            for (String path : BundleFiles.list(bundleDir)) {
                if (!path.equals("manifest.json") && !listed.contains(path)) {
                    problems.add(
                            Diagnostic.error(path, 0, 0, "bundle-unlisted", "file is not listed in manifest.json"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Checks a listed file's size and SHA-256; returns its bytes, or {@code null} when it is missing. */
    private static byte[] checkFile(Path bundleDir, JsonNode file, List<Diagnostic> problems) {
        String path = file.path("path").asText();
        Path p = bundleDir.resolve(path).normalize();
        if (!p.startsWith(bundleDir.normalize()) || !Files.isRegularFile(p)) {
            problems.add(Diagnostic.error(path, 0, 0, "bundle-missing-file", "listed in manifest.json but missing"));
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(p);
            if (bytes.length != file.path("bytes").asLong()) {
                problems.add(Diagnostic.error(
                        path,
                        0,
                        0,
                        "bundle-size",
                        "is " + bytes.length + " bytes, manifest.json says "
                                + file.path("bytes").asLong()));
            }
            String sha = BundleFiles.sha256(bytes);
            if (!sha.equals(file.path("sha256").asText())) {
                problems.add(Diagnostic.error(
                        path,
                        0,
                        0,
                        "bundle-checksum",
                        "SHA-256 is " + sha + ", manifest.json says "
                                + file.path("sha256").asText()));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkYamlTwin(
            Path bundleDir, String jsonPath, JsonNode guide, Set<String> listed, List<Diagnostic> problems) {
        String yamlPath =
                "yaml/" + jsonPath.substring("json/".length(), jsonPath.length() - ".json".length()) + ".yaml";
        if (!listed.contains(yamlPath) || !Files.isRegularFile(bundleDir.resolve(yamlPath))) {
            return;
        }
        try {
            JsonNode yaml = BundleJson.YAML.readTree(bundleDir.resolve(yamlPath).toFile());
            if (!BundleJson.JSON.readTree(BundleJson.json(yaml)).equals(guide)) {
                problems.add(Diagnostic.error(
                        yamlPath, 0, 0, "bundle-yaml-content", "does not hold the same content as " + jsonPath));
            }
        } catch (JsonProcessingException e) {
            problems.add(parseError(yamlPath, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports each string of {@code node} that holds a surrogate without its pair. */
    private static void loneSurrogates(JsonNode node, String file, String at, List<Diagnostic> problems) {
        if (node.isTextual()) {
            String text = node.asText();
            int i = Utf8Text.loneSurrogate(text, 0);
            if (i >= 0) {
                problems.add(Diagnostic.error(
                        file,
                        0,
                        0,
                        "bundle-unicode",
                        String.format(
                                "%s holds the lone surrogate U+%04X, which is not Unicode text; strict JSON parsers"
                                        + " reject it",
                                at, (int) text.charAt(i))));
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> loneSurrogates(e.getValue(), file, at + "." + e.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                loneSurrogates(node.get(i), file, at + "[" + i + "]", problems);
            }
        }
    }

    /**
     * Compares every CSV table of a guide with the tables its JSON file gives ({@link CsvTables}), cell by cell
     * as Commons CSV reads them back (numbers by value).
     */
    private static void checkCsvTwins(
            Path bundleDir,
            String jsonPath,
            JsonNode json,
            JsonNode csvOptions,
            Set<String> listed,
            List<Diagnostic> problems) {
        LocalizedGuide guide;
        try {
            guide = BundleJson.JSON.treeToValue(json, LocalizedGuide.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return;
        }
        boolean safe = csvOptions.path("spreadsheetSafe").asBoolean(true);
        for (CsvTable table : CsvTables.of(guide)) {
            String path = CsvExporter.path(guide, table);
            Path file = bundleDir.resolve(path);
            if (!listed.contains(path) || !Files.isRegularFile(file)) {
                continue;
            }
            List<List<String>> expected = new ArrayList<>();
            expected.add(table.columns());
            table.rows().forEach(row -> expected.add(CsvExporter.cells(row, safe)));
            String difference = csvDifference(file, expected, table.columns(), jsonPath);
            if (difference != null) {
                problems.add(Diagnostic.error(path, 0, 0, "bundle-csv-content", difference));
            }
        }
    }

    /** The first cell where the CSV file differs from the expected rows, or {@code null}. */
    private static String csvDifference(Path file, List<List<String>> expected, List<String> columns, String jsonPath) {
        List<CSVRecord> records;
        try {
            String text = Utf8Text.strict(Files.readAllBytes(file), file.toString());
            try (CSVParser parser = CSVParser.parse(text, CsvExporter.FORMAT)) {
                records = parser.getRecords();
            }
        } catch (IOException | UncheckedIOException | dev.careguide.model.DiagnosticException e) {
            return "cannot be read as CSV: " + e.getMessage();
        }
        if (records.size() != expected.size()) {
            return "has " + (records.size() - 1) + " rows, " + jsonPath + " gives " + (expected.size() - 1);
        }
        for (int r = 0; r < records.size(); r++) {
            CSVRecord record = records.get(r);
            List<String> want = expected.get(r);
            for (int c = 0; c < want.size(); c++) {
                String actual = c < record.size() ? record.get(c) : null;
                String cell = want.get(c) == null ? "" : want.get(c);
                if (!sameCell(actual, cell)) {
                    return "row " + r + ", column " + columns.get(c) + " holds \"" + actual + "\" but " + jsonPath
                            + " gives \"" + cell + "\"";
                }
            }
            if (record.size() != want.size()) {
                return "row " + r + " has " + record.size() + " cells, " + want.size() + " expected";
            }
        }
        return null;
    }

    private static boolean sameCell(String actual, String expected) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return actual != null
                    && !expected.isEmpty()
                    && new BigDecimal(actual).compareTo(new BigDecimal(expected)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static JsonNode read(Path file, String name, List<Diagnostic> problems) {
        try {
            return parse(Files.readAllBytes(file), name, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] json, String name, List<Diagnostic> problems) {
        try {
            return BundleJson.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(parseError(name, e));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Diagnostic parseError(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return Diagnostic.error(
                name,
                loc == null ? 0 : Math.max(0, loc.getLineNr()),
                loc == null ? 0 : Math.max(0, loc.getColumnNr()),
                "bundle-parse",
                e.getOriginalMessage());
    }

    private static void schemaErrors(Schema schema, JsonNode node, String name, List<Diagnostic> problems) {
        for (Error error : schema.validate(node)) {
            problems.add(Diagnostic.error(
                    name, 0, 0, "bundle-schema", error.getInstanceLocation() + ": " + error.getMessage()));
        }
    }
}
