package dev.careguide.exporter;

import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.ResolvedText;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.i18n.TextDirection;
import dev.careguide.i18n.TextState;
import dev.careguide.model.Dosage;
import dev.careguide.model.Guide;
import dev.careguide.model.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@link LocaleView} over in-memory maps, standing in for the i18n module's catalogs. */
record FakeLocaleView(
        String tag,
        TextDirection direction,
        List<String> fallbackChain,
        String sourceTag,
        Map<String, String> source,
        Map<String, String> own,
        Set<String> stale)
        implements LocaleView {

    static FakeLocaleView source(Guide guide) {
        return new FakeLocaleView(
                guide.sourceLocale(),
                TextDirection.LTR,
                List.of(),
                guide.sourceLocale(),
                sourceStrings(guide),
                Map.of(),
                Set.of());
    }

    static FakeLocaleView target(
            Guide guide, String tag, TextDirection dir, Map<String, String> own, Set<String> stale) {
        return new FakeLocaleView(
                tag, dir, List.of(guide.sourceLocale()), guide.sourceLocale(), sourceStrings(guide), own, stale);
    }

    /** A complete translation made by applying {@code translate} to every source string. */
    static FakeLocaleView translated(
            Guide guide, String tag, TextDirection dir, java.util.function.UnaryOperator<String> translate) {
        Map<String, String> own = sourceStrings(guide).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> translate.apply(e.getValue()), (a, b) -> a, LinkedHashMap::new));
        return target(guide, tag, dir, own, Set.of());
    }

    /** Key → source text of every translatable string of the guide, as the i18n module lists them. */
    static Map<String, String> sourceStrings(Guide guide) {
        Map<String, String> map = new LinkedHashMap<>();
        SourceStrings.of(guide).forEach(s -> map.put(s.key(), s.text()));
        return map;
    }

    boolean isSource() {
        return tag.equals(sourceTag);
    }

    @Override
    public ResolvedText text(String key) {
        if (!source.containsKey(key)) {
            throw new IllegalArgumentException("unknown key " + key);
        }
        if (isSource()) {
            return new ResolvedText(source.get(key), TextState.SOURCE, tag);
        }
        if (own.containsKey(key)) {
            return new ResolvedText(own.get(key), stale.contains(key) ? TextState.STALE : TextState.TRANSLATED, tag);
        }
        return fallbackText(key);
    }

    @Override
    public ResolvedText fallbackText(String key) {
        return new ResolvedText(source.get(key), TextState.FALLBACK, sourceTag);
    }

    /** The key itself, in brackets with the tag for a target locale; never a fallback. */
    @Override
    public ResolvedText label(String key) {
        return isSource()
                ? new ResolvedText(key, TextState.SOURCE, tag)
                : new ResolvedText("[" + tag + "] " + key, TextState.TRANSLATED, tag);
    }

    @Override
    public String message(String key, Map<String, Object> arguments) {
        return key;
    }

    @Override
    public String quantityLabel(Quantity q) {
        String n = q.isRange()
                ? q.min().toPlainString() + "–" + q.max().toPlainString()
                : q.min().toPlainString();
        return "[" + tag + "] " + n + " " + q.unit().wireName();
    }

    @Override
    public String dosageLabel(Dosage d) {
        if (d.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[" + tag + "]");
        for (Quantity q : java.util.Arrays.asList(d.repetitions(), d.sets(), d.timesPerDay(), d.duration())) {
            if (q != null) {
                sb.append(' ').append(quantityLabel(q));
            }
        }
        return sb.toString();
    }

    @Override
    public double percentComplete() {
        if (isSource()) {
            return 100;
        }
        long current = source.keySet().stream()
                .filter(k -> own.containsKey(k) && !stale.contains(k))
                .count();
        return 100.0 * current / source.size();
    }

    @Override
    public int reviewedCount() {
        return 0;
    }

    @Override
    public int fallbackCount() {
        return isSource()
                ? 0
                : (int) source.keySet().stream()
                        .filter(k -> !own.containsKey(k) || stale.contains(k))
                        .count();
    }
}
