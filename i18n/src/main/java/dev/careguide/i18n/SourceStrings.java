package dev.careguide.i18n;

import dev.careguide.i18n.properties.PropertiesFile;
import dev.careguide.i18n.properties.PropertiesReader;
import dev.careguide.model.Cause;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.Provenance;
import dev.careguide.model.Remedy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every translatable string of a guide in catalog order (guide title and summary, then each item's keys from
 * {@link MessageKeys}), and the UI messages shipped with this library.
 */
public final class SourceStrings {

    /** Key of the guide's title ({@link MessageKeys#GUIDE_TITLE}). */
    public static final String GUIDE_TITLE = MessageKeys.GUIDE_TITLE;
    /** Key of the guide's summary ({@link MessageKeys#GUIDE_SUMMARY}). */
    public static final String GUIDE_SUMMARY = MessageKeys.GUIDE_SUMMARY;

    /** Resource folder of the built-in UI messages ({@code messages.properties} and translations). */
    static final String UI_RESOURCE_DIR = "ui/";

    private SourceStrings() {}

    public static List<SourceString> of(Guide guide) {
        return of(guide, CatalogRules.defaults());
    }

    public static List<SourceString> of(Guide guide, CatalogRules rules) {
        return of(guide, rules, ShippingPolicy.SHIP_ALL);
    }

    /** The guide's strings, each carrying why its item is not shipped under {@code shipping} (null: it ships). */
    public static List<SourceString> of(Guide guide, CatalogRules rules, ShippingPolicy shipping) {
        List<SourceString> out = new ArrayList<>();
        if (!guide.title().isEmpty()) {
            out.add(string(GUIDE_TITLE, guide.title(), "guide title", rules, null));
        }
        if (!guide.summary().isEmpty()) {
            out.add(string(GUIDE_SUMMARY, guide.summary(), "guide summary", rules, null));
        }
        for (Item item : guide.items()) {
            String spans = item.provenance().isEmpty() ? null : spans(item.provenance());
            String notShipped = shipping.notShippedReason(item);
            for (String key : MessageKeys.of(item)) {
                out.add(string(key, text(item, key), describe(item, key, spans), rules, notShipped));
            }
        }
        return out;
    }

    /** The text of one of an item's keys. */
    static String text(Item item, String key) {
        String field = key.substring(item.id().length() + 1);
        if (item instanceof Remedy r && key.equals(MessageKeys.safetyReason(r))) {
            return r.safety().reason();
        }
        if (field.equals("title")) {
            return item.title();
        }
        if (field.equals("description")) {
            return item.description();
        }
        int index = Integer.parseInt(field.substring(field.indexOf('.') + 1)) - 1;
        if (field.startsWith("foods.")) {
            return ((dev.careguide.model.NutrientSource) item).foods().get(index);
        }
        List<String> steps = item instanceof Remedy r ? r.steps() : ((dev.careguide.model.Exercise) item).steps();
        return steps.get(index);
    }

    private static String describe(Item item, String key, String spans) {
        StringBuilder sb = new StringBuilder(item.type().prefix());
        if (item instanceof Remedy r && r.kind() != null) {
            sb.append(" (").append(r.kind().wireName()).append(')');
        } else if (item instanceof Cause c && c.category() != null) {
            sb.append(" (").append(c.category().wireName()).append(')');
        }
        String field = key.substring(item.id().length() + 1);
        int dot = field.indexOf('.');
        if (item instanceof Remedy r && key.equals(MessageKeys.safetyReason(r))) {
            sb.append(", safety reason (")
                    .append(r.safety().level().wireName())
                    .append("): why the remedy is flagged, shown to app users beside it");
        } else if (dot > 0) {
            String list = field.substring(0, dot);
            int size = list.equals("foods")
                    ? ((dev.careguide.model.NutrientSource) item).foods().size()
                    : item instanceof Remedy r
                            ? r.steps().size()
                            : ((dev.careguide.model.Exercise) item).steps().size();
            sb.append(", ")
                    .append(list.equals("foods") ? "food" : "step")
                    .append(' ')
                    .append(field.substring(dot + 1))
                    .append(" of ")
                    .append(size);
        } else {
            sb.append(", ").append(field);
        }
        if (spans != null) {
            sb.append(" · ").append(spans);
        }
        return sb.toString();
    }

    /** Source spans grouped by document: {@code a.txt:7, 9-12, 20; b.txt:3}. */
    private static String spans(List<Provenance> provenance) {
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        for (Provenance p : provenance) {
            String lines = p.startLine() + (p.endLine() != p.startLine() ? "-" + p.endLine() : "");
            List<String> list = byDocument.computeIfAbsent(p.document(), d -> new ArrayList<>());
            if (!list.contains(lines)) {
                list.add(lines);
            }
        }
        return byDocument.entrySet().stream()
                .map(e -> e.getKey() + ":" + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static SourceString string(
            String key, String text, String description, CatalogRules rules, String notShipped) {
        int limit = rules.lengthLimit(key);
        String line = limit > 0 ? description + " · max " + limit + " characters" : description;
        return new SourceString(key, text, List.of(line), limit, notShipped);
    }

    /** The UI messages shipped with this library (English, ICU MessageFormat), with their context. */
    public static List<SourceString> ui() {
        CatalogFile file = builtInUi(null);
        List<SourceString> out = new ArrayList<>();
        for (CatalogEntry e : file.entries()) {
            out.add(new SourceString(e.key(), e.value(), e.context(), 0));
        }
        return out;
    }

    /**
     * The keys of the UI messages that take no argument (section names, field labels, safety labels, remedy
     * kinds, cause categories), in catalog order: what an app shows around a guide's own text.
     */
    public static List<String> uiLabels() {
        return UI_LABELS;
    }

    private static final List<String> UI_LABELS = ui().stream()
            .filter(s -> new com.ibm.icu.text.MessageFormat(s.text(), com.ibm.icu.util.ULocale.ROOT)
                    .getArgumentNames()
                    .isEmpty())
            .map(SourceString::key)
            .toList();

    /** The source locale of the built-in UI messages. */
    public static String uiSourceLocale() {
        return "en";
    }

    /** A built-in UI catalog: the source ({@code tag == null}) or a translation; {@code null} when none ships. */
    static CatalogFile builtInUi(String tag) {
        String name = UI_RESOURCE_DIR
                + (tag == null ? "messages.properties" : "messages_" + tag.replace('-', '_') + ".properties");
        try (InputStream in = SourceStrings.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            PropertiesFile pf = PropertiesReader.read(in.readAllBytes(), "careguide-i18n:" + name, tag)
                    .requireValid();
            return CatalogFile.of(pf, tag);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
