package dev.careguide.i18n;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * BCP 47 locale tags as careguide uses them: validated with ICU, CLDR fallback chains (es-MX → es-419 → es),
 * writing direction, and the {@code _} spelling used in catalog file names.
 */
public final class Locales {

    /** Accented, lengthened pseudo-locale for spotting untranslated and truncated text. */
    public static final String PSEUDO_ACCENTED = "en-XA";
    /** Right-to-left pseudo-locale for spotting mirroring problems. */
    public static final String PSEUDO_BIDI = "ar-XB";

    private static final Set<String> LANGUAGES = new TreeSet<>(Arrays.asList(ULocale.getISOLanguages()));

    private Locales() {}

    /**
     * Parses a BCP 47 tag; throws a {@link DiagnosticException} naming the tag when it is malformed or its
     * language is unknown to ICU.
     */
    public static ULocale parse(String tag) {
        String problem = problem(tag);
        if (problem != null) {
            throw new DiagnosticException(Diagnostic.error("", 0, 0, "invalid-locale", problem));
        }
        return new ULocale.Builder().setLanguageTag(tag).build();
    }

    /** Why a tag is unusable, or {@code null} when it is a valid tag of a known language. */
    public static String problem(String tag) {
        if (tag == null || tag.isBlank()) {
            return "empty locale tag";
        }
        ULocale locale;
        try {
            locale = new ULocale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return "malformed locale tag '" + tag + "' (BCP 47 uses '-', e.g. pt-BR): " + e.getMessage();
        }
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("und") || !LANGUAGES.contains(language)) {
            return "unknown language '" + language + "' in locale tag '" + tag + "'";
        }
        return null;
    }

    /** The canonical spelling of a valid tag, e.g. {@code pt-br} → {@code pt-BR}. */
    public static String canonical(String tag) {
        return parse(tag).toLanguageTag();
    }

    /** The tag as used in file names: {@code pt-BR} → {@code pt_BR}. */
    public static String fileSuffix(String tag) {
        return canonical(tag).replace('-', '_');
    }

    /** True for the generated pseudo-locales en-XA and ar-XB. */
    public static boolean isPseudo(String tag) {
        String c = tag.toLowerCase(Locale.ROOT);
        return c.equals("en-xa") || c.equals("ar-xb");
    }

    /**
     * The locales tried after {@code tag}, from CLDR parent locales, ending with the source locale: es-MX gives
     * {@code [es-419, es, en]}, pt-AO gives {@code [pt-PT, pt, en]}, pt-PT never includes pt-BR.
     */
    public static List<String> fallbackChain(String tag, String sourceTag) {
        ULocale locale = parse(tag);
        String source = canonical(sourceTag);
        List<String> chain = new ArrayList<>();
        String self = locale.toLanguageTag();
        if (self.equals(source)) {
            return chain;
        }
        if (isPseudo(self)) {
            chain.add(source);
            return chain;
        }
        UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_BASE_NAME, locale);
        ULocale actual = ((ICUResourceBundle) bundle).getULocale();
        List<ULocale> parents = new ArrayList<>();
        if (!sameLocale(actual, locale)) {
            // ICU has no data for the exact tag: its nearest data locale is the first parent.
            parents.add(actual);
        }
        for (UResourceBundle p = ((ICUResourceBundle) bundle).getParent();
                p != null;
                p = ((ICUResourceBundle) p).getParent()) {
            parents.add(((ICUResourceBundle) p).getULocale());
        }
        for (ULocale parent : parents) {
            if (parent.getLanguage().isEmpty()) {
                break;
            }
            String parentTag = parent.toLanguageTag();
            if (parentTag.equals(source)) {
                break;
            }
            if (!parentTag.equals(self) && !chain.contains(parentTag)) {
                chain.add(parentTag);
            }
        }
        chain.add(source);
        return List.copyOf(chain);
    }

    private static boolean sameLocale(ULocale a, ULocale b) {
        return ULocale.addLikelySubtags(a).equals(ULocale.addLikelySubtags(b));
    }

    /** Writing direction from the locale's likely script; ar, he, fa (and ar-XB) are right-to-left. */
    public static TextDirection direction(String tag) {
        return parse(tag).isRightToLeft() ? TextDirection.RTL : TextDirection.LTR;
    }

    /** The likely script of a locale as an ISO 15924 code, e.g. {@code Cyrl} for ru. */
    public static String script(String tag) {
        return ULocale.addLikelySubtags(parse(tag)).getScript();
    }
}
