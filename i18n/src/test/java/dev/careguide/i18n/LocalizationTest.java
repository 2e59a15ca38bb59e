package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalizationTest {

    @TempDir
    Path i18n;

    private final Guide guide = TestGuides.guide();

    private void write(String relative, String text) throws Exception {
        Path file = i18n.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void ownTranslationWinsAndMissingKeysFallBackToSource() throws Exception {
        write("leg-cramps/messages_ru.properties", "guide.title=Судороги ног при беременности\n");
        LocaleView ru = Localization.load(guide, i18n, List.of("ru")).locale("ru");

        assertThat(ru.text("guide.title"))
                .isEqualTo(new ResolvedText("Судороги ног при беременности", TextState.TRANSLATED, "ru"));
        assertThat(ru.text("cause.magnesium-deficiency.title"))
                .isEqualTo(new ResolvedText("Magnesium deficiency", TextState.FALLBACK, "en"));
        assertThat(ru.fallbackText("guide.title").text()).isEqualTo("Leg cramps in pregnancy");
        assertThat(ru.fallbackCount()).isEqualTo(SourceStrings.of(guide).size() - 1);
        assertThat(ru.percentComplete()).isGreaterThan(0).isLessThan(100);
    }

    @Test
    void reviewedOnlyShipsApprovedTranslationsAndFallsBackForTheRest() throws Exception {
        write(
                "leg-cramps/messages_ru.properties",
                "#, reviewed\nguide.title=Судороги ног при беременности\n" + "guide.summary=Почему сводит ноги.\n");

        LocaleView all = Localization.load(guide, i18n, List.of("ru")).locale("ru");
        LocaleView reviewed =
                Localization.load(guide, i18n, List.of("ru"), true).locale("ru");

        assertThat(all.text("guide.summary").state()).isEqualTo(TextState.TRANSLATED);
        assertThat(reviewed.text("guide.summary"))
                .isEqualTo(new ResolvedText("Why legs cramp and what helps.", TextState.FALLBACK, "en"));
        assertThat(reviewed.text("guide.title"))
                .isEqualTo(new ResolvedText("Судороги ног при беременности", TextState.TRANSLATED, "ru", true));
        assertThat(all.reviewedCount()).isEqualTo(1).isEqualTo(reviewed.reviewedCount());
        assertThat(reviewed.fallbackCount()).isEqualTo(all.fallbackCount() + 1);
    }

    @Test
    void regionalLocaleFallsBackThroughItsCldrParents() throws Exception {
        write("leg-cramps/messages_es.properties", "guide.title=Calambres\n");
        write("leg-cramps/messages_es_419.properties", "guide.summary=Por qué\n");
        LocaleView mx = Localization.load(guide, i18n, List.of("es-MX")).locale("es-MX");

        assertThat(mx.fallbackChain()).containsExactly("es-419", "es", "en");
        assertThat(mx.text("guide.title")).isEqualTo(new ResolvedText("Calambres", TextState.FALLBACK, "es"));
        assertThat(mx.text("guide.summary")).isEqualTo(new ResolvedText("Por qué", TextState.FALLBACK, "es-419"));
    }

    @Test
    void staleMarkedTranslationIsReportedStale() throws Exception {
        write("leg-cramps/messages_de.properties", "#, stale\nguide.title=Wadenkrämpfe\n");
        LocaleView de = Localization.load(guide, i18n, List.of("de")).locale("de");
        assertThat(de.text("guide.title").state()).isEqualTo(TextState.STALE);
    }

    @Test
    void staleTranslationCountsAsFallback() throws Exception {
        write(
                "leg-cramps/messages_de.properties",
                "guide.title=Wadenkrämpfe in der Schwangerschaft\n#, stale\nguide.summary=Warum\n");
        LocaleView de = Localization.load(guide, i18n, List.of("de")).locale("de");
        int total = SourceStrings.of(guide).size();
        assertThat(de.fallbackCount()).isEqualTo(total - 1);
        assertThat(de.percentComplete()).isEqualTo(100.0 / total);
    }

    @Test
    void sourceAndPseudoLocalesHaveNoFallbacks() {
        Localization l10n = Localization.load(guide, i18n, List.of("en-XA"));
        assertThat(l10n.source().fallbackCount()).isZero();
        assertThat(l10n.locale("en-XA").fallbackCount()).isZero();
    }

    @Test
    void safetyReasonIsLocalizedLikeEveryString() throws Exception {
        Guide withReason = TestGuides.guideWithSafetyReason();
        write(
                "leg-cramps/messages_ru.properties",
                "remedy.quinine.safety.reason=Хинин небезопасен при беременности.\n");
        Localization l10n = Localization.load(withReason, i18n, List.of("ru", "de"));
        String key = MessageKeys.safetyReason(TestGuides.quinine());
        assertThat(l10n.locale("ru").text(key))
                .isEqualTo(new ResolvedText("Хинин небезопасен при беременности.", TextState.TRANSLATED, "ru"));
        assertThat(l10n.locale("de").text(key))
                .isEqualTo(new ResolvedText("Quinine is not safe in pregnancy.", TextState.FALLBACK, "en"));
    }

    @Test
    void quantitiesAndMessagesRenderPerLocale() {
        Localization l10n = Localization.load(guide, i18n, List.of("ru", "de", "ar"));
        var dosage = TestGuides.calfRaises().dosage();
        assertThat(l10n.source().dosageLabel(dosage)).isEqualTo("10–15 times, 3–4 times a day");
        assertThat(l10n.locale("ru").dosageLabel(dosage)).isEqualTo("10–15 раз, 3–4 раза в день");
        assertThat(l10n.locale("de").dosageLabel(dosage)).isEqualTo("10–15 Mal, 3–4 Mal täglich");
        assertThat(l10n.locale("ar").direction()).isEqualTo(TextDirection.RTL);
        assertThat(l10n.locale("ru").message("summary.remedies", Map.of("count", 5)))
                .isEqualTo("5 средств");
    }

    @Test
    void labelsAreTheUiMessagesWithoutArguments() {
        assertThat(SourceStrings.uiLabels())
                .contains(
                        "section.causes", "label.dosage", "safety.unsafe", "remedy-kind.folk", "cause-category.genetic")
                .doesNotContain("summary.remedies", "quantity.time", "dosage.list");
    }

    @Test
    void labelsSayWhichCatalogSuppliedThem() throws Exception {
        write("ui/messages_ru.properties", "section.causes=Причины (проект)\n");
        Localization l10n = Localization.load(guide, i18n, List.of("ru", "fr", "en-XA"));

        assertThat(l10n.locale("ru").label("section.causes"))
                .isEqualTo(new ResolvedText("Причины (проект)", TextState.TRANSLATED, "ru"));
        assertThat(l10n.locale("ru").label("safety.unsafe").state()).isEqualTo(TextState.TRANSLATED);
        assertThat(l10n.locale("fr").label("safety.needs-medical-review"))
                .isEqualTo(new ResolvedText("Ask your doctor first", TextState.FALLBACK, "en"));
        assertThat(l10n.source().label("section.remedies"))
                .isEqualTo(new ResolvedText("What helps", TextState.SOURCE, "en"));
        assertThat(l10n.locale("en-XA").label("section.remedies").text()).isNotEqualTo("What helps");
        assertThat(l10n.locale("en-XA").label("section.remedies").state()).isEqualTo(TextState.TRANSLATED);
    }

    @Test
    void pseudoLocalesAreGeneratedFromTheSource() {
        Localization l10n = Localization.load(guide, i18n, List.of("en-XA", "ar-XB"));
        assertThat(l10n.locale("en-XA").text("guide.title").text())
                .startsWith("[Ľéĝ çŕáɱƥš íñ ƥŕéĝñáñçý one two")
                .endsWith("]");
        assertThat(l10n.locale("ar-XB").direction()).isEqualTo(TextDirection.RTL);
        assertThat(l10n.locale("ar-XB").text("guide.title").text()).contains("\u202ELeg cramps in pregnancy\u202C");
    }

    @Test
    void unknownEscapeIsReadAsJavaReadsIt() throws Exception {
        write("leg-cramps/messages_de.properties", "guide.title=Waden\\krämpfe\n");
        LocaleView de = Localization.load(guide, i18n, List.of("de")).locale("de");
        assertThat(de.text("guide.title").text()).isEqualTo("Wadenkrämpfe");
    }

    @Test
    void invalidTagsAndBrokenCatalogsAreDiagnosed() throws Exception {
        assertThatThrownBy(() -> Localization.load(guide, i18n, List.of("xx-YY", "pt_BR")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("unknown language 'xx'")
                .hasMessageContaining("pt_BR");
        write("leg-cramps/messages_ru.properties", "guide.title=a\nguide.title=b\n");
        assertThatThrownBy(() -> Localization.load(guide, i18n, List.of("ru")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("messages_ru.properties:2:1");
    }
}
