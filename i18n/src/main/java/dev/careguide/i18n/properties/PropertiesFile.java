package dev.careguide.i18n.properties;

import dev.careguide.i18n.CatalogProblem;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.LineIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A .properties file as {@link PropertiesReader} read it: every element in file order, the problems found
 * (invalid UTF-8, invalid escapes, duplicate keys) and the decoded text for mapping offsets to positions.
 */
public final class PropertiesFile {

    private final String file;
    private final LineIndex lines;
    private final List<PropertiesElement> elements;
    private final List<CatalogProblem> problems;

    PropertiesFile(String file, LineIndex lines, List<PropertiesElement> elements, List<CatalogProblem> problems) {
        this.file = file;
        this.lines = lines;
        this.elements = List.copyOf(elements);
        this.problems = List.copyOf(problems);
    }

    /** The file name used in problems. */
    public String file() {
        return file;
    }

    public List<PropertiesElement> elements() {
        return elements;
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    /**
     * The problems that keep the file from being read as written: invalid UTF-8, a byte order mark, a malformed
     * {@code \\u} escape, duplicate keys. (An unknown escape such as {@code \\q} reads as its letter.)
     */
    public List<CatalogProblem> parseErrors() {
        return problems.stream()
                .filter(p -> p.severity() == dev.careguide.model.Diagnostic.Severity.ERROR
                        && !p.code().equals(PropertiesReader.UNKNOWN_ESCAPE))
                .toList();
    }

    public boolean hasErrors() {
        return !parseErrors().isEmpty();
    }

    /** Throws a {@link DiagnosticException} carrying every parse error, if there is any. */
    public PropertiesFile requireValid() {
        if (hasErrors()) {
            throw new DiagnosticException(
                    parseErrors().stream().map(CatalogProblem::toDiagnostic).toList());
        }
        return this;
    }

    /** Key → value as {@link java.util.Properties} would load them (the last of duplicate keys wins). */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (PropertiesElement e : elements) {
            if (e instanceof PropertiesElement.Property p) {
                map.put(p.key(), p.value());
            }
        }
        return map;
    }

    /** 1-based line of a text offset. */
    public int lineOf(int offset) {
        return lines.line(offset);
    }

    /** 1-based column (code points, see {@link dev.careguide.model.Diagnostic}) of a text offset. */
    public int columnOf(int offset) {
        return lines.column(offset);
    }

    /** The line and column of value character {@code index} of a property (its end when past the value). */
    public int[] valuePosition(PropertiesElement.Property p, int index) {
        return p.position(index);
    }
}
