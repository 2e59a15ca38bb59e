package dev.careguide.benchmarks.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Makes synthetic "translations" for generated catalogs: the source string run through an ICU transform that
 * gives it the target locale's script (Latin-Cyrillic for ru, Latin-Arabic for ar, letter swaps for Latin
 * scripts). Numbers, length and ICU placeholders ({@code {count}}) stay as they are, so the result behaves like
 * a translation in every check. The locales and their transforms come from {@code locales.yaml}.
 */
public final class SyntheticTranslator {

    /** A target locale and the ICU transform rules that fake its text. */
    public record TargetLocale(String tag, String transform) {
    }

    private final String tag;
    private final Transliterator transliterator;

    private SyntheticTranslator(TargetLocale locale) {
        this.tag = locale.tag();
        this.transliterator = Transliterator.createFromRules("careguide-synthetic-" + locale.tag(),
                locale.transform(), Transliterator.FORWARD);
    }

    /** The locales in {@code locales.yaml}, in order. */
    public static List<TargetLocale> locales() {
        try (InputStream in = SyntheticTranslator.class.getResourceAsStream("locales.yaml")) {
            if (in == null) {
                throw new IllegalStateException("locales.yaml resource is missing");
            }
            return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<List<TargetLocale>>() { });
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
        return out.toString();
    }
}
