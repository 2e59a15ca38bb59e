package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcuSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {hours, plural, one {# Stunde} other {# Stunden}                 | 0  | the plural {hours} is not closed: add '}'
            Nach {n} Tagen {count, select, a {x} other {y}                   | 15 | the select {count} is not closed: add '}'
            {count, plural, one {# Krampf other {# Krämpfe}}                 | 0  | the plural {count} is not closed: add '}'
            Um {time Uhr                                                     | 3  | the argument {time} is not closed: add '}'
            {count, plural, one # Krampf other {# Krämpfe}}                  | 16 | 'one' has no message in braces after it: write one {…}, or remove it
            {count, plural, one {a} other {b} two}                           | 34 | 'two' has no message in braces after it: write two {…}, or remove it
            Klammern {} hier                                                 | 10 | empty braces {}: put an argument name inside, or write '{}' to show the braces as text
            {count, plural, =x {a} other {b}}                                | 16 | '=x' is not a valid plural value: write =0, =1, … or a keyword
            {count, number, '#}                                              | 16 | an apostrophe starts quoted text that never ends: write '' for an apostrophe
            """)
    void syntaxErrorsAreExplainedInPlainWordsAtTheirColumn(String value, int index, String message) {
        IcuSyntax.Result result = IcuSyntax.parse(value);
        assertThat(result.problems()).first().satisfies(p -> {
            assertThat(p.message()).isEqualTo(message);
            assertThat(p.index()).isEqualTo(index);
            assertThat(p.message()).doesNotContain("pattern index", "fragment", "selector");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {count, plural, one {# Krampf} few {# Krämpfe}                   | 1
            {count, plural, one {# Krampf} few {# Krämpfe}}                  | 1
            {count, plural, one {# Krampf} few {# Krämpfe}, other            | 1
            """)
    void repairedMessageIsParsedSoLaterChecksStillRun(String value, int problems) {
        IcuSyntax.Result result = IcuSyntax.parse(value);
        assertThat(result.problems()).hasSizeGreaterThanOrEqualTo(problems);
        if (result.pattern() != null) {
            assertThat(result.pattern().countParts()).isGreaterThan(2);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {count, plural, one {# Krampf} few {# Krämpfe}                   | icu-syntax missing-other
            {count, plural, one {# Krampf} few {# Krämpfe}}                  | missing-other
            Text {a} mehr {b, plural, one {x} few {y}}                       | missing-other
            """)
    void unclosedPluralWithoutOtherGivesBothProblemsAtOnce(String value, String codes) {
        IcuSyntax.Result result = IcuSyntax.parse(value);
        assertThat(result.problems()).extracting(IcuSyntax.Problem::code).containsExactly(codes.split(" "));
        assertThat(result.pattern()).isNotNull();
        for (IcuSyntax.Problem p : result.problems()) {
            assertThat(p.index()).isBetween(0, value.length());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {count, plural, one {# Krampf} other {# Krämpfe}}
            It''s {n}
            '{'literal'}' {n}
            a } b
            """)
    void validMessagesHaveNoProblems(String value) {
        IcuSyntax.Result result = IcuSyntax.parse(value);
        assertThat(result.problems()).isEmpty();
        assertThat(result.pattern()).isNotNull();
    }
}
