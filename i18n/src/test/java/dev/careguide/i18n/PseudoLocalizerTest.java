package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PseudoLocalizerTest {

    private final PseudoLocalizer accented = PseudoLocalizer.forTag("en-XA");
    private final PseudoLocalizer bidi = PseudoLocalizer.forTag("ar-XB");

    private static List<String> everySourceMessage() {
        List<String> all = new ArrayList<>();
        SourceStrings.ui().forEach(s -> all.add(s.text()));
        SourceStrings.of(TestGuides.guide()).forEach(s -> all.add(s.text()));
        all.add("It''s '{'literal'}' and {name} has {n, number, integer} of {count, plural, =0 {none} one {# item}"
                + " other {# items}} in {when, select, morning {the morning} other {the day}}");
        return all;
    }

    /** Argument names and types, and plural/select keywords, in order. */
    private static List<String> structure(String message) {
        MessagePattern mp = new MessagePattern(message);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            switch (p.getType()) {
                case ARG_NAME, ARG_TYPE, ARG_STYLE, ARG_SELECTOR -> parts.add(p.getType() + ":" + mp.getSubstring(p));
                case ARG_START, REPLACE_NUMBER -> parts.add(p.getType() + ":" + p.getArgType());
                default -> {}
            }
        }
        return parts;
    }

    @Test
    void everyGeneratedMessageParsesWithTheSameArgumentsAsItsSource() {
        for (String source : everySourceMessage()) {
            for (PseudoLocalizer pseudo : List.of(accented, bidi)) {
                String generated = pseudo.localize(source);
                assertThat(structure(generated)).as(generated).isEqualTo(structure(source));
            }
        }
    }

    @Test
    void accentedPseudoLocaleIsBracketedAccentedAndAboutAThirdLonger() {
        String text = "Stretch the calf gently and hold it";
        String pseudo = accented.localize(text);
        assertThat(pseudo).startsWith("[Šţŕéţçĥ ţĥé çáľƒ").endsWith("]");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) (text.length() * 1.35));
        assertThat(pseudo.chars().filter(c -> c >= 'a' && c <= 'z').count())
                .as("only the padding stays ASCII")
                .isLessThan(text.length() / 2);
    }

    @Test
    void pluralMessagesKeepWorkingInThePseudoLocales() {
        String source = "{count, plural, one {# time} other {# times}}";
        Map<String, Object> args = new TreeMap<>(Map.of("count", 3));
        assertThat(new MessageFormat(accented.localize(source), new ULocale("en-XA")).format(args))
                .isEqualTo("[3 ţíɱéš one]");
        assertThat(new MessageFormat(bidi.localize(source), new ULocale("ar-XB")).format(args))
                .isEqualTo("\u200F3\u202E times\u202C");
    }

    @Test
    void bidiPseudoLocaleForcesEveryTextRunRightToLeft() {
        assertThat(bidi.localize("Hello {name}!")).isEqualTo("\u200F\u202EHello \u202C{name}\u202E!\u202C");
    }
}
