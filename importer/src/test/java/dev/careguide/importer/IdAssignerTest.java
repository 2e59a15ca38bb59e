package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemIds;
import dev.careguide.model.ItemType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdAssignerTest {

    private final IdAssigner ids = new IdAssigner(ImportRules.defaults());

    private static Draft draft(ItemType type, String title, int line) {
        return new Draft(type, SectionType.NONE, title, 0, line);
    }

    @Test
    void slugComesFromTheTitleWithoutStopWords() {
        assertThat(ids.slug("Sleep on the left side")).isEqualTo("sleep-left-side");
        assertThat(ids.slug("Vitamin B6 (pyridoxine) deficiency")).isEqualTo("vitamin-b6-pyridoxine-deficiency");
    }

    @Test
    void slugKeepsNegationsSoAnIdNeverReadsAsTheOpposite() {
        assertThat(ids.slug("Do not wear uncomfortable, tight shoes")).isEqualTo("not-wear-uncomfortable-tight-shoes");
        assertThat(ids.slug("No coffee at night")).isEqualTo("no-coffee-night");
    }

    @Test
    void nonLatinTitlesAreTransliterated() {
        assertThat(ids.slug("\u0421\u0443\u0434\u043E\u0440\u043E\u0433\u0438 \u043D\u043E\u0433"))
                .isEqualTo("sudorogi-nog");
        assertThat(ids.slug("Cr\u00E8me \u00E0 l'ar\u00F4me")).isEqualTo("creme-larome");
    }

    @Test
    void idsAreNamespacedAndValid() {
        Draft d = draft(ItemType.CAUSE, "Flat feet", 1);
        ids.assign(new ArrayList<>(List.of(d)));
        assertThat(d.id).isEqualTo("cause.flat-feet");
        assertThat(ItemIds.isValid(d.id, ItemType.CAUSE)).isTrue();
    }

    @Test
    void collisionsAreNumberedInSourceOrder() {
        Draft later = draft(ItemType.REMEDY, "Warm bath", 30);
        Draft earlier = draft(ItemType.REMEDY, "Warm bath!", 10);
        ids.assign(new ArrayList<>(List.of(later, earlier)));
        assertThat(earlier.id).isEqualTo("remedy.warm-bath");
        assertThat(later.id).isEqualTo("remedy.warm-bath-2");
    }

    @Test
    void rewordingOneItemLeavesOtherIdsAlone() {
        Draft a = draft(ItemType.REMEDY, "Sleep on the left side", 1);
        Draft b = draft(ItemType.REMEDY, "Take a warm shower", 2);
        ids.assign(new ArrayList<>(List.of(a, b)));
        Draft a2 = draft(ItemType.REMEDY, "Sleep only on your left side", 1);
        Draft b2 = draft(ItemType.REMEDY, "Take a warm shower", 2);
        ids.assign(new ArrayList<>(List.of(a2, b2)));
        assertThat(b2.id).isEqualTo(b.id);
    }

    @Test
    void emptySlugFallsBack() {
        assertThat(ids.slug("!!!")).isEqualTo("item");
    }

    @Test
    void asciiTextTransliteratesAsTheIcuTransformDoes() {
        com.ibm.icu.text.Transliterator icu =
                com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[1 + random.nextInt(30)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) random.nextInt(128);
            }
            String text = new String(chars);
            assertThat(IdAssigner.toAscii(text)).isEqualTo(icu.transliterate(text));
        }
        assertThat(IdAssigner.toAscii("Массаж икр")).isEqualTo(icu.transliterate("Массаж икр"));
    }
}
