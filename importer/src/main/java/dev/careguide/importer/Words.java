package dev.careguide.importer;

import com.ibm.icu.lang.UCharacter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Text split into case-folded word tokens (letters, digits, and the sign {@code %}), each with its character
 * range, in one linear pass. Apostrophes inside a word are kept ("doctor's").
 *
 * <p>The stages ask for the words of the same sentence many times over, so each thread remembers the words of the
 * sentence-sized texts it split last (a small direct-mapped table), and the word Strings it made last, so a word
 * that repeats is one String whose hash is computed once. A Words value is immutable apart from the
 * remembered {@link CueIndex.Scan} of its text, which any thread may recompute, so it is safe to share.
 */
final class Words {

    private static final int RECENT = 64;
    private static final int MAX_REMEMBERED_LENGTH = 2000;
    private static final ThreadLocal<Words[]> RECENT_WORDS = ThreadLocal.withInitial(() -> new Words[RECENT]);
    private static final int TOKENS = 4096;
    private static final ThreadLocal<String[]> RECENT_TOKENS = ThreadLocal.withInitial(() -> new String[TOKENS]);

    private final String source;
    private final String[] tokens;
    private final List<String> words;
    private final int[] starts;
    private final int[] ends;
    /** The cue hits of the index asked last; computed on demand, like a String's hash. */
    private CueIndex.Scan scan;

    private Words(String source, String[] tokens, int[] starts, int[] ends) {
        this.source = source;
        this.tokens = tokens;
        this.words = Collections.unmodifiableList(Arrays.asList(tokens));
        this.starts = starts;
        this.ends = ends;
    }

    static Words of(String text) {
        if (text.length() > MAX_REMEMBERED_LENGTH) {
            return split(text);
        }
        Words[] recent = RECENT_WORDS.get();
        int slot = slot(text);
        Words known = recent[slot];
        if (known != null && known.source.equals(text)) {
            return known;
        }
        Words split = split(text);
        recent[slot] = split;
        return split;
    }

    /** A cheap spread of sentence-sized texts over the table, without hashing every character. */
    private static int slot(String text) {
        int n = text.length();
        if (n == 0) {
            return 0;
        }
        int h = n * 0x9E3779B1 + text.charAt(0) * 961 + text.charAt(n >> 1) * 31 + text.charAt(n - 1);
        return (h ^ h >>> 16) & (RECENT - 1);
    }

    private static Words split(String text) {
        int n = text.length();
        String[] recentTokens = RECENT_TOKENS.get();
        String[] words = new String[8];
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '%' && !isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            String word;
            if (c == '%') {
                word = "%";
                i++;
            } else {
                boolean ascii = true;
                int hash = 0;
                while (i < n) {
                    char d = text.charAt(i);
                    if (!isLetterOrDigit(d)
                            && !((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
                        break;
                    }
                    ascii &= d < 128;
                    hash = 31 * hash + lowerAscii(d);
                    i++;
                }
                word = ascii
                        ? asciiToken(recentTokens, text, start, i, hash)
                        : UCharacter.foldCase(text.substring(start, i), true).replace('\u2019', '\'');
            }
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            words[count] = word;
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new Words(text, Arrays.copyOf(words, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * The ASCII word {@code text[start, end)} lower-cased, whose {@link String#hashCode} is {@code hash}: the
     * thread's last String for it when it has one (words repeat, so most tokens cost no new String), else new.
     */
    private static String asciiToken(String[] tokens, String text, int start, int end, int hash) {
        int slot = (hash ^ hash >>> 16) & (TOKENS - 1);
        String known = tokens[slot];
        if (known != null && known.length() == end - start && sameLowerAscii(text, start, known)) {
            return known;
        }
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            out[k - start] = lowerAscii(text.charAt(k));
        }
        String token = new String(out);
        tokens[slot] = token;
        return token;
    }

    private static boolean sameLowerAscii(String text, int start, String token) {
        for (int k = 0; k < token.length(); k++) {
            if (lowerAscii(text.charAt(start + k)) != token.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The hits of every set of {@code index} in these words. */
    CueIndex.Scan scan(CueIndex index) {
        CueIndex.Scan known = scan;
        if (known == null || !known.isOf(index)) {
            known = index.scan(this);
            scan = known;
        }
        return known;
    }

    int size() {
        return tokens.length;
    }

    String get(int i) {
        return tokens[i];
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
