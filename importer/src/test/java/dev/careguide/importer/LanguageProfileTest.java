package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import dev.careguide.model.YamlDocument;
import org.junit.jupiter.api.Test;

class LanguageProfileTest {

    @Test
    void englishIsChosenByAnyEnglishSourceLocale() {
        assertThat(LanguageProfile.forLocale("en-GB")).isSameAs(LanguageProfile.forLocale("en"));
        assertThat(LanguageProfile.forLocale("en").pos("VERB")).isEqualTo(Pos.VERB);
        assertThat(LanguageProfile.forLocale("en").pos("AUX+PART")).isEqualTo(Pos.AUXILIARY);
    }

    @Test
    void aLanguageWithoutAProfileIsAClearError() {
        assertThatThrownBy(() -> LanguageProfile.forLocale("de-AT"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("no language profile for 'de-AT'")
                .hasMessageContaining("available: en");
    }

    @Test
    void aBadProfileIsReportedWithItsPosition() {
        YamlDocument doc = YamlDocument.parse("lang/xx.yaml", """
                language: xx
                sentenceLocale: xx
                models: {tokens: a.bin, pos: b.bin, lemmas: c.bin}
                tags:
                  verb: [VERB]
                  verbs: [V]
                anaphora: [this, 7, ""]
                titleMaxWords: two
                """);
        assertThatThrownBy(() -> LanguageProfile.parse(doc))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics())
                        .extracting(d -> d.code() + "@" + d.line())
                        .contains("profile-unknown-class@6", "profile-bad-value@7", "profile-bad-value@8"));
    }
}
