package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyNormalizerTest {

    @Test
    void spaceBeforePunctuationIsRemoved() {
        assertThat(TypographyNormalizer.normalize("intake of diuretics .").text())
                .isEqualTo("intake of diuretics.");
        assertThat(TypographyNormalizer.normalize("flat feet , and more").text())
                .isEqualTo("flat feet, and more");
    }

    @Test
    void spacedDashGetsASpaceOnBothSides() {
        assertThat(TypographyNormalizer.normalize("Anemia\u2013 low level").text())
                .isEqualTo("Anemia \u2013 low level");
        assertThat(TypographyNormalizer.normalize("shoes- this is").text()).isEqualTo("shoes - this is");
        assertThat(TypographyNormalizer.normalize("10-15 times").text()).isEqualTo("10-15 times");
    }

    @Test
    void runsOfSpacesTabsAndLineBreaksBecomeOneSpace() {
        assertThat(TypographyNormalizer.normalize("  a \t\u00A0 b\nc  ").text()).isEqualTo("a b c");
    }

    @Test
    void parenthesisGluedToAWordIsSeparated() {
        assertThat(TypographyNormalizer.normalize("toxicosis(vomiting)").text()).isEqualTo("toxicosis (vomiting)");
    }

    @Test
    void unpairedQuoteIsDropped() {
        assertThat(TypographyNormalizer.normalize("work \"on the feet").text()).isEqualTo("work on the feet");
        assertThat(TypographyNormalizer.normalize("a \u201Cquoted\u201D word").text())
                .isEqualTo("a \u201Cquoted\u201D word");
    }

    @Test
    void cleanedSpansMapBackToTheVerbatimSource() {
        String source = "Anemia\u2013 low   level .";
        MappedText text = TypographyNormalizer.normalize(source);
        int from = text.text().indexOf("low");
        int[] range = text.sourceRange(from, text.length());
        assertThat(source.substring(range[0], range[1])).isEqualTo("low   level .");
    }

    @Test
    void normalizingFromAnOffsetKeepsSourceOffsets() {
        String source = "  \u2022 item text";
        MappedText text = TypographyNormalizer.normalize(source, 4);
        assertThat(text.text()).isEqualTo("item text");
        assertThat(text.origin(0)).isEqualTo(4);
    }
}
