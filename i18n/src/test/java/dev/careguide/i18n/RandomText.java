package dev.careguide.i18n;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/** Seeded generators for the property tests: a failing case names its seed, and every run is repeatable. */
public final class RandomText {

    private RandomText() {}

    /** Seeds 1..n. */
    public static LongStream seeds(int n) {
        return LongStream.rangeClosed(1, n);
    }

    /** Up to {@code maxLength} code points from all of Unicode (no lone surrogates). */
    public static String unicode(SplittableRandom random, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            int cp;
            do {
                cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
            } while (cp >= 0xD800 && cp <= 0xDFFF);
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** Up to {@code maxLength} characters drawn from {@code alphabet} (code points). */
    public static String from(SplittableRandom random, String alphabet, int maxLength) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            sb.appendCodePoint(cps[random.nextInt(cps.length)]);
        }
        return sb.toString();
    }
}
