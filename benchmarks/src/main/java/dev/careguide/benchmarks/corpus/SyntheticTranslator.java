package dev.careguide.benchmarks.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes synthetic "translations" for generated catalogs: the source string run through an ICU transform that
 * gives it the target locale's script (Latin-Cyrillic for ru, Latin-Arabic for ar, letter swaps for Latin
 * scripts). Numbers, length and ICU placeholders ({@code {count}}) stay as they are, and a source that negates
 * (by the English negation words the catalog check reads) gets the locale's negation word, so the result behaves
 * like a translation in every check. The locales, their transforms and negation words come from
 * {@code locales.yaml}.
 */
public final class SyntheticTranslator {

    /**
     * A target locale, the ICU transform rules that fake its text, and a word its catalog check reads as a
     * negation ({@code null} for a language the check has no negation words for).
     */
    public record TargetLocale(String tag, String transform, String negation) {}

    /** The English negation words of the catalog check; {@code refrain*} and {@code *n't} match by prefix, suffix. */
    private static final List<String> ENGLISH_NEGATION = englishNegation();

    private final String tag;
    private final String negation;
    private final Transliterator transliterator;

    private SyntheticTranslator(TargetLocale locale) {
        this.tag = locale.tag();
        this.negation = locale.negation();
        this.transliterator = Transliterator.createFromRules(
                "careguide-synthetic-" + locale.tag(), locale.transform(), Transliterator.FORWARD);
    }

    /** The locales in {@code locales.yaml}, in order. */
    public static List<TargetLocale> locales() {
        try (InputStream in = SyntheticTranslator.class.getResourceAsStream("locales.yaml")) {
            if (in == null) {
                throw new IllegalStateException("locales.yaml resource is missing");
            }
            return new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<List<TargetLocale>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Translators for the first {@code count} locales of {@code locales.yaml}. */
    public static List<SyntheticTranslator> first(int count) {
        List<TargetLocale> all = locales();
        if (count < 0 || count > all.size()) {
            throw new IllegalArgumentException("locales must be between 0 and " + all.size() + ": " + count);
        }
        return all.subList(0, count).stream().map(SyntheticTranslator::new).toList();
    }

    /** BCP 47 tag of the target locale. */
    public String tag() {
        return tag;
    }

    /** The synthetic translation of a source string; text inside braces (ICU arguments) is kept. */
    public String translate(String source) {
        StringBuilder out = new StringBuilder(source.length() + 16);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                if (depth == 0) {
                    out.append(transliterator.transliterate(source.substring(start, i)));
                    start = i;
                }
                depth++;
            } else if (c == '}' && depth > 0 && --depth == 0) {
                out.append(source, start, i + 1);
                start = i + 1;
            }
        }
        String rest = source.substring(start);
        out.append(depth == 0 ? transliterator.transliterate(rest) : rest);
        if (negation != null && negates(source)) {
            out.append(' ').append(negation);
        }
        return out.toString();
    }

    /** Whether a word of the text is (or, for a phrase, opens) an English negation of the catalog check. */
    static boolean negates(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}']+")) {
            for (String n : ENGLISH_NEGATION) {
                boolean match = n.startsWith("*")
                        ? word.endsWith(n.substring(1))
                        : n.endsWith("*") ? word.startsWith(n.substring(0, n.length() - 1)) : word.equals(n);
                if (match && !word.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> englishNegation() {
        try (InputStream in =
                SyntheticTranslator.class.getResourceAsStream("/dev/careguide/i18n/safety-words/en.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the i18n module's safety-words/en.yaml resource is missing");
            }
            List<String> words = new ArrayList<>();
            new ObjectMapper(new YAMLFactory())
                    .readTree(in)
                    .path("negation")
                    .forEach(n -> words.add(n.asText().toLowerCase(Locale.ROOT).split(" ")[0]));
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
