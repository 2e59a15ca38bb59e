package dev.careguide.site.page;

import java.util.List;

/**
 * One guide in one locale, read from the bundle's file as an app reads it: the locale's own labels and
 * strings, each string with the language it is really in, fallbacks marked.
 *
 * @param omitted items the export policy left out of this locale, as {@code id (reason)}
 */
public record PreviewPage(
        String guide,
        String locale,
        String direction,
        boolean source,
        boolean pseudo,
        List<String> fallbackChain,
        String percentComplete,
        String bundleFile,
        Text title,
        Text summary,
        List<Section> sections,
        List<String> omitted,
        List<Link> locales) {

    public PreviewPage {
        fallbackChain = List.copyOf(fallbackChain);
        sections = List.copyOf(sections);
        omitted = List.copyOf(omitted);
        locales = List.copyOf(locales);
    }

    /**
     * A localized string: its text, the language and direction it is in when they are not the page's
     * ({@code null} otherwise), and whether it fell back (from {@code from}) or replaced a stale translation.
     */
    public record Text(String text, String lang, String dir, boolean fallback, boolean stale, String from) {}

    /** The items of one type under the locale's section name. */
    public record Section(String id, Text name, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** An item as an app shows it; absent parts are {@code null} or empty. */
    public record Item(
            String id,
            Text title,
            Text tag,
            Text description,
            Text stepsLabel,
            List<Text> steps,
            Text dosageLabel,
            String dosage,
            String safetyLevel,
            Text safetyLabel,
            Text safetyReason,
            Text foodsLabel,
            List<Text> foods) {
        public Item {
            steps = List.copyOf(steps);
            foods = List.copyOf(foods);
        }
    }
}
