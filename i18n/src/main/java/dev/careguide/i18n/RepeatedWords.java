package dev.careguide.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cheap test that rules out a word repeated right after itself before ICU's word iterator is run.
 *
 * <p>Two words with only whitespace between them are a suffix of one whitespace-separated chunk and a prefix
 * of the next one, each beginning and ending where a word can (never between two letters or digits), with
 * equal case folds. Words with nothing between them come only from scripts ICU splits by dictionary (Thai,
 * Lao, Khmer, Myanmar, Han, kana, ...), so a text with any character outside the blocks below U+0E00 and
 * U+1E00–U+2BFF is always left to ICU, and so is one with a character whose full case fold is not its simple
 * one (such as ß), which the character-by-character comparison here cannot follow.
 */
final class RepeatedWords {

    private static final int END = 0x2C00;
    /** Characters below {@link #END} that this test leaves to ICU. */
    private static final BitSet UNSUPPORTED = new BitSet(END);

    static {
        for (int c = 0; c < END; c++) {
            if ((c >= 0x0E00 && c < 0x1E00)
                    || Character.isSurrogate((char) c)
                    || !UCharacter.foldCase(String.valueOf((char) c), true)
                            .equals(String.valueOf((char) UCharacter.foldCase(c, true)))) {
                UNSUPPORTED.set(c);
            }
        }
    }

    private RepeatedWords() {}

    /** Words that ICU's word iterator finds repeated right after themselves (case-folded) → index of the repetition. */
    static Map<String, Integer> scan(String text, BreakIterator words) {
        Map<String, Integer> doubles = new LinkedHashMap<>();
        words.setText(text);
        String previous = null;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String token = text.substring(start, end);
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                String folded = UCharacter.foldCase(token, true);
                if (folded.equals(previous) && folded.codePoints().anyMatch(Character::isLetter)) {
                    doubles.putIfAbsent(folded, start);
                }
                previous = folded;
            } else if (!token.isBlank()) {
                previous = null;
            }
        }
        return doubles;
    }

    /** {@code false} only when ICU's word iterator cannot find a word repeated right after itself in the text. */
    static boolean possible(String text) {
        boolean whitespace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= END || UNSUPPORTED.get(c)) {
                return true;
            }
            whitespace |= Character.isWhitespace(c);
        }
        if (!whitespace) {
            return false;
        }
        int n = text.length();
        int chunkStart = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int before = chunkStart;
            int runStart = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int after = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (repeats(text, before, runStart, after, i)) {
                return true;
            }
            chunkStart = after;
        }
        return false;
    }

    /** Whether a word ending chunk {@code [b0, b1)} may fold to the same as a word starting chunk {@code [a0, a1)}. */
    private static boolean repeats(String s, int b0, int b1, int a0, int a1) {
        for (int p = b0; p < b1; p++) {
            int length = b1 - p;
            int q = a0 + length;
            if (q > a1) {
                continue;
            }
            if ((p == b0 || canBreak(s, p)) && (q == a1 || canBreak(s, q)) && sameFold(s, p, a0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Word boundaries never fall between two letters or digits (of the scripts this test handles). */
    private static boolean canBreak(String s, int at) {
        return !(Character.isLetterOrDigit(s.charAt(at - 1)) && Character.isLetterOrDigit(s.charAt(at)));
    }

    private static boolean sameFold(String s, int from1, int from2, int length) {
        for (int k = 0; k < length; k++) {
            char x = s.charAt(from1 + k);
            char y = s.charAt(from2 + k);
            if (x != y && UCharacter.foldCase(x, true) != UCharacter.foldCase(y, true)) {
                return false;
            }
        }
        return true;
    }
}
