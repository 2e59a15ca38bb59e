package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One topic's structured content: its id (kebab-case, e.g. {@code leg-cramps-pregnancy}), the BCP 47 source
 * locale, a title and summary, and its items in source order.
 */
@JsonPropertyOrder({
    "id",
    "sourceLocale",
    "title",
    "summary",
    "causes",
    "remedies",
    "exercises",
    "specialists",
    "nutrientSources",
    "warningSigns"
})
public record Guide(
        String id,
        String sourceLocale,
        String title,
        String summary,
        List<Cause> causes,
        List<Remedy> remedies,
        List<Exercise> exercises,
        List<Specialist> specialists,
        List<NutrientSource> nutrientSources,
        List<WarningSign> warningSigns) {

    public Guide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceLocale, "sourceLocale");
        title = Lists.text(title);
        summary = Lists.text(summary);
        causes = Lists.copy(causes);
        remedies = Lists.copy(remedies);
        exercises = Lists.copy(exercises);
        specialists = Lists.copy(specialists);
        nutrientSources = Lists.copy(nutrientSources);
        warningSigns = Lists.copy(warningSigns);
    }

    /** Every item, in the order: causes, remedies, exercises, specialists, nutrient sources, warning signs. */
    @JsonIgnore
    public List<Item> items() {
        List<Item> all = new ArrayList<>();
        all.addAll(causes);
        all.addAll(remedies);
        all.addAll(exercises);
        all.addAll(specialists);
        all.addAll(nutrientSources);
        all.addAll(warningSigns);
        return all;
    }

    /** The item with the given id. */
    public Optional<Item> item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** A builder starting from this guide. */
    public Builder toBuilder() {
        return new Builder(id, sourceLocale)
                .title(title)
                .summary(summary)
                .causes(causes)
                .remedies(remedies)
                .exercises(exercises)
                .specialists(specialists)
                .nutrientSources(nutrientSources)
                .warningSigns(warningSigns);
    }

    /** A builder for a guide with the given topic id and source locale. */
    public static Builder builder(String id, String sourceLocale) {
        return new Builder(id, sourceLocale);
    }

    /** Builds a {@link Guide} one list at a time. */
    public static final class Builder {
        private String id;
        private String sourceLocale;
        private String title = "";
        private String summary = "";
        private List<Cause> causes = new ArrayList<>();
        private List<Remedy> remedies = new ArrayList<>();
        private List<Exercise> exercises = new ArrayList<>();
        private List<Specialist> specialists = new ArrayList<>();
        private List<NutrientSource> nutrientSources = new ArrayList<>();
        private List<WarningSign> warningSigns = new ArrayList<>();

        private Builder(String id, String sourceLocale) {
            this.id = id;
            this.sourceLocale = sourceLocale;
        }

        public Builder id(String v) {
            this.id = v;
            return this;
        }

        public Builder sourceLocale(String v) {
            this.sourceLocale = v;
            return this;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        public Builder summary(String v) {
            this.summary = v;
            return this;
        }

        public Builder causes(List<Cause> v) {
            this.causes = new ArrayList<>(v);
            return this;
        }

        public Builder remedies(List<Remedy> v) {
            this.remedies = new ArrayList<>(v);
            return this;
        }

        public Builder exercises(List<Exercise> v) {
            this.exercises = new ArrayList<>(v);
            return this;
        }

        public Builder specialists(List<Specialist> v) {
            this.specialists = new ArrayList<>(v);
            return this;
        }

        public Builder nutrientSources(List<NutrientSource> v) {
            this.nutrientSources = new ArrayList<>(v);
            return this;
        }

        public Builder warningSigns(List<WarningSign> v) {
            this.warningSigns = new ArrayList<>(v);
            return this;
        }

        public Builder add(Cause c) {
            causes.add(c);
            return this;
        }

        public Builder add(Remedy r) {
            remedies.add(r);
            return this;
        }

        public Builder add(Exercise e) {
            exercises.add(e);
            return this;
        }

        public Builder add(Specialist s) {
            specialists.add(s);
            return this;
        }

        public Builder add(NutrientSource n) {
            nutrientSources.add(n);
            return this;
        }

        public Builder add(WarningSign w) {
            warningSigns.add(w);
            return this;
        }

        public Guide build() {
            return new Guide(
                    id,
                    sourceLocale,
                    title,
                    summary,
                    causes,
                    remedies,
                    exercises,
                    specialists,
                    nutrientSources,
                    warningSigns);
        }
    }
}
