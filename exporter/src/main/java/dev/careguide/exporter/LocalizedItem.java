package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One item of a guide in one locale. Fields that do not apply to the item's type are {@code null} (absent
 * from JSON/YAML); lists are never {@code null} and are left out of JSON/YAML when empty.
 *
 * @param type        {@code cause}, {@code remedy}, {@code exercise}, {@code specialist}, {@code nutrient} or
 *                    {@code warning} (the id prefix)
 * @param kind        a remedy's kind, e.g. {@code first-aid}
 * @param category    a cause's category, e.g. {@code nutritional}
 * @param nutrient    a nutrient source's vocabulary key, e.g. {@code magnesium}
 * @param nutrients   nutrient keys a cause relates to
 * @param specialists specialist item ids a remedy refers to (only those present in the same file)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedItem(
        String id,
        String type,
        String kind,
        String category,
        String nutrient,
        LocalizedText title,
        LocalizedText description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalizedText> steps,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalizedText> foods,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalizedQuantity> quantities,
        LocalizedDosage dosage,
        SafetyInfo safety,
        String review,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> nutrients,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> specialists,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> targetMuscles,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SourceRef> provenance) {

    public LocalizedItem {
        steps = copy(steps);
        foods = copy(foods);
        quantities = copy(quantities);
        nutrients = copy(nutrients);
        specialists = copy(specialists);
        targetMuscles = copy(targetMuscles);
        provenance = copy(provenance);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
