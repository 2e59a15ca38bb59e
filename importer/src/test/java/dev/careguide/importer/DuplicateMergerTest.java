package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateMergerTest {

    private final DuplicateMerger merger = new DuplicateMerger(ImportRules.defaults(), java.util.Set.of());

    /** A draft whose lemmas are given: what the extraction would have read from its text. */
    private static Draft draft(ItemType type, String title, int line, String verb, String... lemmas) {
        Draft d = new Draft(type, SectionType.NONE, title, 0, line);
        d.sentences.add(title + ".");
        d.provenance.add(new Provenance("a.txt", line, line, title + "."));
        d.lemmas.addAll(List.of(lemmas));
        d.headVerb = verb;
        d.headNouns.addAll(List.of(lemmas).subList(0, Math.min(2, lemmas.length)));
        return d;
    }

    @Test
    void nearDuplicatesMergeKeepingEveryProvenanceSpanAndOneWording() {
        List<Draft> out = merger.merge(List.of(
                draft(
                        ItemType.CAUSE,
                        "Genetic predisposition to varicose veins",
                        1,
                        null,
                        "genetic",
                        "predisposition",
                        "varicose",
                        "vein"),
                draft(ItemType.CAUSE, "Smoking", 2, null, "smoking"),
                draft(
                        ItemType.CAUSE,
                        "Varicose veins and genetic predisposition",
                        3,
                        null,
                        "varicose",
                        "vein",
                        "genetic",
                        "predisposition")));
        assertThat(out).hasSize(2);
        Draft merged = out.get(0);
        assertThat(merged.provenance).extracting(Provenance::startLine).containsExactly(1, 3);
        assertThat(merged.mergedTitles).hasSize(1);
        assertThat(merged.mergedSources).containsExactly("a.txt:1", "a.txt:3");
        assertThat(merged.sentences)
                .as("the text holds one wording, the others stay in provenance")
                .hasSize(1);
    }

    @Test
    void differentTypesNeverMerge() {
        List<Draft> out = merger.merge(List.of(
                draft(ItemType.CAUSE, "Sea salt baths", 1, null, "sea", "salt", "bath"),
                draft(ItemType.REMEDY, "Sea salt baths", 2, null, "sea", "salt", "bath")));
        assertThat(out).hasSize(2);
    }

    @Test
    void itemsOfOneListStayApart() {
        Draft a = draft(
                ItemType.REMEDY,
                "Sit with a straight back and pull the toes",
                1,
                "sit",
                "back",
                "toe",
                "straight",
                "pull");
        Draft b = draft(
                ItemType.REMEDY,
                "Sit with a straight back and pull the knee",
                2,
                "sit",
                "back",
                "knee",
                "straight",
                "pull");
        a.list = 7;
        b.list = 7;
        assertThat(merger.merge(List.of(a, b))).hasSize(2);
        b.list = 8;
        assertThat(merger.merge(List.of(a, b))).hasSize(1);
    }

    @Test
    void adviceOpeningWithTheSameVerbOnTheSameThingMerges() {
        List<Draft> out = merger.merge(List.of(
                draft(
                        ItemType.REMEDY,
                        "Massage the calf with circular motions",
                        1,
                        "massage",
                        "calf",
                        "circular",
                        "motion"),
                draft(
                        ItemType.REMEDY,
                        "Massage the cramped calf until it softens",
                        9,
                        "massage",
                        "calf",
                        "cramped",
                        "soften")));
        assertThat(out).hasSize(1);
    }

    @Test
    void aPracticeTheTextWarnsAgainstNeverMergesWithAdvice() {
        Draft advice = draft(ItemType.REMEDY, "Eat small portions often", 1, "eat", "portion", "small", "often");
        Draft warned = draft(ItemType.REMEDY, "Do not eat at all for a day", 5, "eat", "portion", "small", "day");
        warned.stance.add(Clause.Stance.UNSAFE);
        assertThat(merger.merge(List.of(advice, warned))).hasSize(2);
    }

    @Test
    void exercisesMergeOnlyForTheSameMovement() {
        Draft a = draft(ItemType.EXERCISE, "Rise on the toes", 1, "rise", "toe", "time");
        Draft b = draft(ItemType.EXERCISE, "Pull the toes towards you", 5, "pull", "toe", "time");
        assertThat(merger.merge(List.of(a, b))).hasSize(2);
        Draft c = draft(ItemType.EXERCISE, "Rise on the toes slowly", 9, "rise", "toe", "slowly");
        assertThat(merger.merge(List.of(a, c))).hasSize(1);
    }

    @Test
    void unrelatedItemsStayApart() {
        List<Draft> out = merger.merge(List.of(
                draft(ItemType.REMEDY, "Take a warm shower", 1, "take", "shower", "warm"),
                draft(ItemType.REMEDY, "Sleep on the left side", 2, "sleep", "side", "left"),
                draft(ItemType.REMEDY, "Eat more dried apricots", 3, "eat", "apricot", "dried")));
        assertThat(out).hasSize(3);
    }

    @Test
    void anActionNeverMergesWithItsProhibition() {
        Draft allowed = draft(ItemType.REMEDY, "Sleep half-sitting on two pillows", 1, "sleep", "pillow", "back");
        Draft forbidden = draft(ItemType.REMEDY, "Do not sleep on the back", 5, "sleep", "pillow", "back");
        forbidden.negatedVerb = true;
        assertThat(merger.merge(List.of(allowed, forbidden))).hasSize(2);
        Draft again =
                draft(ItemType.REMEDY, "Sleep half-sitting with a pillow under the back", 9, "sleep", "pillow", "back");
        assertThat(merger.merge(List.of(allowed, again))).hasSize(1);
    }

    @Test
    void twoCausesWithTheSameSubjectMerge() {
        Draft a = draft(ItemType.CAUSE, "The growing uterus presses on the veins", 1, null, "uterus", "vein", "press");
        Draft b = draft(ItemType.CAUSE, "The uterus squeezes the vena cava", 7, null, "uterus", "cava", "squeeze");
        a.subject = "uterus";
        b.subject = "uterus";
        assertThat(merger.merge(List.of(a, b))).hasSize(1);
        Draft flat = draft(ItemType.CAUSE, "Flat feet", 3, null, "foot", "flat");
        Draft cold = draft(ItemType.CAUSE, "Cold feet syndrome", 4, null, "foot", "cold", "syndrome");
        flat.subject = "flat foot";
        cold.subject = "cold foot syndrome";
        assertThat(merger.merge(List.of(flat, cold))).hasSize(2);
    }
}
