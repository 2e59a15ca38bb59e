package dev.careguide.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 2, structure: splits a document into blocks (headings, lead-ins, paragraphs, bullet items, numbered
 * items, numbered paragraphs, table rows, figure captions, table-of-contents entries) and marks where a new
 * article begins. Knows the layouts pasted articles come in: bullets of any symbol the rules list ("•", "-", "*",
 * "✔", "❗", ...), "1." and "1)" numbering, Markdown "##" headings and "**bold**" heading lines, questions answered
 * by a line opening with a dash, tables pasted as text (cells split by '|' or tabs), and a table of contents
 * pasted before the text (entries that repeat later headings). Two or more blank lines before a block mark a soft
 * section break ({@link #softBreaks()}). Works line by line with no regular expressions, so a huge line costs
 * linear time.
 */
final class StructureParser {

    private final ImportRules rules;
    private final List<Integer> softBreaks = new ArrayList<>();

    StructureParser(ImportRules rules) {
        this.rules = rules;
    }

    /** Start lines of blocks preceded by two or more blank lines (sections whose heading was lost). */
    List<Integer> softBreaks() {
        return softBreaks;
    }

    /** Whether the block starting at {@code line} was preceded by two or more blank lines. */
    boolean isSoftBreak(int line) {
        return !softBreaks.isEmpty() && softBreaks.get(softBreaks.size() - 1) == line;
    }

    List<Block> parse(SourceDocument doc) {
        List<Block> blocks = new ArrayList<>();
        parse(doc, blocks::add);
        return blocks;
    }

    /** Streams the blocks of {@code doc} to {@code sink} in order, so a huge document is never held twice. */
    void parse(SourceDocument doc, java.util.function.Consumer<Block> sink) {
        List<String> lines = doc.lines();
        Map<String, Integer> headings = laterHeadings(lines);
        Block previous = null;
        boolean contents = true;
        int i = 0;
        int blankRun = 0;
        int article = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blankRun++;
                i++;
                continue;
            }
            int start = i;
            i++;
            BlockKind kind;
            int contentStart = 0;
            int number = 0;
            String text = line;
            int[] marker = marker(line);
            int heading = markdownHeading(line);
            if (isTableRow(line)
                    && (isTableRow(i < lines.size() ? lines.get(i) : "")
                            || previous != null
                                    && previous.kind() == BlockKind.TABLE_ROW
                                    && previous.endLine() == start)) {
                kind = isTableRule(line) ? BlockKind.CAPTION : BlockKind.TABLE_ROW;
            } else if (heading > 0) {
                kind = BlockKind.HEADING;
                contentStart = heading;
            } else if (marker != null) {
                StringBuilder source = null;
                while (i < lines.size()
                        && !lines.get(i).isBlank()
                        && marker(lines.get(i)) == null
                        && startsWithSpace(lines.get(i))) {
                    source = (source == null ? new StringBuilder(line) : source)
                            .append('\n')
                            .append(lines.get(i));
                    i++;
                }
                text = source == null ? line : source.toString();
                contentStart = marker[1];
                number = marker[2];
                if (number == 0) {
                    kind = isAnswer(previous, line, marker) ? BlockKind.PARAGRAPH : BlockKind.BULLET;
                } else {
                    boolean packed =
                            start > 0 && !lines.get(start - 1).isBlank() && marker(lines.get(start - 1)) != null
                                    || i < lines.size() && !lines.get(i).isBlank() && marker(lines.get(i)) != null;
                    kind = startsWithSpace(line) || packed ? BlockKind.NUMBERED : BlockKind.NUMBERED_PARAGRAPH;
                }
            } else {
                StringBuilder source = null;
                while (i < lines.size()
                        && !headsText(line, lines.get(i))
                        && !lines.get(i).isBlank()
                        && marker(lines.get(i)) == null
                        && markdownHeading(lines.get(i)) == 0
                        && !isTableRow(lines.get(i))) {
                    source = (source == null ? new StringBuilder(line) : source)
                            .append('\n')
                            .append(lines.get(i));
                    i++;
                }
                text = source == null ? line : source.toString();
                kind = classifyUnmarked(text);
            }
            if (contents
                    && kind != BlockKind.PARAGRAPH
                    && kind != BlockKind.TABLE_ROW
                    && isContentsEntry(text.substring(contentStart), start, headings)) {
                kind = BlockKind.CONTENTS;
            } else if (kind == BlockKind.PARAGRAPH) {
                contents = false;
            }
            if (blankRun >= 2 && previous != null) {
                softBreaks.add(start + 1);
            }
            if (kind == BlockKind.PARAGRAPH
                    && previous != null
                    && previous.kind() != BlockKind.HEADING
                    && opensArticle(text)) {
                article++;
            }
            previous = new Block(kind, doc.name(), start + 1, i, text, contentStart, number, article);
            sink.accept(previous);
            blankRun = 0;
        }
    }

    /** The text of every line of a document that stands as a heading (Markdown or a short bare line). */
    List<String> headingTexts(SourceDocument doc) {
        List<String> out = new ArrayList<>();
        for (String line : doc.lines()) {
            if (line.isBlank() || line.length() > 200 || marker(line) != null) {
                continue;
            }
            int heading = markdownHeading(line);
            String t = (heading > 0 ? line.substring(heading) : line).strip();
            if (heading > 0 || classifyUnmarked(t) == BlockKind.HEADING) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The short lines of a document that could be headings, by their folded text, each with the last line it
     * stands on: an entry of a table of contents is a line that repeats one of these further down.
     */
    private Map<String, Integer> laterHeadings(List<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.length() > 200) {
                continue;
            }
            int heading = markdownHeading(line);
            String t = (heading > 0 ? line.substring(heading) : line).strip();
            if (heading > 0 || classifyUnmarked(t) == BlockKind.HEADING) {
                out.put(fold(t), i);
            }
        }
        return out;
    }

    /** A line before the text that names a heading standing at least two lines further down. */
    private static boolean isContentsEntry(String text, int line, Map<String, Integer> headings) {
        Integer at = headings.get(fold(stripNumbering(text.strip())));
        return at != null && at > line + 1;
    }

    private static String stripNumbering(String t) {
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ')')) {
            i++;
        }
        return t.substring(i).strip();
    }

    /** Letters and digits only, lower-cased: how a contents entry and its heading are compared. */
    private static String fold(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** A dash-marked line right after a question line answers it: a paragraph, not a list item. */
    private static boolean isAnswer(Block previous, String line, int[] marker) {
        if (previous == null || !previous.source().strip().endsWith("?")) {
            return false;
        }
        char c = line.charAt(marker[0]);
        return c == '\u2014' || c == '\u2013' || c == '-';
    }

    /** Offset of a Markdown heading's text ("## Causes" gives 3), or 0 when the line is none. */
    private static int markdownHeading(String line) {
        int i = 0;
        while (i < line.length() && i < 6 && line.charAt(i) == '#') {
            i++;
        }
        if (i == 0 || i >= line.length() || line.charAt(i) != ' ') {
            return 0;
        }
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? i : 0;
    }

    /** A line of a table pasted as text: at least two cells split by '|' or by tabs. */
    private static boolean isTableRow(String line) {
        int pipes = 0;
        int tabs = 0;
        String t = line.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|') {
                pipes++;
            } else if (c == '\t') {
                tabs++;
            }
        }
        return pipes >= (t.startsWith("|") ? 2 : 1) || tabs >= 1;
    }

    /** A Markdown table's rule line ("|---|:---|"). */
    private static boolean isTableRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean opensArticle(String text) {
        int end = Math.min(text.length(), 400);
        String head = text.substring(0, end);
        if (rules.articleOpenings.matches(head)) {
            return true;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        for (String marker : rules.definitionMarkers) {
            int at = lower.indexOf(marker);
            if (at > 0 && lower.substring(0, at).strip().indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is a heading of the text on the very next line, with no blank line between them ("Breathing
     * exercise" over "Let the child blow ..."): the line reads as a heading, and the next one opens with a capital
     * and is a sentence, not another short line.
     */
    private boolean headsText(String line, String next) {
        String n = next.strip();
        if (n.isEmpty()
                || !Character.isUpperCase(n.charAt(0))
                || classifyUnmarked(line) != BlockKind.HEADING
                || line.strip().startsWith("**")) {
            return false;
        }
        char last = n.charAt(n.length() - 1);
        return last == '.'
                || last == '!'
                || last == '?'
                || countWords(n, rules.maxHeadingWords + 1) > rules.maxHeadingWords;
    }

    private BlockKind classifyUnmarked(String text) {
        String t = text.strip();
        if (t.startsWith("**") && t.endsWith("**") && t.length() > 4 && t.indexOf("**", 2) == t.length() - 2) {
            return BlockKind.HEADING;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : rules.titlePrefixes) {
            if (lower.startsWith(prefix)) {
                return BlockKind.HEADING;
            }
        }
        if (isCaption(t)) {
            return BlockKind.CAPTION;
        }
        int words = countWords(t, rules.maxHeadingWords + 1);
        char last = t.charAt(t.length() - 1);
        if (last == ':') {
            return BlockKind.LEAD_IN;
        }
        if (words <= rules.maxHeadingWords && last != '.' && last != ';' && last != ',' && last != '\u2026') {
            return BlockKind.HEADING;
        }
        if (last == '?' && isSingleSentence(t)) {
            return BlockKind.HEADING;
        }
        return BlockKind.PARAGRAPH;
    }

    private boolean isCaption(String t) {
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        if (i == 0 || !rules.captionWords.contains(t.substring(0, i).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
        }
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i < t.length() && Character.isDigit(t.charAt(i));
    }

    private static boolean isSingleSentence(String t) {
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static int countWords(String t, int cap) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < t.length() && words < cap; i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    private static boolean startsWithSpace(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }

    /** {start of marker, start of content, number (0 for a bullet)} or null when the line has no list marker. */
    private int[] marker(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u00A0')) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        int cp = line.codePointAt(i);
        int j = i + Character.charCount(cp);
        while (j < n && isVariationSelector(line.charAt(j))) {
            j++;
        }
        String symbol = line.substring(i, i + Character.charCount(cp));
        if (rules.bullets.contains(symbol)) {
            if (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t' || line.charAt(j) == '\u00A0')) {
                while (j < n && TypographyNormalizer.isSpace(line.charAt(j))) {
                    j++;
                }
                return j < n ? new int[] {i, j, 0} : null;
            }
            return null;
        }
        int k = i;
        while (k < n && k - i < 3 && Character.isDigit(line.charAt(k))) {
            k++;
        }
        if (k == i || k >= n || (line.charAt(k) != '.' && line.charAt(k) != ')')) {
            return null;
        }
        int c = k + 1;
        if (c >= n || line.charAt(c) != ' ') {
            return null;
        }
        while (c < n && line.charAt(c) == ' ') {
            c++;
        }
        if (c >= n) {
            return null;
        }
        return new int[] {i, c, Integer.parseInt(line.substring(i, k))};
    }

    private static boolean isVariationSelector(char c) {
        return c == '\uFE0F' || c == '\uFE0E';
    }
}
