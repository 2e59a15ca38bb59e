package dev.careguide.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.i18n.Locales;
import dev.careguide.site.page.Link;
import dev.careguide.site.page.PreviewPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a preview page from one guide file of the bundle and its manifest entry, and nothing else: every text
 * shown, labels included, is the file's own, so whatever an app would lack the preview lacks too.
 */
final class PreviewPages {

    /** The bundle's item lists in order, with the label key of each list's section name. */
    private static final List<String[]> LISTS = List.of(
            new String[] {"causes", "section.causes"},
            new String[] {"remedies", "section.remedies"},
            new String[] {"exercises", "section.exercises"},
            new String[] {"specialists", "section.specialists"},
            new String[] {"nutrientSources", "section.nutrient-sources"},
            new String[] {"warningSigns", "section.warning-signs"});

    /** Writing direction by locale tag: a bundle names a handful of locales thousands of times. */
    private static final Map<String, String> DIRECTIONS = new ConcurrentHashMap<>();

    private PreviewPages() {}

    /**
     * @param file   the guide file ({@code json/<locale>/<id>.json} or its YAML twin)
     * @param locale the manifest's entry of the file's locale
     */
    static PreviewPage build(BuildOutputs.BundleFile file, JsonNode locale, String sourceLocale, List<Link> locales) {
        JsonNode guide = file.content();
        JsonNode labels = guide.path("labels");
        String tag = guide.path("locale").asText();
        List<PreviewPage.Section> sections = new ArrayList<>();
        for (String[] list : LISTS) {
            List<PreviewPage.Item> items = new ArrayList<>();
            for (JsonNode item : guide.path(list[0])) {
                items.add(item(item, labels, tag));
            }
            if (!items.isEmpty()) {
                sections.add(new PreviewPage.Section(list[0], text(labels.path(list[1]), tag), items));
            }
        }
        List<String> omitted = new ArrayList<>();
        for (JsonNode o : locale.path("omitted")) {
            omitted.add(o.path("id").asText() + " (" + o.path("reason").asText() + ")");
        }
        List<String> chain = new ArrayList<>();
        locale.path("fallbackChain").forEach(t -> chain.add(t.asText()));
        return new PreviewPage(
                guide.path("guide").asText(),
                tag,
                guide.path("direction").asText(),
                tag.equals(sourceLocale),
                locale.path("pseudo").asBoolean(false),
                chain,
                String.format(
                        Locale.ROOT, "%.1f", locale.path("percentComplete").asDouble()),
                file.path(),
                text(guide.path("title"), tag),
                text(guide.path("summary"), tag),
                sections,
                omitted,
                locales);
    }

    private static PreviewPage.Item item(JsonNode item, JsonNode labels, String page) {
        String type = item.path("type").asText();
        PreviewPage.Text tag = null;
        if (item.hasNonNull("kind")) {
            tag = text(labels.path("remedy-kind." + item.path("kind").asText()), page);
        } else if (item.hasNonNull("category")) {
            tag = text(labels.path("cause-category." + item.path("category").asText()), page);
        }
        List<PreviewPage.Text> steps = texts(item.path("steps"), page);
        List<PreviewPage.Text> foods = texts(item.path("foods"), page);
        JsonNode dosage = item.path("dosage");
        JsonNode safety = item.path("safety");
        String level = safety.isMissingNode() ? null : safety.path("level").asText();
        return new PreviewPage.Item(
                item.path("id").asText(),
                text(item.path("title"), page),
                tag,
                text(item.path("description"), page),
                steps.isEmpty() ? null : text(labels.path("label.steps"), page),
                steps,
                dosage.isMissingNode() ? null : text(labels.path("label.dosage"), page),
                dosage.isMissingNode() ? null : dosage.path("label").asText(),
                level,
                level == null ? null : text(labels.path("safety." + level), page),
                text(safety.path("reason"), page),
                foods.isEmpty() ? null : text(labels.path("label.foods"), page),
                foods);
    }

    private static List<PreviewPage.Text> texts(JsonNode array, String page) {
        List<PreviewPage.Text> out = new ArrayList<>();
        array.forEach(t -> out.add(text(t, page)));
        return out;
    }

    /**
     * A localized string of the file, or {@code null} when the file has none there (a missing label is shown as
     * its absence, never filled in from elsewhere). {@code lang} and {@code dir} are set only when the string is
     * in another language than the page's.
     */
    static PreviewPage.Text text(JsonNode node, String page) {
        if (node == null || !node.isObject() || !node.hasNonNull("text")) {
            return null;
        }
        String from = node.path("locale").asText();
        boolean foreign = !from.equals(page);
        return new PreviewPage.Text(
                node.path("text").asText(),
                foreign ? from : null,
                foreign
                        ? DIRECTIONS.computeIfAbsent(
                                from,
                                t -> Locales.problem(t) == null
                                        ? Locales.direction(t).wireName()
                                        : "auto")
                        : null,
                "fallback".equals(node.path("state").asText()),
                node.path("stale").asBoolean(false),
                from);
    }
}
