package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateMergerTest {

    private final DuplicateMerger merger = new DuplicateMerger(ImportRules.defaults());

    private static Draft draft(ItemType type, String title, int line) {
        Draft d = new Draft(type, SectionType.NONE, title, 0, line);
        d.sentences.add(title + ".");
        d.provenance.add(new Provenance("a.txt", line, line, title + "."));
        return d;
    }

    @Test
    void nearDuplicatesMergeKeepingEveryProvenanceSpan() {
        List<Draft> out = merger.merge(List.of(draft(ItemType.CAUSE, "Genetic predisposition to varicose veins", 1),
                draft(ItemType.CAUSE, "Smoking", 2),
                draft(ItemType.CAUSE, "Varicose veins and genetic predisposition", 3)));
        assertThat(out).hasSize(2);
        Draft merged = out.get(0);
        assertThat(merged.provenance).extracting(Provenance::startLine).containsExactly(1, 3);
        assertThat(merged.mergedTitles).hasSize(1);
        assertThat(merged.mergedSources).containsExactly("a.txt:1", "a.txt:3");
    }

    @Test
    void differentTypesNeverMerge() {
        List<Draft> out = merger.merge(List.of(draft(ItemType.CAUSE, "Sea salt baths", 1),
                draft(ItemType.REMEDY, "Sea salt baths", 2)));
        assertThat(out).hasSize(2);
    }

    @Test
    void itemsOfOneListStayApart() {
        Draft a = draft(ItemType.EXERCISE, "Sit with a straight back and pull the toes", 1);
        Draft b = draft(ItemType.EXERCISE, "Sit with a straight back and pull the knee", 2);
        a.list = 7;
        b.list = 7;
        assertThat(merger.merge(List.of(a, b))).hasSize(2);
        b.list = 8;
        assertThat(merger.merge(List.of(a, b))).hasSize(1);
    }

    @Test
    void remediesAboutTheSameThingMerge() {
        List<Draft> out = merger.merge(List.of(draft(ItemType.REMEDY, "Wear comfortable shoes", 1),
                draft(ItemType.REMEDY, "Tight shoes must be avoided", 9)));
        assertThat(out).hasSize(1);
    }

    @Test
    void unrelatedItemsStayApart() {
        List<Draft> out = merger.merge(List.of(draft(ItemType.REMEDY, "Take a warm shower", 1),
                draft(ItemType.REMEDY, "Sleep on the left side", 2),
                draft(ItemType.REMEDY, "Eat more dried apricots", 3)));
        assertThat(out).hasSize(3);
    }
}
