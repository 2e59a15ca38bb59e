package dev.careguide.importer;

import dev.careguide.model.Provenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the id registry remembers of an item, all taken from its verbatim source spans so that changes to how
 * the importer cleans, titles or merges text do not change it: the spans (document and lines), a sample of its
 * words (the {@value #SAMPLE} distinct words of four or more letters, or numbers, lower-cased, whose hash is
 * smallest: a bottom-k sketch, so two samples estimate how much two items' words overlap) and a fingerprint of
 * the span texts (order-independent, so a moved item keeps it). Computed without copying the text: only the
 * sampled words become strings.
 *
 * @param words  the sampled words, in hash order
 * @param hashes their hashes, in the same order
 * @param size   how many words the item has (for "the larger part" of a split)
 */
record ItemTrace(List<IdRegistry.Span> spans, List<String> words, long[] hashes, String fingerprint, int size) {

    /** Words kept in the sample. */
    static final int SAMPLE = 12;

    ItemTrace {
        spans = List.copyOf(spans);
        words = List.copyOf(words);
    }

    static ItemTrace of(List<Provenance> provenance) {
        List<IdRegistry.Span> spans = new ArrayList<>(provenance.size());
        Sample sample = new Sample();
        long[] textHashes = new long[provenance.size()];
        for (int t = 0; t < provenance.size(); t++) {
            Provenance p = provenance.get(t);
            spans.add(new IdRegistry.Span(p.document(), p.startLine(), p.endLine()));
            sample.scan(p.text());
            textHashes[t] = hash(p.text());
        }
        return new ItemTrace(
                IdRegistry.Span.normalized(spans),
                sample.words(),
                sample.hashes(),
                fingerprint(textHashes),
                sample.seen);
    }

    /** A trace as the registry file stores it. */
    static ItemTrace of(IdRegistry.Entry entry) {
        Sample sample = new Sample();
        for (String word : entry.words()) {
            sample.offer(hash(word), word, 0, word.length());
        }
        return new ItemTrace(
                entry.spans(),
                sample.words(),
                sample.hashes(),
                entry.fingerprint(),
                entry.words().size());
    }

    /**
     * How alike two items' words are: the share of the smallest {@value #SAMPLE} hashes of both samples together
     * that lie in both (the bottom-k estimate of the Jaccard index; exact when both items have few words).
     */
    double similarity(ItemTrace other) {
        long[] a = hashes;
        long[] b = other.hashes;
        int i = 0;
        int j = 0;
        int union = 0;
        int common = 0;
        while (union < SAMPLE && (i < a.length || j < b.length)) {
            int c = i == a.length ? 1 : j == b.length ? -1 : order(a[i], words.get(i), b[j], other.words.get(j));
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
            union++;
        }
        return union == 0 ? 0 : (double) common / union;
    }

    /** Lines both traces cover, over the larger of their line counts; 0 when they share none. */
    double overlap(ItemTrace other) {
        int common = 0;
        for (IdRegistry.Span s : spans) {
            for (IdRegistry.Span t : other.spans) {
                if (s.document().equals(t.document())) {
                    common += Math.max(
                            0, Math.min(s.endLine(), t.endLine()) - Math.max(s.startLine(), t.startLine()) + 1);
                }
            }
        }
        return common == 0 ? 0 : (double) common / Math.max(lines(), other.lines());
    }

    int lines() {
        int n = 0;
        for (IdRegistry.Span s : spans) {
            n += s.endLine() - s.startLine() + 1;
        }
        return n;
    }

    /** Hash order, then the words' order for the (astronomically rare) equal hashes. */
    private static int order(long h1, String w1, long h2, String w2) {
        return h1 != h2 ? Long.compare(h1, h2) : w1.compareTo(w2);
    }

    /** FNV-1a over the UTF-16 units, mixed (MurmurHash3's finalizer): the same on every JVM. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }

    /** 12 hex digits of the sum of the distinct span texts' hashes, so the order of the spans does not count. */
    private static String fingerprint(long[] textHashes) {
        long[] sorted = textHashes.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sum += sorted[i];
            }
        }
        String hex = Long.toHexString(mix(sum) & 0xFFFF_FFFF_FFFFL);
        return "0".repeat(12 - hex.length()) + hex;
    }

    /**
     * The smallest-hash distinct words seen so far, kept sorted by hash as places in their texts; only the words
     * finally kept become strings.
     */
    private static final class Sample {
        final long[] hashes = new long[SAMPLE];
        final String[] texts = new String[SAMPLE];
        final int[] starts = new int[SAMPLE];
        final int[] ends = new int[SAMPLE];
        int size;
        /** Words seen, repeats included. */
        int seen;

        /** Offers each lower-cased word of four or more letters, and each number, of {@code text}. */
        void scan(String text) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                int c = text.charAt(i);
                if (c < 128 ? !isAsciiLetterOrDigit(c) : !Character.isLetterOrDigit(c = text.codePointAt(i))) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                boolean digits = true;
                int letters = 0;
                long h = 0xcbf29ce484222325L;
                while (i < n) {
                    c = text.charAt(i);
                    if (c < 128) {
                        if (!isAsciiLetterOrDigit(c)) {
                            break;
                        }
                        digits &= c <= '9';
                        h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 0x100000001b3L;
                        i++;
                    } else {
                        c = text.codePointAt(i);
                        if (!Character.isLetterOrDigit(c)) {
                            break;
                        }
                        digits &= Character.isDigit(c);
                        int lower = Character.toLowerCase(c);
                        if (Character.isBmpCodePoint(lower)) {
                            h = (h ^ lower) * 0x100000001b3L;
                        } else {
                            h = (h ^ Character.highSurrogate(lower)) * 0x100000001b3L;
                            h = (h ^ Character.lowSurrogate(lower)) * 0x100000001b3L;
                        }
                        i += Character.charCount(c);
                    }
                    letters++;
                }
                if (digits || letters >= 4) {
                    seen++;
                    offer(mix(h), text, start, i);
                }
            }
        }

        private static boolean isAsciiLetterOrDigit(int c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }

        /** Keeps the word {@code text[start, end)} (lower-cased) if its hash is among the smallest. */
        void offer(long h, String text, int start, int end) {
            if (size == SAMPLE && h > hashes[SAMPLE - 1]) {
                return;
            }
            int at = size;
            while (at > 0 && hashes[at - 1] >= h) {
                if (hashes[at - 1] == h) {
                    int c = word(at - 1).compareTo(lower(text, start, end));
                    if (c == 0) {
                        return;
                    }
                    if (c < 0) {
                        break;
                    }
                }
                at--;
            }
            if (at == SAMPLE) {
                return;
            }
            int moved = Math.min(size, SAMPLE - 1) - at;
            System.arraycopy(hashes, at, hashes, at + 1, moved);
            System.arraycopy(texts, at, texts, at + 1, moved);
            System.arraycopy(starts, at, starts, at + 1, moved);
            System.arraycopy(ends, at, ends, at + 1, moved);
            hashes[at] = h;
            texts[at] = text;
            starts[at] = start;
            ends[at] = end;
            size = Math.min(size + 1, SAMPLE);
        }

        private String word(int k) {
            return lower(texts[k], starts[k], ends[k]);
        }

        List<String> words() {
            String[] words = new String[size];
            for (int k = 0; k < size; k++) {
                words[k] = word(k);
            }
            return Arrays.asList(words);
        }

        long[] hashes() {
            return Arrays.copyOf(hashes, size);
        }

        /** {@code text[start, end)} lower-cased code point by code point, as the hash saw it. */
        private static String lower(String text, int start, int end) {
            boolean ascii = true;
            for (int i = start; i < end && ascii; i++) {
                ascii = text.charAt(i) < 128;
            }
            if (ascii) {
                return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            }
            StringBuilder sb = new StringBuilder(end - start);
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                sb.appendCodePoint(Character.toLowerCase(c));
                i += Character.charCount(c);
            }
            return sb.toString();
        }
    }
}
