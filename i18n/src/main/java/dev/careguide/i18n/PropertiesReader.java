package dev.careguide.i18n;

import dev.careguide.model.Diagnostic.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads UTF-8 .properties files exactly as {@link java.util.Properties#load(java.io.Reader)} does, but keeps
 * comments, blank lines and positions, and reports every problem with its line and column instead of failing
 * at the first: invalid UTF-8, a byte order mark, invalid escapes and duplicate keys.
 */
public final class PropertiesReader {

    /** The code of an escape such as {@code \q} that Java reads as the bare letter: suspicious, but readable. */
    public static final String UNKNOWN_ESCAPE = "unknown-escape";

    private PropertiesReader() {
    }

    /** Reads a file; {@code displayName} names it in problems, {@code locale} is put on each problem. */
    public static PropertiesFile read(Path path, String displayName, String locale) {
        try {
            return read(Files.readAllBytes(path), displayName, locale);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayName, e);
        }
    }

    public static PropertiesFile read(byte[] bytes, String file, String locale) {
        List<CatalogProblem> problems = new ArrayList<>();
        String text = decode(bytes, file, locale, problems);
        return parse(text, file, locale, problems);
    }

    /** Parses already decoded text (used for the commented-out properties of an obsolete section). */
    public static PropertiesFile parse(String text, String file, String locale) {
        return parse(text, file, locale, new ArrayList<>());
    }

    private static PropertiesFile parse(String text, String file, String locale, List<CatalogProblem> problems) {
        return new Parser(text, file, locale, problems).run();
    }

    private static String decode(byte[] b, String file, String locale, List<CatalogProblem> problems) {
        StringBuilder sb = new StringBuilder(b.length);
        int line = 1;
        int column = 1;
        int lastBadLine = -1;
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            problems.add(new CatalogProblem(Severity.ERROR, file, 1, 1, "byte-order-mark", locale, "",
                    "file starts with a UTF-8 byte order mark, which java.util.Properties reads as part of the "
                            + "first line; save the file as UTF-8 without BOM", 0));
        }
        while (i < b.length) {
            int c = b[i] & 0xff;
            int len;
            int cp;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                if (c == '\n' || (c == '\r' && (i >= b.length || b[i] != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                cp = c & 0x07;
            } else {
                len = 0;
                cp = -1;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xC0) != 0x80) {
                    ok = false;
                } else {
                    cp = (cp << 6) | (cc & 0x3F);
                }
            }
            if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                    || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))) {
                ok = false;
            }
            if (ok) {
                sb.appendCodePoint(cp);
                column += Character.charCount(cp);
                i += len;
            } else {
                if (lastBadLine != line) {
                    problems.add(new CatalogProblem(Severity.ERROR, file, line, column, "invalid-utf8", locale, "",
                            String.format("invalid UTF-8 byte 0x%02X; save the file as UTF-8", c), 0));
                    lastBadLine = line;
                }
                sb.append('\uFFFD');
                column++;
                i++;
            }
        }
        return sb.toString();
    }

    private static final class Parser {
        private final String s;
        private final String file;
        private final String locale;
        private final List<CatalogProblem> problems;
        private final List<PropertiesElement> elements = new ArrayList<>();
        private final List<Integer> lineStarts = new ArrayList<>();
        private final Map<String, Integer> firstLine = new HashMap<>();
        private int pos;

        Parser(String s, String file, String locale, List<CatalogProblem> problems) {
            this.s = s;
            this.file = file;
            this.locale = locale;
            this.problems = problems;
            lineStarts.add(0);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                    lineStarts.add(i + 1);
                }
            }
        }

        PropertiesFile run() {
            int[] starts = lineStarts.stream().mapToInt(Integer::intValue).toArray();
            PropertiesFile positions = new PropertiesFile(file, s, starts, List.of(), List.of());
            boolean[] used = new boolean[starts.length + 1];
            // A port of java.util.Properties.LineReader, keeping where each character came from.
            int n = s.length();
            while (pos < n) {
                StringBuilder logical = new StringBuilder();
                List<Integer> offsets = new ArrayList<>();
                boolean skipWhitespace = true;
                boolean appendedLineBegin = false;
                boolean backslash = false;
                int end = -1;
                while (true) {
                    if (pos >= n) {
                        if (logical.length() > 0) {
                            end = n;
                        }
                        break;
                    }
                    char c = s.charAt(pos++);
                    if (skipWhitespace) {
                        if (c == ' ' || c == '\t' || c == '\f') {
                            continue;
                        }
                        if (!appendedLineBegin && (c == '\r' || c == '\n')) {
                            continue;
                        }
                        skipWhitespace = false;
                        appendedLineBegin = false;
                    }
                    if (logical.length() == 0 && (c == '#' || c == '!')) {
                        int start = pos - 1;
                        while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                            pos++;
                        }
                        int line = positions.lineOf(start);
                        used[line] = true;
                        elements.add(new PropertiesElement.Comment(line, s.substring(start, pos)));
                        if (pos < n) {
                            pos++;
                        }
                        skipWhitespace = true;
                        continue;
                    }
                    if (c != '\n' && c != '\r') {
                        logical.append(c);
                        offsets.add(pos - 1);
                        backslash = c == '\\' && !backslash;
                        continue;
                    }
                    if (logical.length() == 0) {
                        skipWhitespace = true;
                        continue;
                    }
                    if (pos >= n || !backslash) {
                        end = pos - 1;
                        break;
                    }
                    logical.setLength(logical.length() - 1);
                    offsets.remove(offsets.size() - 1);
                    skipWhitespace = true;
                    appendedLineBegin = true;
                    backslash = false;
                    if (c == '\r' && pos < n && s.charAt(pos) == '\n') {
                        pos++;
                    }
                }
                if (end < 0) {
                    break;
                }
                if (backslash) {
                    logical.setLength(logical.length() - 1);
                    offsets.remove(offsets.size() - 1);
                }
                int first = offsets.isEmpty() ? Math.max(0, end - 1) : offsets.get(0);
                int firstLine = positions.lineOf(first);
                for (int l = firstLine; l <= positions.lineOf(Math.max(first, end - 1)); l++) {
                    used[l] = true;
                }
                String raw = s.substring(starts[firstLine - 1], end).replace("\r\n", "\n").replace('\r', '\n');
                property(logical, offsets, first, firstLine, end, raw, positions);
            }
            for (int l = 1; l <= starts.length; l++) {
                if (!used[l] && isBlank(starts, l)) {
                    elements.add(new PropertiesElement.Blank(l));
                }
            }
            elements.sort(java.util.Comparator.comparingInt(PropertiesElement::line));
            return new PropertiesFile(file, s, starts, elements, problems);
        }

        private boolean isBlank(int[] starts, int line) {
            int from = starts[line - 1];
            int to = line < starts.length ? starts[line] : s.length();
            if (line == starts.length && from >= s.length()) {
                return false;
            }
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\f' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        private void property(StringBuilder logical, List<Integer> offsets, int keyStart, int line, int end,
                String raw, PropertiesFile positions) {
            int limit = logical.length();
            int keyLen = 0;
            int valueStart = limit;
            boolean hasSep = false;
            boolean preceding = false;
            while (keyLen < limit) {
                char c = logical.charAt(keyLen);
                if ((c == '=' || c == ':') && !preceding) {
                    valueStart = keyLen + 1;
                    hasSep = true;
                    break;
                } else if ((c == ' ' || c == '\t' || c == '\f') && !preceding) {
                    valueStart = keyLen + 1;
                    break;
                }
                preceding = c == '\\' && !preceding;
                keyLen++;
            }
            while (valueStart < limit) {
                char c = logical.charAt(valueStart);
                if (c != ' ' && c != '\t' && c != '\f') {
                    if (!hasSep && (c == '=' || c == ':')) {
                        hasSep = true;
                    } else {
                        break;
                    }
                }
                valueStart++;
            }
            List<Integer> keyOffsets = new ArrayList<>();
            String key = unescape(logical, offsets, 0, keyLen, keyOffsets, positions, "");
            List<Integer> valueOffsets = new ArrayList<>();
            String value = unescape(logical, offsets, valueStart, limit, valueOffsets, positions, key);
            int valueOffset = valueStart < limit ? offsets.get(valueStart) : end;
            int column = positions.columnOf(keyStart);
            Integer first = firstLine.putIfAbsent(key, line);
            if (first != null) {
                problems.add(new CatalogProblem(Severity.ERROR, file, line, column, "duplicate-key", locale, key,
                        "duplicate key: defined on line " + first + " and again on line " + line
                                + " (java.util.Properties keeps only the last)", first));
            }
            elements.add(new PropertiesElement.Property(line, column, key, value, positions.lineOf(valueOffset),
                    positions.columnOf(valueOffset), raw,
                    valueOffsets.stream().mapToInt(Integer::intValue).toArray()));
        }

        private String unescape(StringBuilder in, List<Integer> offsets, int from, int to, List<Integer> out,
                PropertiesFile positions, String key) {
            StringBuilder sb = new StringBuilder(to - from);
            int i = from;
            while (i < to) {
                char c = in.charAt(i);
                int at = offsets.get(i);
                i++;
                if (c != '\\') {
                    sb.append(c);
                    out.add(at);
                    continue;
                }
                if (i >= to) {
                    // A lone backslash at the very end; Properties drops it.
                    break;
                }
                char e = in.charAt(i++);
                switch (e) {
                    case 'u' -> {
                        int value = 0;
                        boolean ok = i + 4 <= to;
                        for (int k = 0; ok && k < 4; k++) {
                            int d = Character.digit(in.charAt(i + k), 16);
                            if (d < 0 || in.charAt(i + k) > 'f') {
                                ok = false;
                            } else {
                                value = (value << 4) | d;
                            }
                        }
                        if (ok) {
                            sb.append((char) value);
                            out.add(at);
                            i += 4;
                        } else {
                            problems.add(new CatalogProblem(Severity.ERROR, file, positions.lineOf(at),
                                    positions.columnOf(at), "invalid-escape", locale, key,
                                    "malformed \\uXXXX escape: a \\u must be followed by four hex digits "
                                            + "(java.util.Properties refuses to load this file)", 0));
                            sb.append('u');
                            out.add(at);
                        }
                    }
                    case 't' -> append(sb, out, '\t', at);
                    case 'n' -> append(sb, out, '\n', at);
                    case 'r' -> append(sb, out, '\r', at);
                    case 'f' -> append(sb, out, '\f', at);
                    default -> {
                        if (!isPlainEscape(e)) {
                            problems.add(new CatalogProblem(Severity.ERROR, file, positions.lineOf(at),
                                    positions.columnOf(at), UNKNOWN_ESCAPE, locale, key,
                                    "unknown escape '\\" + e + "': it reads as '" + e
                                            + "'; write '\\\\' for a backslash", 0));
                        }
                        append(sb, out, e, at);
                    }
                }
            }
            return sb.toString();
        }

        private static boolean isPlainEscape(char e) {
            return e == '\\' || e == ' ' || e == '=' || e == ':' || e == '#' || e == '!' || e == '"' || e == '\''
                    || e == '\t' || e == '\f';
        }

        private static void append(StringBuilder sb, List<Integer> out, char c, int at) {
            sb.append(c);
            out.add(at);
        }
    }
}
