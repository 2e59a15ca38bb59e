package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One guide composed with one locale: what every {@link Exporter} writes. Items keep the model's order within
 * each list; items the {@link ExportPolicy} leaves out are absent (the manifest lists them).
 *
 * @param formatVersion  the bundle format version (semver)
 * @param guide          the guide id
 * @param locale         this file's BCP 47 tag
 * @param fallbackChain  locales tried after this one, ending with the source locale (empty for the source)
 * @param labels         the UI labels an app shows around the guide's text (section names, field labels, safety
 *                       labels, remedy kinds, cause categories), by UI message key, sorted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedGuide(
        String formatVersion,
        String guide,
        String locale,
        String direction,
        String sourceLocale,
        List<String> fallbackChain,
        Map<String, LocalizedText> labels,
        LocalizedText title,
        LocalizedText summary,
        List<LocalizedItem> causes,
        List<LocalizedItem> remedies,
        List<LocalizedItem> exercises,
        List<LocalizedItem> specialists,
        List<LocalizedItem> nutrientSources,
        List<LocalizedItem> warningSigns) {

    public LocalizedGuide {
        fallbackChain = List.copyOf(fallbackChain);
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        causes = List.copyOf(causes);
        remedies = List.copyOf(remedies);
        exercises = List.copyOf(exercises);
        specialists = List.copyOf(specialists);
        nutrientSources = List.copyOf(nutrientSources);
        warningSigns = List.copyOf(warningSigns);
    }

    /** Every item in the order causes, remedies, exercises, specialists, nutrient sources, warning signs. */
    @JsonIgnore
    public List<LocalizedItem> items() {
        List<LocalizedItem> all = new ArrayList<>();
        all.addAll(causes);
        all.addAll(remedies);
        all.addAll(exercises);
        all.addAll(specialists);
        all.addAll(nutrientSources);
        all.addAll(warningSigns);
        return all;
    }
}
