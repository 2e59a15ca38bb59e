package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdMatcherTest {

    private static final String GUIDE = "g";
    private static final String SHOWER = "Take a warm shower for ten minutes to relax the tired calf muscles.";
    private static final String MASSAGE = "Massage the calf muscle with strong circular motions.";

    @TempDir
    Path dir;

    /** A draft of one line with the given importer id. */
    private static Draft draft(ItemType type, String id, int line, String... texts) {
        Draft d = new Draft(type, SectionType.FIRST_AID, texts[0], 0, line);
        for (int i = 0; i < texts.length; i++) {
            d.sentences.add(texts[i]);
            d.provenance.add(new Provenance("a.txt", line + i, line + i, "  • " + texts[i]));
        }
        d.id = id;
        return d;
    }

    private static Draft remedy(String id, int line, String... texts) {
        return draft(ItemType.REMEDY, id, line, texts);
    }

    /** The registry a sync would write after matching {@code drafts} against {@code registry}. */
    private IdRegistry synced(IdRegistry registry, Draft... drafts) {
        IdMatcher.Outcome outcome = new IdMatcher().match(new ArrayList<>(List.of(drafts)), registry, GUIDE, Set.of());
        Path file = dir.resolve("ids.json");
        registry.with(GUIDE, outcome.entries()).write(file);
        return IdRegistry.read(file);
    }

    private static IdMatcher.Outcome match(IdRegistry registry, Draft... drafts) {
        return new IdMatcher().match(new ArrayList<>(List.of(drafts)), registry, GUIDE, Set.of());
    }

    private IdRegistry registered() {
        return synced(
                IdRegistry.absent().with(GUIDE, List.of()),
                remedy("remedy.take-warm-shower", 10, SHOWER),
                remedy("remedy.massage-calf", 11, MASSAGE));
    }

    @Test
    void withoutARegistryTheImportersIdsStayAndNothingIsUnregistered() {
        Draft shower = remedy("remedy.take-warm-shower-fifteen", 10, SHOWER.replace("ten", "fifteen"));
        IdMatcher.Outcome outcome = match(IdRegistry.absent(), shower);
        assertThat(shower.id).isEqualTo("remedy.take-warm-shower-fifteen");
        assertThat(outcome.unregistered()).isEmpty();
        assertThat(outcome.entries()).extracting(IdRegistry.Entry::id).containsExactly(shower.id);
    }

    @Test
    void rewordedItemAtItsLinesKeepsItsId() {
        Draft shower = remedy(
                "remedy.take-warm-shower-fifteen",
                10,
                SHOWER.replace("ten minutes", "fifteen minutes").replace("tired", "back"));
        Draft massage = remedy("remedy.massage-calf", 11, MASSAGE);
        IdMatcher.Outcome outcome = match(registered(), shower, massage);
        assertThat(shower.id).isEqualTo("remedy.take-warm-shower");
        assertThat(outcome.unregistered()).isEmpty();
        assertThat(outcome.entries()).extracting(IdRegistry.Entry::retired).containsOnly(false);
    }

    @Test
    void movedItemKeepsItsIdByItsText() {
        Draft massage = remedy("remedy.massage-calf", 3, MASSAGE);
        Draft shower = remedy("remedy.take-warm-shower", 40, SHOWER);
        match(registered(), massage, shower);
        assertThat(massage.id).isEqualTo("remedy.massage-calf");
        assertThat(shower.id).isEqualTo("remedy.take-warm-shower");
    }

    @Test
    void otherTextAtTheSameLineIsANewItemAndTheOldOneIsRetired() {
        Draft other = remedy("remedy.apply-heating-pad", 10, "Apply a heating pad to the knee for an hour.");
        IdMatcher.Outcome outcome = match(registered(), other, remedy("remedy.massage-calf", 11, MASSAGE));
        assertThat(other.id).isEqualTo("remedy.apply-heating-pad");
        assertThat(outcome.unregistered()).containsExactly(other);
        assertThat(outcome.entries())
                .filteredOn(IdRegistry.Entry::retired)
                .extracting(IdRegistry.Entry::id)
                .containsExactly("remedy.take-warm-shower");
        assertThat(outcome.whereabouts())
                .containsEntry(
                        "remedy.take-warm-shower",
                        "its source lines (a.txt:10) are now part of 'remedy.apply-heating-pad'");
    }

    @Test
    void splitItemKeepsItsIdOnTheLargerPartAndTheOtherNamesItAsFormer() {
        IdRegistry registry = synced(
                IdRegistry.absent().with(GUIDE, List.of()),
                remedy("remedy.take-warm-shower", 10, SHOWER, "Keep the water warm."));
        Draft small = remedy("remedy.keep-water-warm", 10, "Keep the water warm.");
        Draft large = remedy("remedy.take-warm-shower-2", 11, SHOWER);
        IdMatcher.Outcome outcome = match(registry, small, large);
        assertThat(large.id).isEqualTo("remedy.take-warm-shower");
        assertThat(small.id).isEqualTo("remedy.keep-water-warm");
        assertThat(outcome.changes())
                .containsExactly(
                        new ImportReport.IdChange("remedy.keep-water-warm", "remedy.take-warm-shower", "split"));
    }

    @Test
    void theVeryTextOfARegisteredItemKeepsItsIdOverALargerRewordedCopy() {
        Draft reworded = remedy("remedy.take-warm-shower", 10, SHOWER.replace("tired", "tired and sore"));
        Draft original = remedy("remedy.take-warm-shower-2", 12, SHOWER);
        match(registered(), reworded, original);
        assertThat(original.id).isEqualTo("remedy.take-warm-shower");
        assertThat(reworded.id).isEqualTo("remedy.take-warm-shower-2");
    }

    @Test
    void retiredItemGetsItsIdBackAndNoNewItemTakesIt() {
        IdRegistry retired = synced(registered(), remedy("remedy.massage-calf", 11, MASSAGE));
        assertThat(retired.entries(GUIDE))
                .filteredOn(IdRegistry.Entry::retired)
                .extracting(IdRegistry.Entry::id)
                .containsExactly("remedy.take-warm-shower");

        Draft newcomer = remedy("remedy.take-warm-shower", 30, "Take a warm bath with sea salt before bed.");
        match(retired, newcomer);
        Draft back = remedy("remedy.take-warm-shower-2", 20, SHOWER);
        IdMatcher.Outcome outcome = match(retired, back);

        assertThat(newcomer.id).isEqualTo("remedy.take-warm-shower-2");
        assertThat(back.id).isEqualTo("remedy.take-warm-shower");
        assertThat(outcome.entries())
                .filteredOn(e -> e.id().equals("remedy.take-warm-shower"))
                .extracting(IdRegistry.Entry::retired)
                .containsExactly(false);
    }

    @Test
    void newItemsDoNotTakeIdsTheEditorialFileGivesToItsOwnItems() {
        Draft d = remedy("remedy.shower-water", 5, "Pour warm water over the calves.");
        new IdMatcher().match(new ArrayList<>(List.of(d)), registered(), GUIDE, Set.of("remedy.shower-water"));
        assertThat(d.id).isEqualTo("remedy.shower-water-2");
    }

    @Test
    void itemsOfAnotherTypeNeverTakeAnId() {
        Draft cause = draft(ItemType.CAUSE, "cause.warm-shower", 10, SHOWER);
        IdMatcher.Outcome outcome = match(registered(), cause);
        assertThat(cause.id).isEqualTo("cause.warm-shower");
        assertThat(outcome.unregistered()).containsExactly(cause);
        assertThat(outcome.whereabouts()).containsKeys("remedy.take-warm-shower", "remedy.massage-calf");
    }

    @Test
    void theSampleOfWordsEstimatesHowAlikeTwoItemsAre() {
        ItemTrace a = ItemTrace.of(List.of(new Provenance("a.txt", 1, 1, SHOWER)));
        ItemTrace b = ItemTrace.of(List.of(new Provenance("a.txt", 9, 9, SHOWER.replace("ten", "fifteen"))));
        ItemTrace c = ItemTrace.of(List.of(new Provenance("a.txt", 1, 1, MASSAGE)));
        assertThat(a.similarity(a)).isEqualTo(1.0);
        assertThat(a.similarity(b)).isEqualTo(a.similarity(ItemTrace.of(registryEntry(b))));
        assertThat(a.similarity(b)).isEqualTo(8.0 / 9);
        assertThat(a.similarity(c))
                .as("14 words together, more than the sample: an estimate of 1/14")
                .isCloseTo(1.0 / 14, org.assertj.core.data.Offset.offset(0.05))
                .isPositive();
        assertThat(a.overlap(c)).isEqualTo(1.0);
        assertThat(a.overlap(b)).isZero();
        assertThat(a.words()).doesNotContain("ten", "the", "for").contains("minutes", "shower");
        assertThat(a.fingerprint())
                .isNotEqualTo(b.fingerprint())
                .isEqualTo(ItemTrace.of(List.of(new Provenance("b.txt", 7, 7, SHOWER)))
                        .fingerprint());
    }

    private static IdRegistry.Entry registryEntry(ItemTrace t) {
        return IdRegistry.Entry.of("remedy.x", t);
    }

    @Test
    void registryEntriesOfADraftAreItsIdSpansWordsAndFingerprint() {
        IdMatcher.Outcome outcome = match(IdRegistry.absent(), remedy("remedy.massage-calf", 11, MASSAGE));
        assertThat(outcome.entries()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("a.txt:11");
            assertThat(e.words()).containsExactly("calf", "circular", "massage", "motions", "muscle", "strong", "with");
            assertThat(e.fingerprint()).hasSize(12);
        });
    }
}
