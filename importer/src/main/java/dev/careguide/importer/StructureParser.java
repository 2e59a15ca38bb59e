package dev.careguide.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2, structure: splits a document into blocks (headings, lead-ins, paragraphs, bullet items, numbered
 * items, numbered paragraphs, figure captions) and marks where a new article begins (a paragraph opening with an
 * article-opening cue, or defining a one-word subject: "Cramps- this is ..."). Two or more blank lines before a block mark a soft section break, recorded as
 * {@link #softBreaks()}. Works line by line with no regular expressions, so a huge line costs linear time.
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
        Block previous = null;
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
            int[] marker = marker(line);
            StringBuilder source = null;
            i++;
            if (marker != null) {
                while (i < lines.size() && !lines.get(i).isBlank() && marker(lines.get(i)) == null
                        && startsWithSpace(lines.get(i))) {
                    source = (source == null ? new StringBuilder(line) : source).append('\n').append(lines.get(i));
                    i++;
                }
            } else {
                while (i < lines.size() && !lines.get(i).isBlank() && marker(lines.get(i)) == null) {
                    source = (source == null ? new StringBuilder(line) : source).append('\n').append(lines.get(i));
                    i++;
                }
            }
            String text = source == null ? line : source.toString();
            BlockKind kind;
            int contentStart = 0;
            int number = 0;
            if (marker != null) {
                contentStart = marker[1];
                number = marker[2];
                if (number == 0) {
                    kind = BlockKind.BULLET;
                } else {
                    boolean packed = (start > 0 && !lines.get(start - 1).isBlank() && marker(lines.get(start - 1)) != null)
                            || (i < lines.size() && !lines.get(i).isBlank() && marker(lines.get(i)) != null);
                    kind = startsWithSpace(line) || packed ? BlockKind.NUMBERED : BlockKind.NUMBERED_PARAGRAPH;
                }
            } else {
                kind = classifyUnmarked(text);
            }
            if (blankRun >= 2 && previous != null) {
                softBreaks.add(start + 1);
            }
            if (kind == BlockKind.PARAGRAPH && previous != null && previous.kind() != BlockKind.HEADING
                    && opensArticle(text)) {
                article++;
            }
            previous = new Block(kind, doc.name(), start + 1, i, text, contentStart, number, article);
            sink.accept(previous);
            blankRun = 0;
        }
    }

    private boolean opensArticle(String text) {
        int end = Math.min(text.length(), 400);
        String head = text.substring(0, end);
        if (rules.articleOpenings.matches(head)) {
            return true;
        }
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        for (String marker : rules.definitionMarkers) {
            int at = lower.indexOf(marker);
            if (at > 0 && lower.substring(0, at).strip().indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }

    private BlockKind classifyUnmarked(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
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
        if (words <= rules.maxHeadingWords && last != '.' && last != ';' && last != ',' && last != '…') {
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
        if (i == 0 || !rules.captionWords.contains(t.substring(0, i).toLowerCase(java.util.Locale.ROOT))) {
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
        String symbol = new String(Character.toChars(cp));
        if (rules.bullets.contains(symbol)) {
            int j = i + symbol.length();
            if (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t' || line.charAt(j) == '\u00A0')) {
                while (j < n && TypographyNormalizer.isSpace(line.charAt(j))) {
                    j++;
                }
                return j < n ? new int[] {i, j, 0} : null;
            }
            return null;
        }
        int j = i;
        while (j < n && j - i < 3 && Character.isDigit(line.charAt(j))) {
            j++;
        }
        if (j == i || j >= n || (line.charAt(j) != '.' && line.charAt(j) != ')')) {
            return null;
        }
        int k = j + 1;
        if (k >= n || line.charAt(k) != ' ') {
            return null;
        }
        while (k < n && line.charAt(k) == ' ') {
            k++;
        }
        if (k >= n) {
            return null;
        }
        return new int[] {i, k, Integer.parseInt(line.substring(i, j))};
    }
}
