package dev.careguide.importer;

import dev.careguide.model.Provenance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the id registry remembers of an item, all taken from its verbatim source spans so that changes to how
 * the importer cleans, titles or merges text do not change it: the spans (document and lines), a sample of its
 * words (the {@value #SAMPLE} words of four or more letters, or numbers, whose hash is smallest: a bottom-k
 * sketch, so two samples estimate how much two items' words overlap) and a fingerprint of the span texts
 * (order-independent, so a moved item keeps it).
 *
 * @param words  the sampled words, in hash order
 * @param hashes their hashes, in the same order
 * @param size   how many distinct words the item has (for "the larger part" of a split)
 */
record ItemTrace(List<IdRegistry.Span> spans, List<String> words, long[] hashes, String fingerprint, int size) {

    /** Words kept in the sample. */
    static final int SAMPLE = 16;

    ItemTrace {
        spans = List.copyOf(spans);
        words = List.copyOf(words);
    }

    /** A trace of the spans whose word sample is taken from {@code words}. */
    private static ItemTrace sampled(List<IdRegistry.Span> spans, Collection<String> words, String fingerprint,
            int size) {
        String[] all = words.toArray(String[]::new);
        long[] hashes = new long[all.length];
        Integer[] order = new Integer[all.length];
        for (int i = 0; i < all.length; i++) {
            hashes[i] = hash(all[i]);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> hashes[a] != hashes[b] ? Long.compare(hashes[a], hashes[b])
                : all[a].compareTo(all[b]));
        int k = Math.min(SAMPLE, all.length);
        List<String> sample = new ArrayList<>(k);
        long[] sampleHashes = new long[k];
        for (int i = 0; i < k; i++) {
            sample.add(all[order[i]]);
            sampleHashes[i] = hashes[order[i]];
        }
        return new ItemTrace(spans, sample, sampleHashes, fingerprint, size);
    }

    static ItemTrace of(List<Provenance> provenance) {
        List<IdRegistry.Span> spans = new ArrayList<>(provenance.size());
        Set<String> words = new LinkedHashSet<>();
        TreeSet<String> texts = new TreeSet<>();
        for (Provenance p : provenance) {
            spans.add(new IdRegistry.Span(p.document(), p.startLine(), p.endLine()));
            words(p.text(), words);
            texts.add(p.text());
        }
        return sampled(IdRegistry.Span.normalized(spans), words, fingerprint(texts), words.size());
    }

    /** A trace as the registry file stores it. */
    static ItemTrace of(IdRegistry.Entry entry) {
        return sampled(entry.spans(), entry.words(), entry.fingerprint(), entry.words().size());
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
            int c = i == a.length ? 1 : j == b.length ? -1 : a[i] != b[j] ? Long.compare(a[i], b[j])
                    : words.get(i).compareTo(other.words.get(j));
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
                    common += Math.max(0, Math.min(s.endLine(), t.endLine()) - Math.max(s.startLine(), t.startLine())
                            + 1);
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

    /** Adds the lower-cased words of four or more letters and the numbers of {@code text}. */
    static void words(String text, Set<String> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean digits = true;
            int letters = 0;
            while (i < n && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                digits &= Character.isDigit(c);
                letters++;
                i += Character.charCount(c);
            }
            if (digits || letters >= 4) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** FNV-1a over the UTF-16 units, mixed (MurmurHash3's finalizer): the same on every JVM. */
    static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The first 12 hex digits of the SHA-256 of the sorted span texts. */
    private static String fingerprint(Set<String> sortedTexts) {
        MessageDigest sha = SHA_256.get();
        for (String text : sortedTexts) {
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 6);
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
