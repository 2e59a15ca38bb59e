package dev.careguide.i18n;

import dev.careguide.model.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careguide.model.Diagnostic.Severity;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a {@link CheckResult} for machines: a plain JSON report and SARIF 2.1.0, which CI systems (GitHub code
 * scanning, GitLab, Azure DevOps) and IDEs show as annotations on the catalog lines. File paths are written
 * relative to a base folder (the project), with {@code /}.
 */
public final class CheckReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path baseDir;
    private final CatalogRules rules;

    /** A writer making absolute file paths relative to {@code baseDir} (may be {@code null}). */
    public CheckReportWriter(Path baseDir) {
        this(baseDir, CatalogRules.defaults());
    }

    public CheckReportWriter(Path baseDir, CatalogRules rules) {
        this.baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
        this.rules = rules;
    }

    /** Writes {@link #toJson(CheckResult)} atomically. */
    public void writeJson(CheckResult result, Path file) {
        AtomicFiles.write(file, toJson(result));
    }

    /** Writes {@link #toSarif(CheckResult)} atomically. */
    public void writeSarif(CheckResult result, Path file) {
        AtomicFiles.write(file, toSarif(result));
    }

    /** {@code {"summary": {...}, "completeness": {...}, "problems": [...]}}. */
    public String toJson(CheckResult result) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        ObjectNode completeness = root.putObject("completeness");
        new TreeMap<>(result.completeness()).forEach((k, v) -> completeness.put(k, round(v)));
        ArrayNode problems = root.putArray("problems");
        for (CatalogProblem p : result.problems()) {
            ObjectNode o = problems.addObject();
            o.put("file", uri(p.file()));
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
            o.put("code", p.code());
            o.put("locale", p.locale());
            o.put("key", p.key());
            o.put("message", p.message());
            if (p.relatedLine() > 0) {
                o.put("relatedLine", p.relatedLine());
            }
        }
        return write(root);
    }

    /** The result as a SARIF 2.1.0 log with one run of the tool {@code careguide}. */
    public String toSarif(CheckResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "careguide");
        driver.put("informationUri", "https://github.com/careguide/careguide");
        ArrayNode rulesNode = driver.putArray("rules");
        TreeSet<String> codes = new TreeSet<>();
        result.problems().forEach(p -> codes.add(p.code()));
        Map<String, Integer> ruleIndex = new TreeMap<>();
        for (String code : codes) {
            ruleIndex.put(code, ruleIndex.size());
            ObjectNode rule = rulesNode.addObject();
            rule.put("id", code);
            rule.putObject("shortDescription").put("text", rules.description(code));
        }
        ArrayNode results = run.putArray("results");
        for (CatalogProblem p : result.problems()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", p.code());
            r.put("ruleIndex", ruleIndex.get(p.code()));
            r.put("level", switch (p.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            });
            r.putObject("message").put("text", p.qualifiedMessage());
            if (!p.file().isEmpty()) {
                r.putArray("locations").add(location(p.file(), p.line(), p.column()));
                if (p.relatedLine() > 0) {
                    r.putArray("relatedLocations").add(location(p.file(), p.relatedLine(), 0).put("id", 1));
                }
            }
            ObjectNode properties = r.putObject("properties");
            properties.put("locale", p.locale());
            properties.put("key", p.key());
        }
        return write(root);
    }

    private ObjectNode location(String file, int line, int column) {
        ObjectNode location = JSON.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(file));
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        return location;
    }

    private String uri(String file) {
        if (file.isEmpty()) {
            return file;
        }
        Path p = Path.of(file);
        if (baseDir != null && p.isAbsolute() && p.normalize().startsWith(baseDir)) {
            p = baseDir.relativize(p.normalize());
        }
        return p.toString().replace('\\', '/');
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
