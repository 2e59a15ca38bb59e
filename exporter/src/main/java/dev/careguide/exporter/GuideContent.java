package dev.careguide.exporter;

import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.Localization;
import dev.careguide.model.Guide;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One guide and the locales to export it in: the source locale's view first, then the targets (sorted by tag
 * so the bundle does not depend on the order they were listed in).
 */
public record GuideContent(Guide guide, List<LocaleView> locales) {

    /** The guide in its source locale and every target locale the localization loaded. */
    public GuideContent(Guide guide, Localization localization) {
        this(guide, views(localization));
    }

    private static List<LocaleView> views(Localization localization) {
        List<LocaleView> views = new ArrayList<>();
        views.add(localization.source());
        localization.targets().stream()
                .filter(v -> !v.tag().equals(localization.source().tag()))
                .forEach(views::add);
        return views;
    }

    public GuideContent {
        Objects.requireNonNull(guide, "guide");
        LocaleView source = locales.stream()
                .filter(v -> v.tag().equals(guide.sourceLocale()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "guide " + guide.id() + ": no view for its source locale " + guide.sourceLocale()));
        List<LocaleView> ordered = new ArrayList<>();
        ordered.add(source);
        locales.stream()
                .filter(v -> v != source)
                .sorted(Comparator.comparing(LocaleView::tag))
                .forEach(ordered::add);
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).tag().equals(ordered.get(i - 1).tag())) {
                throw new IllegalArgumentException(
                        "guide " + guide.id() + ": locale " + ordered.get(i).tag() + " given twice");
            }
        }
        locales = List.copyOf(ordered);
    }
}
