package dev.careguide.importer;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;

/**
 * Text split into case-folded word tokens (letters, digits, and the sign {@code %}), each with its character
 * range, in one linear pass. Apostrophes inside a word are kept ("doctor's").
 *
 * <p>The stages ask for the words of the same sentence many times over, so each thread remembers the words of the
 * sentence-sized texts it split last (a small direct-mapped table; a Words value is immutable and safe to share).
 */
final class Words {

    private static final int RECENT = 64;
    private static final int MAX_REMEMBERED_LENGTH = 2000;
    private static final ThreadLocal<Words[]> RECENT_WORDS = ThreadLocal.withInitial(() -> new Words[RECENT]);

    private final String source;
    private final List<String> words;
    private final int[] starts;
    private final int[] ends;

    private Words(String source, List<String> words, int[] starts, int[] ends) {
        this.source = source;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    static Words of(String text) {
        if (text.length() > MAX_REMEMBERED_LENGTH) {
            return split(text);
        }
        Words[] recent = RECENT_WORDS.get();
        int slot = text.hashCode() & (RECENT - 1);
        Words known = recent[slot];
        if (known != null && known.source.equals(text)) {
            return known;
        }
        Words split = split(text);
        recent[slot] = split;
        return split;
    }

    private static Words split(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '%') {
                words.add("%");
                ranges.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || ((text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && i + 1 < n
                            && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            words.add(fold(text, start, i));
            ranges.add(new int[] {start, i});
        }
        int[] s = new int[ranges.size()];
        int[] e = new int[ranges.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = ranges.get(k)[0];
            e[k] = ranges.get(k)[1];
        }
        return new Words(text, List.copyOf(words), s, e);
    }

    /** ICU case folding, with a fast path for plain ASCII words. */
    private static String fold(String text, int start, int end) {
        boolean ascii = true;
        boolean lower = true;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                ascii = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                lower = false;
            }
        }
        if (ascii) {
            if (lower) {
                return text.substring(start, end);
            }
            char[] out = new char[end - start];
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                out[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return new String(out);
        }
        return UCharacter.foldCase(text.substring(start, end), true).replace('\u2019', '\'');
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return words.get(i);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    List<String> list() {
        return words;
    }

    /** Case-folded words of a short phrase. */
    static List<String> fold(String phrase) {
        return of(phrase).list();
    }
}
