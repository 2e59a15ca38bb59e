package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.CatalogEntry;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.Provenance;
import dev.careguide.model.ReviewStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items keep their ids through edits of the articles once sync has written the id registry, and the team's
 * decisions and the translators' work stay with them: reword, move, split, merge, delete and revert, each
 * checked for ids, decisions and translations, through the pipeline as the CLI and Maven goals run it.
 */
class ItemIdentityTest {

    static final String GUIDE = "night-cramps";
    static final String ARTICLE = """
            Night cramps are a common problem for expectant mothers. We will talk about them today.

            Causes of cramps

              • Deficiency of magnesium and potassium in the body.
              • Uncomfortable tight shoes worn all day long.
              • Genetic predisposition to seizures.
              • Varicose veins of the lower legs.

            First aid for cramps

              • Straighten the leg and pull the toes towards you with force.
              • Massage the calf muscle with strong circular motions.
              • Take a warm shower for ten minutes to relax the muscles. Keep the water warm, not hot.

            Gymnastic exercises:

              • Rise on your toes ten times, three to four times a day.
              • Roll slowly from heel to toe twenty times.

            Self massage

            Knead the tired calves slowly with both hands before going to sleep.
            """;
    static final String SHOWER = "remedy.take-warm-shower";
    static final String MASSAGE = "remedy.massage-calf-muscle-strong-circular-motions";
    static final String KNEAD = "remedy.knead-tired-calves";
    static final String STRAIGHTEN = "remedy.straighten-leg";
    static final String EDITORIAL = """
            night-cramps:
              remedy.take-warm-shower: {title: Warm shower}
              remedy.knead-tired-calves: {review: approved}
            """;
    static final String SHOWER_LINE =
            "Take a warm shower for ten minutes to relax the muscles. Keep the water warm, not hot.";

    @TempDir
    Path dir;

    TeamProject project;
    List<String> translated;

    @BeforeEach
    void syncAndTranslate() {
        project = new TeamProject(dir).article(GUIDE, ARTICLE).editorial(EDITORIAL);
        project.sync();
        project.translateAll(GUIDE);
        translated = project.translations(GUIDE);
        assertThat(dir.resolve("src/main/careguide/ids.json")).isRegularFile();
    }

    @Test
    void rewordedItemKeepsItsIdItsDecisionAndItsTranslation() {
        project.edit(GUIDE, "for ten minutes to relax the muscles", "for fifteen minutes to relax the back muscles");

        Guide guide = project.importGuide(GUIDE);
        project.sync();

        assertThat(guide.item(SHOWER)).get().extracting(Item::title).isEqualTo("Warm shower");
        assertThat(project.entry(GUIDE, SHOWER + ".title"))
                .get()
                .satisfies(e -> assertThat(e.value()).isEqualTo("de:" + SHOWER + ".title"))
                .satisfies(e -> assertThat(e.isStale()).isFalse());
        assertThat(project.entry(GUIDE, SHOWER + ".steps.1")).get().satisfies(e -> {
            assertThat(e.value()).isEqualTo("de:" + SHOWER + ".steps.1");
            assertThat(e.isStale()).isTrue();
            assertThat(e.previous())
                    .containsExactly("previous source: Take a warm shower for ten minutes to relax the muscles.");
        });
        assertThat(project.translations(GUIDE)).containsAll(translated);
    }

    @Test
    void withoutTheRegistryTheRewordedItemGetsANewIdAndItsTranslationsAreOfferedOnTheNewKeys() throws IOException {
        Files.delete(dir.resolve("src/main/careguide/ids.json"));
        project.settings(b -> b.editorialSeverity("warning"));
        project.edit(
                GUIDE,
                "Take a warm shower for ten minutes to relax the muscles",
                "Take a hot shower for fifteen minutes to relax the back muscles");

        Guide guide = project.importGuide(GUIDE);
        SyncOutcome sync = project.sync();

        String renamed = "remedy.take-hot-shower";
        assertThat(guide.item(SHOWER)).isEmpty();
        assertThat(guide.item(renamed)).isPresent();
        assertThat(sync.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("editorial-unknown-id");
            assertThat(w.line()).isEqualTo(2);
        });
        assertThat(project.entry(GUIDE, renamed + ".title"))
                .as("offered the translation of the most alike text")
                .get()
                .satisfies(e -> {
                    assertThat(e.value()).startsWith("de:" + SHOWER + ".");
                    assertThat(e.isStale()).isTrue();
                    assertThat(e.previous().get(0))
                            .startsWith("suggested: the translation of " + SHOWER + ".")
                            .contains("(" + renamed + " continues " + SHOWER + ")");
                });
        assertThat(project.entry(GUIDE, renamed + ".steps.2")).get().satisfies(e -> {
            assertThat(e.value()).isEqualTo("de:" + SHOWER + ".steps.2");
            assertThat(e.isStale()).isTrue();
        });
        assertThat(project.obsolete(GUIDE)).extracting(CatalogEntry::key).contains(SHOWER + ".title");
        assertThat(project.translations(GUIDE)).containsAll(translated);
    }

    @Test
    void movedItemsKeepTheirIdsAndTheirTranslationsStayCurrent() {
        Guide before = project.importGuide(GUIDE);
        String massageLine = "  • Massage the calf muscle with strong circular motions.\n";
        project.edit(GUIDE, massageLine, "")
                .edit(GUIDE, SHOWER_LINE + "\n", SHOWER_LINE + "\n" + massageLine)
                .edit(GUIDE, "Causes of cramps\n", "\n\nCauses of cramps\n");

        Guide after = project.importGuide(GUIDE);
        project.sync();

        assertThat(after.items())
                .extracting(Item::id)
                .containsExactlyInAnyOrderElementsOf(
                        before.items().stream().map(Item::id).toList());
        assertThat(after.item(MASSAGE).orElseThrow().provenance())
                .extracting(Provenance::startLine)
                .containsExactly(16);
        assertThat(after.item(SHOWER)).get().extracting(Item::title).isEqualTo("Warm shower");
        assertThat(project.translations(GUIDE)).containsExactlyInAnyOrderElementsOf(translated);
        assertThat(project.obsolete(GUIDE)).isEmpty();
        assertThat(dev.careguide.i18n.CatalogFile.read(project.catalog(GUIDE), "de", "de")
                        .entries())
                .noneMatch(CatalogEntry::isStale);
    }

    @Test
    void splitItemKeepsItsIdOnTheLargerPartAndTheOtherPartIsOfferedItsTranslation() {
        project.edit(
                GUIDE,
                "to relax the muscles. Keep the water warm",
                "to relax the muscles.\n  • Keep the water " + "of the shower warm");

        Guide guide = project.importGuide(GUIDE);
        project.sync();

        String part = guide.items().stream()
                .map(Item::id)
                .filter(id -> id.startsWith("remedy.keep-water"))
                .findFirst()
                .orElseThrow();
        assertThat(guide.item(SHOWER)).get().extracting(Item::title).isEqualTo("Warm shower");
        assertThat(guide.item(part)).isPresent();
        assertThat(project.read("target/careguide/model/night-cramps/import-report.json"))
                .contains("\"formerId\": \"" + SHOWER + "\"", "\"reason\": \"split\"");
        assertThat(project.entry(GUIDE, part + ".title")).get().satisfies(e -> {
            assertThat(e.value()).isEqualTo("de:" + SHOWER + ".steps.2");
            assertThat(e.isStale()).isTrue();
            assertThat(e.previous().get(0))
                    .contains(
                            "suggested: the translation of " + SHOWER + ".steps.2",
                            "made for: Keep the water warm, not hot.");
        });
        assertThat(project.entry(GUIDE, SHOWER + ".title"))
                .get()
                .extracting(CatalogEntry::isStale)
                .isEqualTo(false);
        assertThat(project.translations(GUIDE)).containsAll(translated);
    }

    @Test
    void theEditorialFileSplitsAnItemAndTheNewPartIsOfferedTheTranslationOfItsSentence() {
        project.editorial("""
                night-cramps:
                  remedy.take-warm-shower:
                    title: Warm shower
                    split: {at: Keep the water, into: remedy.shower-water, title: Warm water}
                  remedy.knead-tired-calves: {review: approved}
                """);

        Guide guide = project.importGuide(GUIDE);
        project.sync();

        assertThat(guide.item("remedy.shower-water"))
                .get()
                .extracting(Item::description)
                .isEqualTo("Keep the water warm, not hot.");
        assertThat(project.entry(GUIDE, "remedy.shower-water.description"))
                .get()
                .satisfies(e -> {
                    assertThat(e.value()).isEqualTo("de:" + SHOWER + ".steps.2");
                    assertThat(e.isStale()).isTrue();
                });
        assertThat(project.translations(GUIDE)).containsAll(translated);
    }

    @Test
    void mergedItemKeepsTheIdOfItsLargerPartAndADecisionOnTheOtherIsReportedWithWhereItWent() {
        project.edit(
                GUIDE,
                "Knead the tired calves slowly with both hands",
                "Massage the calf muscle with strong circular motions");

        SyncOutcome strict = project.pipeline().sync(false);
        project.settings(b -> b.editorialSeverity("warning"));
        Guide guide = project.importGuide(GUIDE);
        SyncOutcome lenient = project.sync();

        assertThat(strict.success()).isFalse();
        assertThat(strict.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("editorial-unknown-id");
            assertThat(d.file()).endsWith("editorial.yaml");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains(KNEAD, "night-cramps.txt:23) are now part of '" + MASSAGE + "'");
        });
        assertThat(guide.item(KNEAD)).isEmpty();
        assertThat(guide.item(MASSAGE).orElseThrow().provenance())
                .extracting(Provenance::startLine)
                .containsExactly(13, 23);
        assertThat(lenient.warnings()).extracting(Diagnostic::code).containsExactly("editorial-unknown-id");
        assertThat(project.obsolete(GUIDE)).extracting(CatalogEntry::key).contains(KNEAD + ".title");
        assertThat(project.translations(GUIDE)).containsAll(translated);

        project.article(GUIDE, ARTICLE);
        Guide unmerged = project.importGuide(GUIDE);
        project.sync();

        assertThat(unmerged.item(KNEAD)).get().extracting(Item::review).isEqualTo(ReviewStatus.APPROVED);
        assertThat(unmerged.item(MASSAGE).orElseThrow().provenance()).hasSize(1);
        assertThat(project.entry(GUIDE, KNEAD + ".title"))
                .get()
                .satisfies(e -> assertThat(e.value()).isEqualTo("de:" + KNEAD + ".title"))
                .satisfies(e -> assertThat(e.isStale()).isFalse());
    }

    @Test
    void deletedItemIsRetiredAndComesBackWithItsDecisionAndTranslations() {
        project.edit(GUIDE, "  • " + SHOWER_LINE + "\n", "");

        SyncOutcome strict = project.pipeline().sync(false);
        project.settings(b -> b.editorialSeverity("warning"));
        Guide without = project.importGuide(GUIDE);
        project.sync();

        assertThat(strict.errors())
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .contains(
                                "no item '" + SHOWER + "'",
                                "night-cramps.txt:14",
                                "removed or changed beyond recognition"));
        assertThat(without.item(SHOWER)).isEmpty();
        assertThat(project.read("src/main/careguide/ids.json"))
                .contains("\"" + SHOWER + "\" : \"retired | night-cramps.txt:14 | ");
        assertThat(project.obsolete(GUIDE)).extracting(CatalogEntry::key).contains(SHOWER + ".title");
        assertThat(project.translations(GUIDE)).containsAll(translated);

        project.article(GUIDE, ARTICLE);
        Guide restored = project.importGuide(GUIDE);
        SyncOutcome sync = project.sync();

        assertThat(sync.warnings()).isEmpty();
        assertThat(restored.item(SHOWER)).get().extracting(Item::title).isEqualTo("Warm shower");
        assertThat(project.read("src/main/careguide/ids.json")).doesNotContain("retired");
        assertThat(project.entry(GUIDE, SHOWER + ".steps.1"))
                .get()
                .satisfies(e -> assertThat(e.value()).isEqualTo("de:" + SHOWER + ".steps.1"))
                .satisfies(e -> assertThat(e.isStale()).isFalse());
        assertThat(project.obsolete(GUIDE)).isEmpty();
    }

    @Test
    void revertedEditRemovesTheStaleMarkAgain() {
        project.edit(GUIDE, "Keep the water warm, not hot.", "Keep the water pleasantly warm.");
        project.sync();
        assertThat(project.entry(GUIDE, SHOWER + ".steps.2"))
                .get()
                .extracting(CatalogEntry::isStale)
                .isEqualTo(true);

        project.article(GUIDE, ARTICLE);
        SyncOutcome sync = project.sync();

        assertThat(project.entry(GUIDE, SHOWER + ".steps.2")).get().satisfies(e -> {
            assertThat(e.value()).isEqualTo("de:" + SHOWER + ".steps.2");
            assertThat(e.isStale()).isFalse();
            assertThat(e.previous()).isEmpty();
        });
        assertThat(sync.rewrittenFiles()).contains(project.catalog(GUIDE));
        assertThat(project.pipeline().sync(false).rewrittenFiles()).isEmpty();
    }

    @Test
    void stringsOfItemsThatDoNotShipAreMarkedAndLeftOutOfCompleteness() {
        String title = STRAIGHTEN + ".title=de:" + STRAIGHTEN + ".title\n";
        project.write(
                "src/main/i18n/night-cramps/messages_de.properties",
                project.read("src/main/i18n/night-cramps/messages_de.properties")
                        .replace(title, "# " + title.substring(0, title.indexOf('=') + 1) + "\n"));
        project.settings(b -> b.minCompleteness(100));
        assertThat(project.pipeline().check().errors())
                .extracting(Diagnostic::code)
                .containsExactly("completeness");

        project.editorial(EDITORIAL + "  " + STRAIGHTEN + ": {reject: Too forceful during pregnancy.}\n" + "  "
                + MASSAGE + ": {safety: {level: unsafe, reason: Not with varicose veins.}}\n");
        project.sync();

        assertThat(project.entry(GUIDE, STRAIGHTEN + ".title")).get().satisfies(e -> {
            assertThat(e.isTranslated()).isFalse();
            assertThat(e.flags()).containsExactly("not shipped: rejected");
        });
        assertThat(project.entry(GUIDE, MASSAGE + ".title"))
                .get()
                .extracting(CatalogEntry::flags)
                .isEqualTo(List.of("not shipped: unsafe"));
        assertThat(project.read("src/main/i18n/night-cramps/messages_de.properties"))
                .containsPattern(
                        "#, not shipped: rejected\n(#\\?.*\n)?# " + STRAIGHTEN.replace(".", "\\.") + "\\.title=\n");
        assertThat(project.pipeline().check().success()).isTrue();
        assertThat(project.pipeline().stats().json()).contains("\"percentComplete\": 100.0");

        project.editorial(EDITORIAL);
        project.sync();
        assertThat(project.entry(GUIDE, MASSAGE + ".title"))
                .get()
                .extracting(CatalogEntry::flags)
                .isEqualTo(List.of());
    }

    @Test
    void buildWarnsAboutItemsWithoutARegisteredIdAndFailOnWarningsMakesThatFatal() throws IOException {
        project.edit(GUIDE, "  • Take a warm", "  • Apply a heating pad to the calf for ten minutes.\n  • Take a warm");

        BuildOutcome lenient = project.pipeline().build();
        BuildOutcome strict = new TeamProject(dir)
                .settings(b -> b.failOnWarnings(true))
                .pipeline()
                .build();
        Files.delete(dir.resolve("src/main/careguide/ids.json"));
        BuildOutcome unregistered = project.pipeline().build();

        assertThat(lenient.success()).isTrue();
        assertThat(lenient.warnings())
                .filteredOn(d -> d.code().equals("unregistered-id"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.file()).endsWith("src/main/content/night-cramps.txt");
                    assertThat(d.line()).isEqualTo(14);
                    assertThat(d.message()).contains("remedy.apply-heating-pad", "ids.json", "run sync");
                });
        assertThat(strict.success()).isFalse();
        assertThat(unregistered.success()).isTrue();
        assertThat(unregistered.warnings()).extracting(Diagnostic::code).doesNotContain("unregistered-id");
    }

    @Test
    void registryIsSortedAndWrittenOnlyWhenItChanges() {
        SyncOutcome again = project.sync();
        String registry = project.read("src/main/careguide/ids.json");

        assertThat(again.rewrittenFiles()).isEmpty();
        List<String> ids = registry.lines().filter(l -> l.startsWith("    \"")).toList();
        assertThat(ids)
                .isSorted()
                .hasSize(10)
                .anySatisfy(l -> assertThat(l).startsWith("    \"" + SHOWER + "\" : \"night-cramps.txt:14 | "));
    }

    @Test
    void unknownGuideInTheEditorialFileFailsOnceAtItsPosition() {
        project.editorial("# decisions\nnight-cramp:\n  " + SHOWER + ": {title: Warm shower}\n");

        BuildOutcome build = project.pipeline().build();

        assertThat(build.success()).isFalse();
        assertThat(build.diagnostics())
                .filteredOn(d -> d.file().endsWith("editorial.yaml"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
                    assertThat(d.code()).isEqualTo("editorial-unknown-guide");
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.message()).contains("night-cramp'", "guides: night-cramps");
                });
    }
}
