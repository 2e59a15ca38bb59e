package dev.careguide.i18n;

import com.ibm.icu.lang.UCharacter;

/**
 * A cheap test that rules out a word repeated right after itself before ICU's word iterator is run.
 *
 * <p>Two words with only whitespace between them end and start whitespace-separated chunks, so their case
 * folds are a suffix of one chunk's fold and a prefix of the next one's. Words with nothing between them come
 * only from scripts ICU splits by dictionary (Thai, Lao, Khmer, Myanmar, Han, kana, ...); a text with any
 * character outside the blocks below U+0E00 and U+1E00–U+2BFF (or any surrogate) is always left to ICU.
 */
final class RepeatedWords {

    private RepeatedWords() {
    }

    /** {@code false} only when the word iterator cannot find a word repeated after whitespace in the text. */
    static boolean possible(String text) {
        boolean ascii = true;
        boolean whitespace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                if (c >= 0x0E00 && (c < 0x1E00 || c >= 0x2C00)) {
                    return true;
                }
            }
            whitespace |= Character.isWhitespace(c);
        }
        if (!whitespace) {
            return false;
        }
        String folded = ascii ? text : UCharacter.foldCase(text, true);
        int n = folded.length();
        int chunkStart = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isWhitespace(folded.charAt(i))) {
                i++;
                continue;
            }
            int before = chunkStart;
            int runStart = i;
            while (i < n && Character.isWhitespace(folded.charAt(i))) {
                i++;
            }
            int after = i;
            while (i < n && !Character.isWhitespace(folded.charAt(i))) {
                i++;
            }
            if (overlap(folded, before, runStart, after, i, ascii)) {
                return true;
            }
            chunkStart = after;
        }
        return false;
    }

    /** Whether a non-empty suffix of {@code [b0, b1)} equals a prefix of {@code [a0, a1)}. */
    private static boolean overlap(String s, int b0, int b1, int a0, int a1, boolean ignoreCase) {
        int max = Math.min(b1 - b0, a1 - a0);
        for (int length = 1; length <= max; length++) {
            if (s.regionMatches(ignoreCase, b1 - length, s, a0, length)) {
                return true;
            }
        }
        return false;
    }
}
