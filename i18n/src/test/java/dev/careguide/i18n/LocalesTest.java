package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import org.junit.jupiter.api.Test;

class LocalesTest {

    @Test
    void fallbackChainsFollowCldrParentLocales() {
        assertThat(Locales.fallbackChain("es-MX", "en")).containsExactly("es-419", "es", "en");
        assertThat(Locales.fallbackChain("pt-PT", "en")).containsExactly("pt", "en");
        assertThat(Locales.fallbackChain("pt-AO", "en")).containsExactly("pt-PT", "pt", "en");
        assertThat(Locales.fallbackChain("pt-BR", "en")).doesNotContain("pt-PT");
        assertThat(Locales.fallbackChain("en-AU", "en")).containsExactly("en-001", "en");
        assertThat(Locales.fallbackChain("de-AT", "en")).containsExactly("de", "en");
        assertThat(Locales.fallbackChain("ru", "en")).containsExactly("en");
        assertThat(Locales.fallbackChain("en-XA", "en")).containsExactly("en");
    }

    @Test
    void arabicHebrewAndPersianAreRightToLeft() {
        assertThat(Locales.direction("ar")).isEqualTo(TextDirection.RTL);
        assertThat(Locales.direction("he")).isEqualTo(TextDirection.RTL);
        assertThat(Locales.direction("fa")).isEqualTo(TextDirection.RTL);
        assertThat(Locales.direction("ar-XB")).isEqualTo(TextDirection.RTL);
        assertThat(Locales.direction("ru")).isEqualTo(TextDirection.LTR);
        assertThat(Locales.direction("en-XA")).isEqualTo(TextDirection.LTR);
    }

    @Test
    void malformedTagsAndUnknownLanguagesAreErrorsNamingTheTag() {
        assertThatThrownBy(() -> Locales.parse("pt_BR"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("malformed locale tag 'pt_BR'");
        assertThatThrownBy(() -> Locales.parse("qq-XX"))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("unknown language 'qq' in locale tag 'qq-XX'");
        assertThat(Locales.canonical("PT-br")).isEqualTo("pt-BR");
        assertThat(Locales.fileSuffix("pt-BR")).isEqualTo("pt_BR");
        assertThat(Locales.fileSuffix("sr-Latn-RS")).isEqualTo("sr_Latn_RS");
    }
}
