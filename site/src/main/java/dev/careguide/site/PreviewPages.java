package dev.careguide.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.i18n.Locales;
import dev.careguide.site.page.Link;
import dev.careguide.site.page.PreviewPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a preview page from one guide file of the bundle and its manifest entry, and nothing else: every text
 * shown, labels included, is the file's own, so whatever an app would lack the preview lacks too.
 */
final class PreviewPages {

    /** The bundle's item lists in order, with the label key of each list's section name. */
    private static final List<String[]> LISTS = List.of(new String[] {"causes", "section.causes"},
            new String[] {"remedies", "section.remedies"}, new String[] {"exercises", "section.exercises"},
            new String[] {"specialists", "section.specialists"},
            new String[] {"nutrientSources", "section.nutrient-sources"},
            new String[] {"warningSigns", "section.warning-signs"});

    private PreviewPages() {
    }

    /**
     * @param file   the guide file ({@code json/<locale>/<id>.json} or its YAML twin)
     * @param locale the manifest's entry of the file's locale
     */
    static PreviewPage build(BuildOutputs.BundleFile file, JsonNode locale, String sourceLocale, List<Link> locales) {
        JsonNode guide = file.content();
        JsonNode labels = guide.path("labels");
        List<PreviewPage.Section> sections = new ArrayList<>();
        for (String[] list : LISTS) {
            List<PreviewPage.Item> items = new ArrayList<>();
            for (JsonNode item : guide.path(list[0])) {
                items.add(item(item, labels));
            }
            if (!items.isEmpty()) {
                sections.add(new PreviewPage.Section(list[0], text(labels.path(list[1])), items));
            }
        }
        List<String> omitted = new ArrayList<>();
        for (JsonNode o : locale.path("omitted")) {
            omitted.add(o.path("id").asText() + " (" + o.path("reason").asText() + ")");
        }
        List<String> chain = new ArrayList<>();
        locale.path("fallbackChain").forEach(t -> chain.add(t.asText()));
        String tag = guide.path("locale").asText();
        return new PreviewPage(guide.path("guide").asText(), tag, guide.path("direction").asText(),
                tag.equals(sourceLocale), locale.path("pseudo").asBoolean(false), chain,
                String.format(Locale.ROOT, "%.1f", locale.path("percentComplete").asDouble()), file.path(),
                text(guide.path("title")), text(guide.path("summary")), sections, omitted, locales);
    }

    private static PreviewPage.Item item(JsonNode item, JsonNode labels) {
        String type = item.path("type").asText();
        PreviewPage.Text tag = null;
        if (item.hasNonNull("kind")) {
            tag = text(labels.path("remedy-kind." + item.path("kind").asText()));
        } else if (item.hasNonNull("category")) {
            tag = text(labels.path("cause-category." + item.path("category").asText()));
        }
        List<PreviewPage.Text> steps = texts(item.path("steps"));
        List<PreviewPage.Text> foods = texts(item.path("foods"));
        JsonNode dosage = item.path("dosage");
        JsonNode safety = item.path("safety");
        String level = safety.isMissingNode() ? null : safety.path("level").asText();
        return new PreviewPage.Item(item.path("id").asText(), text(item.path("title")), tag,
                text(item.path("description")), steps.isEmpty() ? null : text(labels.path("label.steps")), steps,
                dosage.isMissingNode() ? null : text(labels.path("label.dosage")),
                dosage.isMissingNode() ? null : dosage.path("label").asText(), level,
                level == null ? null : text(labels.path("safety." + level)), text(safety.path("reason")),
                foods.isEmpty() ? null : text(labels.path("label.foods")), foods);
    }

    private static List<PreviewPage.Text> texts(JsonNode array) {
        List<PreviewPage.Text> out = new ArrayList<>();
        array.forEach(t -> out.add(text(t)));
        return out;
    }

    /**
     * A localized string of the file, or {@code null} when the file has none there. A missing label is shown
     * as its absence, never filled in from elsewhere.
     */
    static PreviewPage.Text text(JsonNode node) {
        if (node == null || !node.isObject() || !node.hasNonNull("text")) {
            return null;
        }
        String lang = node.path("locale").asText();
        String dir = Locales.problem(lang) == null ? Locales.direction(lang).wireName() : "auto";
        return new PreviewPage.Text(node.path("text").asText(), lang, dir,
                "fallback".equals(node.path("state").asText()), node.path("stale").asBoolean(false), lang);
    }
}
