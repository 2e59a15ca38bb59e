package dev.careguide.exporter;

import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.LocaleView;
import dev.careguide.i18n.MessageKeys;
import dev.careguide.i18n.ResolvedText;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.i18n.TextState;
import dev.careguide.model.Cause;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.Dosage;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.NutrientSource;
import dev.careguide.model.Quantity;
import dev.careguide.model.Remedy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Composes a {@link Guide} with one {@link LocaleView} under an {@link ExportPolicy}: resolves every string
 * (stale translations fall back and are marked), renders quantity and dosage labels, and leaves out the items
 * the policy excludes.
 */
final class GuideLocalizer {

    /** Bundle format version (semver) written into every file. */
    static final String FORMAT_VERSION = "1.1.0";

    private final ExportPolicy policy;

    GuideLocalizer(ExportPolicy policy) {
        this.policy = policy;
    }

    LocalizationResult localize(Guide guide, LocaleView view) {
        boolean isSource = view.tag().equals(guide.sourceLocale());
        Resolver resolver = new Resolver(guide, view, isSource, policy.missingTranslation());
        List<OmittedItem> omitted = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();

        Set<String> kept = new HashSet<>();
        for (Item item : guide.items()) {
            String reason = policy.notShippedReason(item);
            boolean strict = policy.missingTranslation() != ExportPolicy.MissingTranslation.FALLBACK;
            if (reason == null && !isSource && strict) {
                List<String> untranslated = MessageKeys.of(item).stream()
                        .filter(key -> resolver.needsFallback(key))
                        .toList();
                if (!untranslated.isEmpty()) {
                    if (policy.missingTranslation() == ExportPolicy.MissingTranslation.FAIL) {
                        untranslated.forEach(key -> problems.add(resolver.problem(key)));
                    }
                    reason = OmittedItem.MISSING_TRANSLATION;
                }
            }
            if (reason == null) {
                kept.add(item.id());
            } else {
                omitted.add(new OmittedItem(item.id(), reason));
            }
        }

        Function<Item, LocalizedItem> compose = item -> item(item, resolver, view, kept);
        LocalizedGuide localized = new LocalizedGuide(
                FORMAT_VERSION,
                guide.id(),
                view.tag(),
                view.direction().wireName(),
                guide.sourceLocale(),
                isSource ? List.of() : view.fallbackChain(),
                labels(view),
                resolver.guideText(SourceStrings.GUIDE_TITLE, guide.title(), problems),
                resolver.guideText(SourceStrings.GUIDE_SUMMARY, guide.summary(), problems),
                items(guide.causes(), kept, compose),
                items(guide.remedies(), kept, compose),
                items(guide.exercises(), kept, compose),
                items(guide.specialists(), kept, compose),
                items(guide.nutrientSources(), kept, compose),
                items(guide.warningSigns(), kept, compose));
        return new LocalizationResult(localized, omitted, problems);
    }

    private static Map<String, LocalizedText> labels(LocaleView view) {
        Map<String, LocalizedText> labels = new TreeMap<>();
        for (String key : SourceStrings.uiLabels()) {
            ResolvedText label = view.label(key);
            labels.put(
                    key, new LocalizedText(label.text(), Resolver.stateName(label.state()), label.fromLocale(), false));
        }
        return labels;
    }

    private static List<LocalizedItem> items(
            Collection<? extends Item> items, Set<String> kept, Function<Item, LocalizedItem> compose) {
        return items.stream().filter(i -> kept.contains(i.id())).map(compose).toList();
    }

    private static LocalizedItem item(Item item, Resolver r, LocaleView view, Set<String> kept) {
        String type = item.type().prefix();
        String kind = null;
        String category = null;
        String nutrient = null;
        List<LocalizedText> steps = List.of();
        List<LocalizedText> foods = List.of();
        List<LocalizedQuantity> quantities = List.of();
        LocalizedDosage dosage = null;
        SafetyInfo safety = null;
        List<String> nutrients = List.of();
        List<String> specialists = List.of();
        List<String> targetMuscles = List.of();
        if (item instanceof Cause c) {
            category = c.category() == null ? null : c.category().wireName();
            nutrients = c.nutrients();
        } else if (item instanceof Remedy rem) {
            kind = rem.kind() == null ? null : rem.kind().wireName();
            steps = r.list(rem.steps().size(), i -> MessageKeys.step(rem, i));
            quantities = rem.quantities().stream()
                    .map(q -> LocalizedQuantity.of(q, view.quantityLabel(q)))
                    .toList();
            safety = new SafetyInfo(
                    rem.safety().level().wireName(),
                    MessageKeys.hasSafetyReason(rem) ? r.text(MessageKeys.safetyReason(rem)) : null);
            specialists = rem.specialists().stream().filter(kept::contains).toList();
        } else if (item instanceof Exercise ex) {
            steps = r.list(ex.steps().size(), i -> MessageKeys.step(ex, i));
            dosage = dosage(ex.dosage(), view);
            targetMuscles = ex.targetMuscles();
        } else if (item instanceof NutrientSource ns) {
            nutrient = ns.nutrient();
            foods = r.list(ns.foods().size(), i -> MessageKeys.food(ns, i));
        }
        LocalizedText description = item.description().isEmpty() ? null : r.text(MessageKeys.description(item));
        return new LocalizedItem(
                item.id(),
                type,
                kind,
                category,
                nutrient,
                r.text(MessageKeys.title(item)),
                description,
                steps,
                foods,
                quantities,
                dosage,
                safety,
                item.review().wireName(),
                nutrients,
                specialists,
                targetMuscles,
                item.provenance().stream()
                        .map(p -> new SourceRef(p.document(), p.startLine(), p.endLine()))
                        .toList());
    }

    private static LocalizedDosage dosage(Dosage d, LocaleView view) {
        if (d.isEmpty()) {
            return null;
        }
        return new LocalizedDosage(
                quantity(d.repetitions(), view),
                quantity(d.sets(), view),
                quantity(d.timesPerDay(), view),
                quantity(d.duration(), view),
                view.dosageLabel(d));
    }

    private static LocalizedQuantity quantity(Quantity q, LocaleView view) {
        return q == null ? null : LocalizedQuantity.of(q, view.quantityLabel(q));
    }

    /** Resolves the strings of one guide in one locale. */
    private static final class Resolver {
        private final Guide guide;
        private final LocaleView view;
        private final boolean isSource;
        private final ExportPolicy.MissingTranslation policy;

        Resolver(Guide guide, LocaleView view, boolean isSource, ExportPolicy.MissingTranslation policy) {
            this.guide = guide;
            this.view = view;
            this.isSource = isSource;
            this.policy = policy;
        }

        boolean needsFallback(String key) {
            TextState state = view.text(key).state();
            return state == TextState.FALLBACK || state == TextState.STALE;
        }

        LocalizedText text(String key) {
            ResolvedText resolved = view.text(key);
            if (resolved.state() == TextState.STALE) {
                ResolvedText fallback = view.fallbackText(key);
                return new LocalizedText(fallback.text(), LocalizedText.FALLBACK, fallback.fromLocale(), true);
            }
            return new LocalizedText(resolved.text(), stateName(resolved.state()), resolved.fromLocale(), false);
        }

        List<LocalizedText> list(int size, IntFunction<String> key) {
            List<LocalizedText> out = new ArrayList<>(size);
            for (int i = 1; i <= size; i++) {
                out.add(text(key.apply(i)));
            }
            return out;
        }

        /**
         * A guide-level string. An empty source string has no catalog key and stays empty; under policy
         * {@code omit-item} an untranslated guide string falls back (the guide itself is never left out).
         */
        LocalizedText guideText(String key, String sourceText, List<Diagnostic> problems) {
            if (sourceText.isEmpty()) {
                return new LocalizedText("", LocalizedText.SOURCE, guide.sourceLocale(), false);
            }
            if (!isSource && policy == ExportPolicy.MissingTranslation.FAIL && needsFallback(key)) {
                problems.add(problem(key));
            }
            return text(key);
        }

        Diagnostic problem(String key) {
            ResolvedText resolved = view.text(key);
            String why = resolved.state() == TextState.STALE ? "is stale" : "is missing";
            String catalog = CatalogPaths.target(Path.of(guide.id()), view.tag())
                    .toString()
                    .replace('\\', '/');
            return Diagnostic.error(
                    catalog,
                    0,
                    0,
                    "missing-translation",
                    "[" + view.tag() + "] translation of '" + key + "' " + why
                            + " (export policy missing-translation=fail)");
        }

        static String stateName(TextState state) {
            return state.name().toLowerCase(Locale.ROOT);
        }
    }
}
