package dev.careguide.i18n;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.CanonicalJson;
import dev.careguide.model.Diagnostic.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a {@link CheckResult} for machines: a plain JSON report and SARIF 2.1.0, which CI systems (GitHub code
 * scanning, GitLab, Azure DevOps) and IDEs show as annotations on the catalog lines. File paths are written
 * relative to a base folder (the project), with {@code /}. Both are streamed through {@link CanonicalJson} one
 * problem at a time, so a check with any number of problems is never held as one string or tree.
 */
public final class CheckReportWriter {

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

    /** Streams the JSON report ({@link #toJson}) into {@code file} atomically. */
    public void writeJson(CheckResult result, Path file) {
        AtomicFiles.write(file, out -> writeJson(result, out));
    }

    /** Streams the SARIF log ({@link #toSarif}) into {@code file} atomically. */
    public void writeSarif(CheckResult result, Path file) {
        AtomicFiles.write(file, out -> writeSarif(result, out));
    }

    /** {@code {"summary": {...}, "completeness": {...}, "problems": [...]}}. */
    public String toJson(CheckResult result) {
        return text(out -> writeJson(result, out));
    }

    /** The result as a SARIF 2.1.0 log with one run of the tool {@code careguide}. */
    public String toSarif(CheckResult result) {
        return text(out -> writeSarif(result, out));
    }

    /** Streams the JSON report to {@code out}, one problem at a time. */
    public void writeJson(CheckResult result, OutputStream out) throws IOException {
        try (JsonGenerator g = CanonicalJson.DECLARED.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("errors", result.count(Severity.ERROR));
            g.writeNumberField("warnings", result.count(Severity.WARNING));
            g.writeNumberField("infos", result.count(Severity.INFO));
            g.writeEndObject();
            g.writeObjectFieldStart("completeness");
            for (Map.Entry<String, Double> e : new TreeMap<>(result.completeness()).entrySet()) {
                g.writeNumberField(e.getKey(), round(e.getValue()));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("problems");
            for (CatalogProblem p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("file", uri(p.file()));
                g.writeNumberField("line", p.line());
                g.writeNumberField("column", p.column());
                g.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
                g.writeStringField("code", p.code());
                g.writeStringField("locale", p.locale());
                g.writeStringField("key", p.key());
                g.writeStringField("message", p.message());
                if (p.relatedLine() > 0) {
                    g.writeNumberField("relatedLine", p.relatedLine());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            CanonicalJson.end(g);
        }
    }

    /**
     * Streams the SARIF log to {@code out}, one result at a time. Columns count code points (the
     * {@link dev.careguide.model.Diagnostic} convention), which the run declares as its {@code columnKind}.
     */
    public void writeSarif(CheckResult result, OutputStream out) throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        result.problems().forEach(p -> codes.add(p.code()));
        Map<String, Integer> ruleIndex = new TreeMap<>();
        try (JsonGenerator g = CanonicalJson.DECLARED.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "careguide");
            g.writeStringField("informationUri", "https://github.com/careguide/careguide");
            g.writeArrayFieldStart("rules");
            for (String code : codes) {
                ruleIndex.put(code, ruleIndex.size());
                g.writeStartObject();
                g.writeStringField("id", code);
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", rules.description(code));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (CatalogProblem p : result.problems()) {
                g.writeStartObject();
                g.writeStringField("ruleId", p.code());
                g.writeNumberField("ruleIndex", ruleIndex.get(p.code()));
                g.writeStringField(
                        "level",
                        switch (p.severity()) {
                            case ERROR -> "error";
                            case WARNING -> "warning";
                            case INFO -> "note";
                        });
                g.writeObjectFieldStart("message");
                g.writeStringField("text", p.qualifiedMessage());
                g.writeEndObject();
                if (!p.file().isEmpty()) {
                    g.writeArrayFieldStart("locations");
                    location(g, p.file(), p.line(), p.column(), false);
                    g.writeEndArray();
                    if (p.relatedLine() > 0) {
                        g.writeArrayFieldStart("relatedLocations");
                        location(g, p.file(), p.relatedLine(), 0, true);
                        g.writeEndArray();
                    }
                }
                g.writeObjectFieldStart("properties");
                g.writeStringField("locale", p.locale());
                g.writeStringField("key", p.key());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            CanonicalJson.end(g);
        }
    }

    private void location(JsonGenerator g, String file, int line, int column, boolean related) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
        if (line > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", line);
            if (column > 0) {
                g.writeNumberField("startColumn", column);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (related) {
            g.writeNumberField("id", 1);
        }
        g.writeEndObject();
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

    private static String text(AtomicFiles.Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
