package dev.careguide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.careguide.importer.ImportReport;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.GuideCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of a project's last good build as the site reads them: the bundle's manifest and guide files (as an
 * app reads them: JSON, or YAML when the bundle has no JSON), each guide's model and import report, the check
 * report's problems by catalog file, and the articles' lines. A file that is missing or does not parse is a
 * {@link DiagnosticException} naming it.
 */
final class BuildOutputs {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final SiteInputs inputs;
    private final JsonNode manifest;
    private final Map<String, JsonNode> guideEntries = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> problemsByFile = new HashMap<>();

    BuildOutputs(SiteInputs inputs) {
        this.inputs = inputs;
        this.manifest = read(JSON, inputs.bundleDirectory().resolve("manifest.json"));
        for (JsonNode guide : manifest.path("guides")) {
            guideEntries.put(guide.path("id").asText(), guide);
        }
        JsonNode check = read(JSON, inputs.checkReport());
        for (JsonNode problem : check.path("problems")) {
            problemsByFile
                    .computeIfAbsent(problem.path("file").asText(), f -> new ArrayList<>())
                    .add(problem);
        }
    }

    SiteInputs inputs() {
        return inputs;
    }

    /** The guide ids of the bundle, sorted as in the manifest. */
    List<String> guideIds() {
        return List.copyOf(guideEntries.keySet());
    }

    /** The manifest's entry of a guide: its locales with their facts. */
    JsonNode guideEntry(String id) {
        JsonNode entry = guideEntries.get(id);
        if (entry == null) {
            throw new DiagnosticException(Diagnostic.error(
                    inputs.relative(inputs.bundleDirectory().resolve("manifest.json")),
                    0,
                    0,
                    "site-input",
                    "the bundle has no guide '" + id + "'"));
        }
        return entry;
    }

    /**
     * The guide's file in {@code locale}, from {@code json/} or else {@code yaml/}; {@code null} when the bundle
     * was exported without both formats (CSV only), so there is nothing to preview.
     */
    BundleFile bundleGuide(String id, String locale) {
        Path json = inputs.bundleDirectory().resolve("json").resolve(locale).resolve(id + ".json");
        if (Files.isRegularFile(json)) {
            return new BundleFile("json/" + locale + "/" + id + ".json", read(JSON, json));
        }
        Path yaml = inputs.bundleDirectory().resolve("yaml").resolve(locale).resolve(id + ".yaml");
        if (Files.isRegularFile(yaml)) {
            return new BundleFile("yaml/" + locale + "/" + id + ".yaml", read(YAML, yaml));
        }
        return null;
    }

    /** A guide file of the bundle: its path in the bundle and its content. */
    record BundleFile(String path, JsonNode content) {}

    Guide model(String id) {
        Path file = inputs.modelDirectory().resolve(id).resolve("model.json");
        require(file);
        return new GuideCodec().read(file);
    }

    ImportReport report(String id) {
        Path file = inputs.modelDirectory().resolve(id).resolve("import-report.json");
        require(file);
        try {
            return JSON.readValue(file.toFile(), ImportReport.class);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The check problems of a catalog, by its path relative to the project. */
    List<JsonNode> problems(String catalog) {
        return problemsByFile.getOrDefault(catalog, List.of());
    }

    /** An article's lines, as the importer numbered them (CRLF, CR or LF end a line; a leading BOM is dropped). */
    List<String> sourceLines(String document) {
        Path file = inputs.sourceDirectory().resolve(document).normalize();
        if (!file.startsWith(inputs.sourceDirectory())) {
            throw new DiagnosticException(Diagnostic.error(
                    document, 0, 0, "site-input", "document '" + document + "' is not inside the content folder"));
        }
        require(file);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private JsonNode read(ObjectMapper mapper, Path file) {
        require(file);
        try {
            return mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new DiagnosticException(Diagnostic.error(
                    inputs.relative(file),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                    "site-input",
                    "cannot parse: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private void require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DiagnosticException(Diagnostic.error(
                    inputs.relative(file),
                    0,
                    0,
                    "site-input",
                    "missing; the site is written from the outputs of a good build (run build)"));
        }
    }

    private DiagnosticException unreadable(Path file, IOException e) {
        return new DiagnosticException(
                Diagnostic.error(inputs.relative(file), 0, 0, "site-input", "cannot read: " + e.getMessage()));
    }
}
