package dev.careguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits cleaned text into sentences in one pass: a sentence ends at '.', '!', '?' or '…' (with closing quotes
 * or brackets) followed by a space and an upper-case letter, a digit or an opening quote, unless the word before
 * the stop is a known abbreviation. Ranges are {@code [start, end)} offsets, trimmed.
 */
final class SentenceSplitter {

    private final Set<String> abbreviations;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int end = i + 1;
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            if (end >= n) {
                break;
            }
            if (text.charAt(end) != ' ') {
                continue;
            }
            int next = end;
            while (next < n && text.charAt(next) == ' ') {
                next++;
            }
            if (next >= n) {
                break;
            }
            char nc = text.charAt(next);
            boolean opens = Character.isUpperCase(nc) || Character.isDigit(nc) || nc == '"' || nc == '\u201C'
                    || nc == '\u00AB' || nc == '(' || Character.isTitleCase(nc)
                    || (!Character.isLowerCase(nc) && Character.isLetter(nc));
            if (!opens || (c == '.' && isAbbreviation(text, i))) {
                continue;
            }
            add(out, text, start, end);
            start = next;
            i = next - 1;
        }
        add(out, text, start, n);
        return out;
    }

    private boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        return abbreviations.contains(text.substring(s, dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u00BB' || c == ')' || c == '\'' || c == '\u2019';
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}
