package dev.careguide.importer;

import dev.careguide.model.ItemType;

/**
 * Gives each merged draft its labels: a remedy's kind and safety, a cause's category. Runs after merging so the
 * labels see every sentence of an item.
 */
final class ItemLabeler {

    private final LabelClassifier labels;
    private final SafetyAssessor safety;
    private final ImportRules rules;

    ItemLabeler(ImportRules rules) {
        this.rules = rules;
        this.labels = new LabelClassifier(rules);
        this.safety = new SafetyAssessor(rules);
    }

    void label(Draft d) {
        String text = d.text();
        if (d.type == ItemType.REMEDY) {
            d.kind = labels.kind(String.join(" ", d.sentences), d.section);
            d.safety = safety.assess(d);
        } else if (d.type == ItemType.CAUSE) {
            d.category = labels.category(d.title, text);
        }
    }

    LabelClassifier classifier() {
        return labels;
    }

    ImportRules rules() {
        return rules;
    }
}
