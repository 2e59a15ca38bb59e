package dev.careguide.importer;

import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops remedy drafts that give no concrete advice: text that reads like advice ("it is useful to study this")
 * but names nothing a remedy kind's cues know (no food, massage, bath, drug, exercise, ...). Their spans go to
 * the report's unused list, so nothing disappears silently.
 */
final class AdviceFilter {

    private final ImportRules rules;

    AdviceFilter(ImportRules rules) {
        this.rules = rules;
    }

    List<Draft> keepConcrete(List<Draft> drafts, List<ImportReport.UnusedBlock> unused) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type == ItemType.REMEDY && !isConcrete(d)) {
                for (Provenance p : d.provenance) {
                    unused.add(new ImportReport.UnusedBlock(p.document(), p.startLine(), p.endLine(),
                            "advice with nothing concrete (no remedy-kind cue)", p.text()));
                }
                continue;
            }
            out.add(d);
        }
        return out;
    }

    boolean isConcrete(Draft d) {
        Words words = Words.of(d.text());
        for (CueSet cues : rules.remedyKinds.values()) {
            if (cues.matches(words)) {
                return true;
            }
        }
        return false;
    }
}
