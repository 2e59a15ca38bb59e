package dev.careguide.i18n;

import dev.careguide.model.Exercise;
import dev.careguide.model.Item;
import dev.careguide.model.NutrientSource;
import dev.careguide.model.Remedy;
import java.util.ArrayList;
import java.util.List;

/**
 * The stable catalog keys of a model's translatable strings: {@code <item id>.<field>}, with 1-based indexes
 * for list entries ({@code exercise.calf-raises.steps.2}, {@code nutrient.magnesium.foods.1}) and
 * {@code remedy.quinine.safety.reason} for the reason of a remedy's safety judgement.
 */
public final class MessageKeys {

    /** Key of the guide's title. */
    public static final String GUIDE_TITLE = "guide.title";
    /** Key of the guide's summary. */
    public static final String GUIDE_SUMMARY = "guide.summary";

    private MessageKeys() {}

    /**
     * Keys of every translatable string of a guide in catalog order: its title and summary (when not empty),
     * then each item's keys ({@link #of(Item)}).
     */
    public static List<String> of(dev.careguide.model.Guide guide) {
        List<String> keys = new ArrayList<>();
        if (!guide.title().isEmpty()) {
            keys.add(GUIDE_TITLE);
        }
        if (!guide.summary().isEmpty()) {
            keys.add(GUIDE_SUMMARY);
        }
        guide.items().forEach(item -> keys.addAll(of(item)));
        return keys;
    }

    public static String title(Item item) {
        return item.id() + ".title";
    }

    public static String description(Item item) {
        return item.id() + ".description";
    }

    /** Key of step {@code index} (1-based) of a remedy or exercise. */
    public static String step(Item item, int index) {
        return item.id() + ".steps." + index;
    }

    /** Key of food {@code index} (1-based) of a nutrient source. */
    public static String food(NutrientSource item, int index) {
        return item.id() + ".foods." + index;
    }

    /** Key of the reason of a remedy's safety judgement (needs medical review, unsafe), shown to app users. */
    public static String safetyReason(Remedy remedy) {
        return remedy.id() + ".safety.reason";
    }

    /**
     * Keys of every translatable string of an item, in display order: title, description, steps, a remedy's
     * safety reason, foods. Empty descriptions and blank safety reasons have no key.
     */
    public static List<String> of(Item item) {
        List<String> keys = new ArrayList<>();
        keys.add(title(item));
        if (!item.description().isEmpty()) {
            keys.add(description(item));
        }
        List<String> steps = item instanceof Remedy r ? r.steps() : item instanceof Exercise e ? e.steps() : List.of();
        for (int i = 1; i <= steps.size(); i++) {
            keys.add(step(item, i));
        }
        if (item instanceof Remedy r && hasSafetyReason(r)) {
            keys.add(safetyReason(r));
        }
        if (item instanceof NutrientSource n) {
            for (int i = 1; i <= n.foods().size(); i++) {
                keys.add(food(n, i));
            }
        }
        return keys;
    }

    /** Whether a remedy's safety judgement has a reason to translate (not null, not blank). */
    public static boolean hasSafetyReason(Remedy remedy) {
        return remedy.safety().reason() != null && !remedy.safety().reason().isBlank();
    }
}
