package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.i18n.SyncResult.ChangeKind;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.WarningSign;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.PropertyResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSyncTest {

    @TempDir
    Path i18n;

    private final CatalogSync sync = new CatalogSync();
    private final Guide guide = TestGuides.guide();

    private Path ru() {
        return i18n.resolve("leg-cramps/messages_ru.properties");
    }

    private String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private void translate(String key, String value) throws Exception {
        String text = read(ru());
        assertThat(text).contains("# " + key + "=\n");
        Files.writeString(ru(), text.replace("# " + key + "=\n", key + "=" + value + "\n"), StandardCharsets.UTF_8);
    }

    private PropertyResourceBundle bundle(Path p) throws Exception {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(r);
        }
    }

    private Guide withTitle(Guide g, String title) {
        return g.toBuilder().title(title).build();
    }

    @Test
    void firstSyncWritesTheSourceAndUntranslatedTargets() throws Exception {
        SyncResult result = sync.sync(guide, i18n, List.of("ru", "en-XA"), false);

        String source = read(i18n.resolve("leg-cramps/messages.properties"));
        assertThat(source)
                .startsWith("# Source strings of guide \"leg-cramps\" (en)")
                .contains("DO NOT EDIT")
                .contains("#. cause (nutritional), title · leg-cramps.txt:3-4 · max 90 characters\n"
                        + "cause.magnesium-deficiency.title=Magnesium deficiency\n");
        String ru = read(ru());
        assertThat(ru).contains("#. en: Magnesium deficiency\n# cause.magnesium-deficiency.title=\n");
        assertThat(bundle(ru()).keySet()).isEmpty();
        assertThat(i18n.resolve("leg-cramps/messages_en_XA.properties")).doesNotExist();
        assertThat(result.changes(ChangeKind.ADDED)).isNotEmpty();
        // The UI catalog starts from the translations careguide ships.
        assertThat(bundle(i18n.resolve("ui/messages_ru.properties")).getString("section.causes"))
                .isEqualTo("Причины");
        assertThat(bundle(i18n.resolve("ui/messages.properties")).getString("quantity.time"))
                .isEqualTo("{count, plural, one {# time} other {# times}}");
    }

    @Test
    void syncingAgainChangesNothing() throws Exception {
        sync.sync(guide, i18n, List.of("ru", "de"), false);
        translate("guide.title", "Судороги ног при беременности");
        sync.sync(guide, i18n, List.of("ru", "de"), false);
        SyncResult again = sync.sync(guide, i18n, List.of("ru", "de"), false);
        assertThat(again.written()).isEmpty();
        assertThat(again.changes()).isEmpty();
    }

    @Test
    void addedItemGetsUntranslatedKeysInSourceOrder() throws Exception {
        Guide small = Guide.builder("leg-cramps", "en")
                .title("Leg cramps")
                .add(TestGuides.magnesium())
                .add(TestGuides.swelling())
                .build();
        sync.sync(small, i18n, List.of("ru"), false);
        translate("cause.magnesium-deficiency.title", "Дефицит магния");

        SyncResult result = sync.sync(guide, i18n, List.of("ru"), false);

        assertThat(result.changes(ChangeKind.ADDED))
                .extracting(SyncResult.Change::key)
                .contains("remedy.stretch-calf.title", "exercise.calf-raises.steps.2");
        String ru = read(ru());
        assertThat(ru.indexOf("cause.magnesium-deficiency.title=Дефицит магния"))
                .isLessThan(ru.indexOf("# remedy.stretch-calf.title="));
        assertThat(ru.indexOf("# remedy.stretch-calf.title=")).isLessThan(ru.indexOf("# warning.swelling.title="));
        assertThat(bundle(ru()).getString("cause.magnesium-deficiency.title")).isEqualTo("Дефицит магния");
    }

    @Test
    void staleTranslationIsKeptAndFlaggedOnce() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("guide.title", "Судороги ног при беременности");
        sync.sync(guide, i18n, List.of("ru"), false);

        Guide changed = withTitle(guide, "Leg cramps during pregnancy");
        SyncResult result = sync.sync(changed, i18n, List.of("ru"), false);

        assertThat(result.changes(ChangeKind.MARKED_STALE))
                .extracting(SyncResult.Change::key)
                .containsExactly("guide.title");
        assertThat(read(ru()))
                .contains("#. en: Leg cramps during pregnancy\n#, stale\n"
                        + "#| previous source: Leg cramps in pregnancy\nguide.title=Судороги ног при беременности\n");
        assertThat(Localization.load(changed, i18n, List.of("ru"))
                        .locale("ru")
                        .text("guide.title")
                        .state())
                .isEqualTo(TextState.STALE);

        SyncResult again = sync.sync(changed, i18n, List.of("ru"), false);
        assertThat(again.written()).isEmpty();
    }

    @Test
    void changedSourceClearsTheReviewedMark() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("guide.title", "Судороги ног при беременности");
        Files.writeString(
                ru(), read(ru()).replace("guide.title=", "#, reviewed\nguide.title="), StandardCharsets.UTF_8);
        sync.sync(guide, i18n, List.of("ru"), false);
        assertThat(read(ru())).contains("#, reviewed\nguide.title=");

        sync.sync(withTitle(guide, "Leg cramps during pregnancy"), i18n, List.of("ru"), false);

        assertThat(read(ru()))
                .contains("#, stale\n#| previous source: Leg cramps in pregnancy\nguide.title=")
                .doesNotContain("reviewed");
    }

    @Test
    void newAndStaleStringsGetSuggestionsFromMemoryAsCommentsNeverAsTheirTranslation() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("exercise.calf-raises.steps.2", "Поднимитесь на носки 10 раз.");
        sync.sync(guide, i18n, List.of("ru"), false);
        Guide more = guide.toBuilder()
                .add(new dev.careguide.model.Exercise(
                        "exercise.toe-raises",
                        "Toe raises",
                        "",
                        List.of("Rise on your toes 12 times."),
                        null,
                        List.of(),
                        null,
                        List.of(TestGuides.at(60, 61))))
                .build();

        SyncResult result = sync.sync(more, i18n, List.of("ru"), false);

        assertThat(result.changes(ChangeKind.MEMORY_SUGGESTIONS))
                .extracting(SyncResult.Change::key)
                .containsExactly("exercise.toe-raises.steps.1");
        assertThat(read(ru()))
                .contains("#. en: Rise on your toes 12 times.\n"
                        + "#? 83% · en: Rise on your toes 10 times. · ru: Поднимитесь на носки 10 раз. · from leg-cramps\n"
                        + "# exercise.toe-raises.steps.1=\n");
        assertThat(bundle(ru()).containsKey("exercise.toe-raises.steps.1")).isFalse();
        assertThat(sync.sync(more, i18n, List.of("ru"), false).written()).isEmpty();

        translate("exercise.toe-raises.steps.1", "Поднимитесь на носки 12 раз.");
        sync.sync(more, i18n, List.of("ru"), false);
        assertThat(read(ru())).doesNotContain("#? ");
    }

    @Test
    void translatorClearsStaleMarkByDeletingIt() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("guide.title", "Судороги ног при беременности");
        sync.sync(guide, i18n, List.of("ru"), false);
        Guide changed = withTitle(guide, "Leg cramps during pregnancy");
        sync.sync(changed, i18n, List.of("ru"), false);

        Files.writeString(ru(), read(ru()).replace("#, stale\n", ""), StandardCharsets.UTF_8);
        SyncResult result = sync.sync(changed, i18n, List.of("ru"), false);

        assertThat(result.changes(ChangeKind.STALE_CLEARED)).hasSize(1);
        assertThat(read(ru())).doesNotContain("\n#, stale\n").doesNotContain("#| previous source");
        assertThat(sync.sync(changed, i18n, List.of("ru"), false).changes()).isEmpty();
        assertThat(Localization.load(changed, i18n, List.of("ru"))
                        .locale("ru")
                        .text("guide.title")
                        .state())
                .isEqualTo(TextState.TRANSLATED);
    }

    @Test
    void translatorClearsStaleMarkByEditingTheTranslation() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("guide.title", "Судороги ног при беременности");
        sync.sync(guide, i18n, List.of("ru"), false);
        Guide changed = withTitle(guide, "Leg cramps during pregnancy");
        sync.sync(changed, i18n, List.of("ru"), false);

        Files.writeString(
                ru(),
                read(ru()).replace("=Судороги ног при беременности", "=Судороги ног во время беременности"),
                StandardCharsets.UTF_8);
        assertThat(Localization.load(changed, i18n, List.of("ru"))
                        .locale("ru")
                        .text("guide.title")
                        .state())
                .isEqualTo(TextState.TRANSLATED);
        SyncResult result = sync.sync(changed, i18n, List.of("ru"), false);

        assertThat(result.changes(ChangeKind.STALE_CLEARED)).hasSize(1);
        assertThat(read(ru()))
                .doesNotContain("\n#, stale\n")
                .contains("guide.title=Судороги ног во время беременности\n");
    }

    @Test
    void removedKeyMovesToObsoleteSectionUntilPurge() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("warning.swelling.title", "Отёк и покраснение икры");
        Guide without = guide.toBuilder().warningSigns(List.of()).build();

        SyncResult result = sync.sync(without, i18n, List.of("ru"), false);

        assertThat(result.changes(ChangeKind.OBSOLETED))
                .extracting(SyncResult.Change::key)
                .containsExactly("warning.swelling.title");
        String ru = read(ru());
        assertThat(ru).endsWith(CatalogFile.OBSOLETE_HEADING + "\n#~ warning.swelling.title=Отёк и покраснение икры\n");
        assertThat(bundle(ru()).containsKey("warning.swelling.title")).isFalse();
        assertThat(sync.sync(without, i18n, List.of("ru"), false).written()).isEmpty();

        SyncResult purged = sync.sync(without, i18n, List.of("ru"), true);
        assertThat(purged.changes(ChangeKind.PURGED)).hasSize(1);
        assertThat(read(ru())).doesNotContain("Отёк").doesNotContain("Obsolete");
    }

    @Test
    void removedKeyThatComesBackIsRestored() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("warning.swelling.title", "Отёк и покраснение икры");
        sync.sync(guide, i18n, List.of("ru"), false);
        sync.sync(guide.toBuilder().warningSigns(List.of()).build(), i18n, List.of("ru"), false);

        SyncResult back = sync.sync(guide, i18n, List.of("ru"), false);

        assertThat(back.changes(ChangeKind.RESTORED)).hasSize(1);
        assertThat(read(ru()))
                .contains("warning.swelling.title=Отёк и покраснение икры\n")
                .doesNotContain("#~");
    }

    @Test
    void renamedItemGetsItsOldTranslationAsStaleSuggestion() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("warning.swelling.title", "Отёк и покраснение икры");
        sync.sync(guide, i18n, List.of("ru"), false);
        WarningSign old = TestGuides.swelling();
        Guide renamed = guide.toBuilder()
                .warningSigns(List.of(new WarningSign(
                        "warning.calf-swelling", old.title(), old.description(), old.review(), old.provenance())))
                .build();

        SyncResult result = sync.sync(renamed, i18n, List.of("ru"), false);

        assertThat(result.changes(ChangeKind.SUGGESTED))
                .extracting(SyncResult.Change::key)
                .containsExactly("warning.calf-swelling.title");
        assertThat(read(ru()))
                .contains("#, stale\n#| suggested: the translation of warning.swelling.title, "
                        + "whose source text is the same\nwarning.calf-swelling.title=Отёк и покраснение икры\n")
                .contains("#~ warning.swelling.title=Отёк и покраснение икры");
    }

    @Test
    void translatorCommentsAndOrderSurviveSync() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("guide.title", "Судороги");
        translate("guide.summary", "Почему сводит ноги");
        String text = read(ru());
        String title = "#. guide title · max 120 characters\n#. en: Leg cramps in pregnancy\nguide.title=Судороги\n";
        String summary = "#. guide summary\n#. en: Why legs cramp and what helps.\nguide.summary=Почему сводит ноги\n";
        assertThat(text).contains(title + summary);
        Files.writeString(
                ru(),
                text.replace(title + summary, "# Ask Olga before changing this one.\n" + summary + title),
                StandardCharsets.UTF_8);
        String edited = read(ru());

        sync.sync(guide, i18n, List.of("ru"), false);

        assertThat(read(ru())).isEqualTo(edited);
    }

    @Test
    void syncRefusesToRewriteAFileThatDoesNotParse() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        Files.writeString(ru(), read(ru()) + "guide.title=a\\u00zz\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(ru());
        byte[] sourceBefore = Files.readAllBytes(i18n.resolve("leg-cramps/messages.properties"));

        assertThatThrownBy(() -> sync.sync(withTitle(guide, "New title"), i18n, List.of("ru"), false))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("messages_ru.properties:")
                .hasMessageContaining("malformed \\uXXXX escape");
        assertThat(Files.readAllBytes(ru())).isEqualTo(before);
        assertThat(Files.readAllBytes(i18n.resolve("leg-cramps/messages.properties")))
                .isEqualTo(sourceBefore);
    }

    @Test
    void safetyReasonIsOfferedToTranslatorsWithItsContext() throws Exception {
        sync.sync(TestGuides.guideWithSafetyReason(), i18n, List.of("ru"), false);

        assertThat(read(i18n.resolve("leg-cramps/messages.properties")))
                .contains(
                        "#. remedy (treatment), safety reason (unsafe): why the remedy is flagged, shown to app users beside"
                                + " it · leg-cramps.txt:50-51\nremedy.quinine.safety.reason=Quinine is not safe in pregnancy.\n");
        assertThat(read(ru())).contains("#. en: Quinine is not safe in pregnancy.\n# remedy.quinine.safety.reason=\n");
    }

    private Guide withStretch(Guide g, dev.careguide.model.Remedy stretch) {
        List<dev.careguide.model.Remedy> remedies = g.remedies().stream()
                .map(r -> r.id().equals(stretch.id()) || r.id().equals("remedy.stretch-calf") ? stretch : r)
                .toList();
        return g.toBuilder().remedies(remedies).build();
    }

    private static dev.careguide.model.Remedy remedy(String id, String title, List<String> steps) {
        return new dev.careguide.model.Remedy(
                id,
                title,
                "",
                dev.careguide.model.RemedyKind.FIRST_AID,
                steps,
                List.of(),
                dev.careguide.model.Safety.OK,
                List.of(),
                null,
                List.of(TestGuides.at(10, 12)));
    }

    private CatalogEntry entry(String key) {
        return CatalogFile.read(ru(), "ru", "ru").entries().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void staleMarkIsRemovedWhenTheSourceReturnsToTheTextTheTranslationWasMadeFor() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("remedy.stretch-calf.steps.1", "Выпрямите ногу.");
        sync.sync(guide, i18n, List.of("ru"), false);
        Guide changed = withStretch(
                guide,
                remedy(
                        "remedy.stretch-calf",
                        "Stretch the calf",
                        List.of("Straighten the leg fully.", "Pull the toes toward you.")));
        sync.sync(changed, i18n, List.of("ru"), false);
        assertThat(entry("remedy.stretch-calf.steps.1").isStale()).isTrue();

        SyncResult reverted = sync.sync(guide, i18n, List.of("ru"), false);

        assertThat(entry("remedy.stretch-calf.steps.1")).satisfies(e -> {
            assertThat(e.value()).isEqualTo("Выпрямите ногу.");
            assertThat(e.isStale()).isFalse();
            assertThat(e.previous()).isEmpty();
        });
        assertThat(reverted.changes(ChangeKind.STALE_CLEARED))
                .extracting(SyncResult.Change::key)
                .containsExactly("remedy.stretch-calf.steps.1");
        assertThat(sync.sync(guide, i18n, List.of("ru"), false).written()).isEmpty();
    }

    @Test
    void aSuggestionStaysMarkedUntilTheTranslatorReviewsIt() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("remedy.stretch-calf.steps.1", "Выпрямите ногу.");
        sync.sync(guide, i18n, List.of("ru"), false);
        Guide twice = guide.toBuilder()
                .add(remedy("remedy.straighten", "Straighten the leg.", List.of()))
                .build();

        sync.sync(twice, i18n, List.of("ru"), false);
        sync.sync(twice, i18n, List.of("ru"), false);

        assertThat(entry("remedy.straighten.title")).satisfies(e -> {
            assertThat(e.value()).isEqualTo("Выпрямите ногу.");
            assertThat(e.isStale()).isTrue();
        });
    }

    @Test
    void anItemUnderANewIdIsOfferedTheTranslationsOfTheItemItContinues() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("remedy.stretch-calf.title", "Растяжка икры");
        translate("remedy.stretch-calf.steps.2", "Потяните носки на себя.");
        sync.sync(guide, i18n, List.of("ru"), false);
        Guide renamed = withStretch(
                guide,
                remedy(
                        "remedy.stretch-the-calf",
                        "Stretch the calves",
                        List.of("Straighten the leg.", "Pull the toes toward you.")));

        SyncResult result = sync.sync(renamed, i18n, List.of("ru"), false);

        assertThat(entry("remedy.stretch-the-calf.title")).satisfies(e -> {
            assertThat(e.value()).isEqualTo("Растяжка икры");
            assertThat(e.isStale()).isTrue();
            assertThat(e.previous())
                    .containsExactly("suggested: the translation of remedy.stretch-calf.title "
                            + "(remedy.stretch-the-calf continues remedy.stretch-calf), made for: Stretch the calf");
        });
        assertThat(entry("remedy.stretch-the-calf.steps.2").value()).isEqualTo("Потяните носки на себя.");
        assertThat(CatalogFile.read(ru(), "ru", "ru").obsolete())
                .extracting(CatalogEntry::value)
                .contains("Растяжка икры", "Потяните носки на себя.");
        assertThat(result.changes(ChangeKind.SUGGESTED)).hasSize(2);
    }

    @Test
    void aSplitOffItemIsOfferedTheTranslationOfTheMostAlikeString() throws Exception {
        sync.sync(guide, i18n, List.of("ru"), false);
        translate("remedy.stretch-calf.title", "Растяжка икры");
        translate("remedy.stretch-calf.steps.2", "Потяните носки на себя.");
        sync.sync(guide, i18n, List.of("ru"), false);
        Guide split =
                withStretch(guide, remedy("remedy.stretch-calf", "Stretch the calf", List.of("Straighten the leg.")))
                        .toBuilder()
                        .add(remedy("remedy.pull-toes", "Pull the toes toward you", List.of()))
                        .build();

        sync.sync(
                List.of(split),
                i18n,
                List.of("ru"),
                false,
                java.util.Map.of("leg-cramps", java.util.Map.of("remedy.pull-toes", "remedy.stretch-calf")));

        assertThat(entry("remedy.pull-toes.title")).satisfies(e -> {
            assertThat(e.value()).isEqualTo("Потяните носки на себя.");
            assertThat(e.isStale()).isTrue();
        });
        assertThat(entry("remedy.stretch-calf.title").isStale()).isFalse();
    }

    @Test
    void stringsOfItemsThatDoNotShipAreMarkedWithTheReasonUntilTheyShipAgain() throws Exception {
        CatalogSync shipping = new CatalogSync(
                CatalogRules.defaults(), item -> item.id().equals("remedy.stretch-calf") ? "rejected" : null);
        shipping.sync(guide, i18n, List.of("ru"), false);

        assertThat(read(ru()))
                .contains("#. en: Stretch the calf\n#, not shipped: rejected\n" + "# remedy.stretch-calf.title=\n");
        assertThat(entry("remedy.stretch-calf.steps.1").flags()).containsExactly("not shipped: rejected");
        assertThat(entry("cause.magnesium-deficiency.title").flags()).isEmpty();
        assertThat(read(i18n.resolve("leg-cramps/messages.properties"))).doesNotContain("not shipped");

        sync.sync(guide, i18n, List.of("ru"), false);
        assertThat(read(ru())).doesNotContain("not shipped");
    }
}
