package dev.careguide.importer;

/**
 * Stage 3a, normalize: cleans the typography of a block's source text in one linear pass, keeping the map back
 * to the source: line breaks, tabs and runs of spaces become one space, no space before closing punctuation
 * ("diuretics ." becomes "diuretics."), a space on both sides of a spaced dash ("Anemia– low" becomes
 * "Anemia – low"), a space before an opening parenthesis glued to a word, Markdown emphasis ("**", "__")
 * dropped, and a quote with no partner dropped.
 */
final class TypographyNormalizer {

    private TypographyNormalizer() {}

    static MappedText normalize(String source) {
        return normalize(source, 0);
    }

    /** Normalizes {@code source} from offset {@code from}; offsets in the result are offsets of {@code source}. */
    static MappedText normalize(String source, int from) {
        MappedText.Builder out = new MappedText.Builder(source.length() - from);
        int n = source.length();
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = from; i < n; i++) {
            char c = source.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < n && source.charAt(i + 1) == c) {
                while (i + 1 < n && source.charAt(i + 1) == c) {
                    i++;
                }
                continue;
            }
            if (isSpace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ', i);
                }
                continue;
            }
            if (isClosingPunctuation(c) && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.deleteCharAt(out.length() - 1);
            }
            if (isDash(c)
                    && out.length() > 0
                    && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                    && i + 1 < n
                    && isSpace(source.charAt(i + 1))) {
                out.append(' ', i);
            }
            if (c == '(' && out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))) {
                out.append(' ', i);
            }
            if (c == '"') {
                straight++;
            } else if (c == '\u201C' || c == '\u00AB') {
                open++;
            } else if (c == '\u201D' || c == '\u00BB') {
                close++;
            }
            out.append(c, i);
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return dropUnpairedQuotes(out.build(), straight, open, close);
    }

    /** Drops the quote with no partner, given the counts of straight, opening and closing quotes in the text. */
    private static MappedText dropUnpairedQuotes(MappedText text, int straight, int open, int close) {
        String s = text.text();
        if (straight % 2 == 1) {
            int last = s.lastIndexOf('"');
            text = removeAt(text, last);
        }
        if (open != close) {
            String t = text.text();
            int at = open > close ? lastOf(t, '\u201C', '\u00AB') : firstOf(t, '\u201D', '\u00BB');
            if (at >= 0) {
                text = removeAt(text, at);
            }
        }
        return text;
    }

    private static int lastOf(String s, char a, char b) {
        return Math.max(s.lastIndexOf(a), s.lastIndexOf(b));
    }

    private static int firstOf(String s, char a, char b) {
        int x = s.indexOf(a);
        int y = s.indexOf(b);
        return x < 0 ? y : (y < 0 ? x : Math.min(x, y));
    }

    private static MappedText removeAt(MappedText text, int index) {
        MappedText removed = text.replace(index, index + 1, "");
        String s = removed.text();
        if (index > 0 && index < s.length() && s.charAt(index - 1) == ' ' && s.charAt(index) == ' ') {
            removed = removed.replace(index, index + 1, "");
        }
        return removed;
    }

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\u00A0'
                || c == '\u2009'
                || c == '\u202F'
                || c == '\u2007'
                || c == '\u200B'
                || c == '\f';
    }

    private static boolean isClosingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }
}
