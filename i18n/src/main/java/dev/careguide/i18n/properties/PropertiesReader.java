package dev.careguide.i18n.properties;

import dev.careguide.i18n.CatalogProblem;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Diagnostic.Severity;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.LineIndex;
import dev.careguide.model.Utf8Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads UTF-8 .properties files exactly as {@link java.util.Properties#load(java.io.Reader)} does, but keeps
 * comments, blank lines and positions, and reports every problem with its line and column instead of failing
 * at the first: invalid UTF-8, a byte order mark, invalid escapes and duplicate keys.
 */
public final class PropertiesReader {

    /** The code of an escape such as {@code \q} that Java reads as the bare letter: suspicious, but readable. */
    public static final String UNKNOWN_ESCAPE = "unknown-escape";

    private PropertiesReader() {}

    /** What a comment line is read as instead of its text. */
    @FunctionalInterface
    public interface CommentReplacement {

        /** The text to keep for the comment {@code text[start, end)}, or null to keep the comment's own text. */
        String replace(String text, int start, int end);
    }

    /** Reads a file; {@code displayName} names it in problems, {@code locale} is put on each problem. */
    public static PropertiesFile read(Path path, String displayName, String locale) {
        return read(path, displayName, locale, (text, start, end) -> null);
    }

    /**
     * Reads a file with some comment lines replaced (by {@code replacement}, see {@link CommentReplacement}): a
     * reader that regenerates those lines need not hold their text. Everything else, problems and positions
     * included, is as {@link #read(Path, String, String)} reads it.
     */
    public static PropertiesFile read(Path path, String displayName, String locale, CommentReplacement replacement) {
        List<CatalogProblem> problems = new ArrayList<>();
        // Decoded a chunk at a time: the file's bytes are never held whole.
        String text = decode(() -> readDecoded(path, displayName), displayName, locale, problems);
        return new Parser(text, displayName, locale, problems, replacement).run();
    }

    /** The decoded file; a file that cannot be read is an {@link UncheckedIOException}, not a problem. */
    private static Utf8Text.Decoded readDecoded(Path path, String displayName) {
        try {
            return Utf8Text.readDecoded(path, displayName);
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            if (!d.code().equals(Utf8Text.UNREADABLE)) {
                throw e;
            }
            throw new UncheckedIOException("cannot read " + displayName, new IOException(d.message(), e));
        }
    }

    public static PropertiesFile read(byte[] bytes, String file, String locale) {
        List<CatalogProblem> problems = new ArrayList<>();
        String text = decode(() -> Utf8Text.decode(bytes, file), file, locale, problems);
        return parse(text, file, locale, problems);
    }

    /** Parses already decoded text (used for the commented-out properties of an obsolete section). */
    public static PropertiesFile parse(String text, String file, String locale) {
        return parse(text, file, locale, new ArrayList<>());
    }

    private static PropertiesFile parse(String text, String file, String locale, List<CatalogProblem> problems) {
        return new Parser(text, file, locale, problems, (t, start, end) -> null).run();
    }

    /**
     * Decodes through {@link Utf8Text}: UTF-16 text is one problem (and nothing is parsed), each invalid byte
     * becomes U+FFFD and the first one on a line is reported with its line and column. A byte order mark is
     * reported and kept as the first character, as java.util.Properties reads it.
     */
    private static String decode(
            Supplier<Utf8Text.Decoded> decoding, String file, String locale, List<CatalogProblem> problems) {
        Utf8Text.Decoded decoded;
        try {
            decoded = decoding.get();
        } catch (DiagnosticException e) {
            Diagnostic d = e.diagnostics().get(0);
            problems.add(new CatalogProblem(
                    Severity.ERROR, file, d.line(), d.column(), d.code(), locale, "", d.message(), 0));
            return "";
        }
        boolean bom = decoded.byteOrderMark();
        if (bom) {
            problems.add(new CatalogProblem(
                    Severity.ERROR,
                    file,
                    1,
                    1,
                    "byte-order-mark",
                    locale,
                    "",
                    "file starts with a UTF-8 byte order mark, which java.util.Properties reads as part of the "
                            + "first line; save the file as UTF-8 without BOM",
                    0));
        }
        int lastBadLine = -1;
        for (Utf8Text.InvalidByte bad : decoded.invalidBytes()) {
            if (bad.line() != lastBadLine) {
                // The mark stays in the text the parser reads, so it is the first column of line 1.
                int column = bom && bad.line() == 1 ? bad.column() + 1 : bad.column();
                problems.add(new CatalogProblem(
                        Severity.ERROR, file, bad.line(), column, Utf8Text.INVALID_UTF8, locale, "", bad.message(), 0));
                lastBadLine = bad.line();
            }
        }
        return bom ? "\uFEFF" + decoded.text() : decoded.text();
    }

    /**
     * A port of java.util.Properties.LineReader that keeps where each character came from. A property on one
     * line without backslash or CR, the usual case, is cut straight out of the text; any other goes through
     * the character-by-character reader.
     */
    private static final class Parser {
        private final String s;
        private final String file;
        private final String locale;
        private final List<CatalogProblem> problems;
        private final CommentReplacement replacement;

        private final List<PropertiesElement> elements = new ArrayList<>();
        private final LineIndex lines;
        private final boolean[] used;
        /** Where each character of the current logical line came from; reused from line to line. */
        private final IntList offsets = new IntList(256);

        private final Map<String, Integer> firstLine = new HashMap<>();
        private final boolean hasCr;
        private int pos;
        /** 0-based index of the line holding {@code pos} or an earlier offset, moved forward only. */
        private int lineCursor;
        /** Offset of the next backslash at or after {@code pos}, or the text's length. */
        private int nextBackslash = -1;

        Parser(String s, String file, String locale, List<CatalogProblem> problems, CommentReplacement replacement) {
            this.s = s;
            this.replacement = replacement;
            this.file = file;
            this.locale = locale;
            this.problems = problems;
            this.lines = LineIndex.of(s);
            this.used = new boolean[lines.count() + 1];
            this.hasCr = s.indexOf('\r') >= 0;
        }

        /** The comment from {@code start} to {@code pos}, or what replaces it. */
        private void comment(int line, int start) {
            String replaced = replacement.replace(s, start, pos);
            elements.add(new PropertiesElement.Comment(line, replaced != null ? replaced : s.substring(start, pos)));
        }

        PropertiesFile run() {
            int n = s.length();
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                    pos++;
                } else if (c == '#' || c == '!') {
                    int start = pos;
                    pos = lineEnd(pos);
                    int line = lineAt(start);
                    used[line] = true;
                    comment(line, start);
                    if (pos < n) {
                        pos++;
                    }
                } else {
                    int end = lineEnd(pos);
                    if (nextBackslash < pos) {
                        nextBackslash = backslashFrom(pos);
                    }
                    if (nextBackslash >= end && !hasCr) {
                        simpleProperty(end);
                        pos = end < n ? end + 1 : n;
                    } else if (!logicalLine()) {
                        break;
                    }
                }
            }
            // Elements came in line order; blank lines go between them.
            List<PropertiesElement> all = new ArrayList<>(elements.size() + elements.size() / 2);
            int next = 0;
            for (int l = 1; l <= lines.count(); l++) {
                if (!used[l] && isBlank(l)) {
                    while (next < elements.size() && elements.get(next).line() < l) {
                        all.add(elements.get(next++));
                    }
                    all.add(new PropertiesElement.Blank(l));
                }
            }
            all.addAll(elements.subList(next, elements.size()));
            return new PropertiesFile(file, lines, all, problems);
        }

        private int lineEnd(int from) {
            if (!hasCr) {
                int lf = s.indexOf('\n', from);
                return lf < 0 ? s.length() : lf;
            }
            int i = from;
            while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                i++;
            }
            return i;
        }

        private int backslashFrom(int from) {
            int i = s.indexOf('\\', from);
            return i < 0 ? s.length() : i;
        }

        /** The line of an offset at or after every offset asked for before. */
        private int lineAt(int offset) {
            int last = lines.count() - 1;
            while (lineCursor < last && lines.start(lineCursor + 2) <= offset) {
                lineCursor++;
            }
            return lineCursor + 1;
        }

        /** A property from {@code pos} to {@code end} with neither backslash nor line break in it. */
        private void simpleProperty(int end) {
            int keyEnd = pos;
            int valueStart = end;
            boolean hasSep = false;
            while (keyEnd < end) {
                char c = s.charAt(keyEnd);
                if (c == '=' || c == ':') {
                    valueStart = keyEnd + 1;
                    hasSep = true;
                    break;
                } else if (c == ' ' || c == '\t' || c == '\f') {
                    valueStart = keyEnd + 1;
                    break;
                }
                keyEnd++;
            }
            valueStart = skipSeparator(s, valueStart, end, hasSep);
            int line = lineAt(pos);
            used[line] = true;
            String key = s.substring(pos, keyEnd);
            checkDuplicate(key, line, pos);
            elements.add(new PropertiesElement.Property(
                    lines, line, pos, key, s.substring(valueStart, end), valueStart, end));
        }

        private void checkDuplicate(String key, int line, int keyOffset) {
            Integer first = firstLine.putIfAbsent(key, line);
            if (first != null) {
                problems.add(new CatalogProblem(
                        Severity.ERROR,
                        file,
                        line,
                        lines.column(keyOffset),
                        "duplicate-key",
                        locale,
                        key,
                        "duplicate key: defined on line " + first + " and again on line " + line
                                + " (java.util.Properties keeps only the last)",
                        first));
            }
        }

        /**
         * Reads one logical line from {@code pos} character by character, as java.util.Properties does;
         * returns {@code false} at the end of the text.
         */
        private boolean logicalLine() {
            int n = s.length();
            StringBuilder logical = new StringBuilder();
            offsets.clear();
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
                    int line = lineAt(start);
                    used[line] = true;
                    comment(line, start);
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
                offsets.removeLast();
                skipWhitespace = true;
                appendedLineBegin = true;
                backslash = false;
                if (c == '\r' && pos < n && s.charAt(pos) == '\n') {
                    pos++;
                }
            }
            if (end < 0) {
                return false;
            }
            if (backslash) {
                logical.setLength(logical.length() - 1);
                offsets.removeLast();
            }
            int first = offsets.isEmpty() ? Math.max(0, end - 1) : offsets.get(0);
            int line = lines.line(first);
            for (int l = line; l <= lines.line(Math.max(first, end - 1)); l++) {
                used[l] = true;
            }
            property(logical, first, line, end);
            return true;
        }

        private boolean isBlank(int line) {
            int from = lines.start(line);
            int to = line < lines.count() ? lines.start(line + 1) : s.length();
            if (line == lines.count() && from >= s.length()) {
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

        private void property(StringBuilder logical, int keyStart, int line, int end) {
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
            valueStart = skipSeparator(logical, valueStart, limit, hasSep);
            IntList keyOffsets = new IntList(keyLen);
            String key = unescape(logical, 0, keyLen, keyOffsets, "");
            IntList valueOffsets = new IntList(limit - valueStart);
            String value = unescape(logical, valueStart, limit, valueOffsets, key);
            checkSurrogates(key, keyOffsets, key);
            checkSurrogates(value, valueOffsets, key);
            int valueOffset = valueStart < limit ? offsets.get(valueStart) : end;
            checkDuplicate(key, line, keyStart);
            elements.add(new PropertiesElement.Property(
                    lines, line, keyStart, key, value, valueOffset, valueOffsets.toArray(), end));
        }

        private String unescape(StringBuilder in, int from, int to, IntList out, String key) {
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
                            problems.add(new CatalogProblem(
                                    Severity.ERROR,
                                    file,
                                    lines.line(at),
                                    lines.column(at),
                                    "invalid-escape",
                                    locale,
                                    key,
                                    "malformed \\uXXXX escape: a \\u must be followed by four hex digits "
                                            + "(java.util.Properties refuses to load this file)",
                                    0));
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
                            problems.add(new CatalogProblem(
                                    Severity.ERROR,
                                    file,
                                    lines.line(at),
                                    lines.column(at),
                                    UNKNOWN_ESCAPE,
                                    locale,
                                    key,
                                    "unknown escape '\\" + e + "': it reads as '" + e
                                            + "'; write '\\\\' for a backslash",
                                    0));
                        }
                        append(sb, out, e, at);
                    }
                }
            }
            return sb.toString();
        }

        /**
         * Reports each surrogate escape ({@code \\uD800}–{@code \\uDFFF}) without its other half: it is not a
         * character, and JSON, YAML and CSV would each write it differently.
         */
        private void checkSurrogates(String text, IntList offsets, String key) {
            for (int i = Utf8Text.loneSurrogate(text, 0); i >= 0; i = Utf8Text.loneSurrogate(text, i + 1)) {
                char c = text.charAt(i);
                int at = offsets.get(i);
                problems.add(new CatalogProblem(
                        Severity.ERROR,
                        file,
                        lines.line(at),
                        lines.column(at),
                        "lone-surrogate",
                        locale,
                        key,
                        String.format(
                                "\\u%04X is half of a surrogate pair "
                                        + "without its other half, so it is no character; write the character itself "
                                        + "(or both halves, e.g. \\uD83E\\uDDB5)",
                                (int) c),
                        0));
            }
        }

        private static boolean isPlainEscape(char e) {
            return e == '\\' || e == ' ' || e == '=' || e == ':' || e == '#' || e == '!' || e == '"' || e == '\''
                    || e == '\t' || e == '\f';
        }

        private static void append(StringBuilder sb, IntList out, char c, int at) {
            sb.append(c);
            out.add(at);
        }
    }

    /** A growable list of ints: the parser keeps one source offset per character without boxing. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(capacity, 4)];
        }

        void clear() {
            size = 0;
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            Objects.checkIndex(index, size);
            return values[index];
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void removeLast() {
            if (size == 0) {
                throw new IllegalStateException("empty");
            }
            size--;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * Where a property's value starts: after the whitespace that follows its key and, when the key did not end
     * at one, the first {@code =} or {@code :} with the whitespace around it (as java.util.Properties reads it).
     */
    private static int skipSeparator(CharSequence text, int from, int end, boolean hasSeparator) {
        int i = from;
        boolean separator = hasSeparator;
        while (i < end) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f') {
                if (!separator && (c == '=' || c == ':')) {
                    separator = true;
                } else {
                    break;
                }
            }
            i++;
        }
        return i;
    }
}
