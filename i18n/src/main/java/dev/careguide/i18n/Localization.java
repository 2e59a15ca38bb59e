package dev.careguide.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Dosage;
import dev.careguide.model.Guide;
import dev.careguide.model.Quantity;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A guide's strings in every requested locale, read from the translators' catalogs, as {@link LocaleView}s the
 * exporter reads: each key resolved to the locale's own translation or along its CLDR fallback chain, UI
 * messages and quantities rendered with ICU. A translation is ICU MessageFormat like every catalog value, so it
 * is shipped as ICU shows it ({@link IcuMessages#render}: a translator's {@code '{'} is a brace, {@code ''} an
 * apostrophe), the same way the checker reads it. The pseudo-locales en-XA and ar-XB are generated from the
 * source.
 */
public final class Localization {

    private final LocaleView source;
    private final Map<String, LocaleView> targets;

    private Localization(LocaleView source, Map<String, LocaleView> targets) {
        this.source = source;
        this.targets = targets;
    }

    /**
     * Reads the catalogs of {@code guide} under {@code i18nDir} for the given target locales (and the locales of
     * their fallback chains). Throws a {@link DiagnosticException} listing every invalid tag and every catalog
     * that cannot be read or does not parse (invalid UTF-8, invalid escapes, duplicate keys).
     */
    public static Localization load(Guide guide, Path i18nDir, List<String> targetLocaleTags) {
        return load(guide, i18nDir, targetLocaleTags, false, ShippingPolicy.SHIP_ALL);
    }

    /**
     * Like {@link #load(Guide, Path, List)}; with {@code reviewedOnly} (export policy {@code reviewed-only}) a
     * translation no reviewer approved counts as missing, so the string falls back along the chain to a
     * reviewed translation or the source.
     */
    public static Localization load(Guide guide, Path i18nDir, List<String> targetLocaleTags, boolean reviewedOnly) {
        return load(guide, i18nDir, targetLocaleTags, reviewedOnly, ShippingPolicy.SHIP_ALL);
    }

    /** Like {@link #load(Guide, Path, List, boolean)}; completeness counts only the strings of items that ship. */
    public static Localization load(
            Guide guide, Path i18nDir, List<String> targetLocaleTags, boolean reviewedOnly, ShippingPolicy shipping) {
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(i18nDir, "i18nDir");
        List<Diagnostic> problems = new ArrayList<>();
        String sourceTag = canonical(guide.sourceLocale(), "source locale of guide " + guide.id(), problems);
        List<String> tags = new ArrayList<>();
        for (String tag : targetLocaleTags) {
            String c = canonical(tag, "target locale", problems);
            if (c != null && !tags.contains(c)) {
                tags.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        Catalogs catalogs = new Catalogs(guide, i18nDir, sourceTag, reviewedOnly, shipping, problems);
        Map<String, LocaleView> views = new LinkedHashMap<>();
        for (String tag : tags) {
            if (Locales.isPseudo(tag)) {
                views.put(tag, new PseudoView(tag, catalogs));
            } else if (tag.equals(sourceTag)) {
                views.put(tag, new SourceView(catalogs));
            } else {
                for (String t : Locales.fallbackChain(tag, sourceTag)) {
                    catalogs.load(t);
                }
                catalogs.load(tag);
                views.put(tag, new TargetView(tag, catalogs));
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return new Localization(new SourceView(catalogs), views);
    }

    private static String canonical(String tag, String what, List<Diagnostic> problems) {
        String problem = Locales.problem(tag);
        if (problem != null) {
            problems.add(Diagnostic.error("", 0, 0, "invalid-locale", what + ": " + problem));
            return null;
        }
        return Locales.canonical(tag);
    }

    public LocaleView source() {
        return source;
    }

    /** The target views in the order given (duplicates removed). */
    public List<LocaleView> targets() {
        return List.copyOf(targets.values());
    }

    /** The view of a target locale (or the source locale). */
    public LocaleView locale(String tag) {
        String c = Locales.canonical(tag);
        if (c.equals(source.tag())) {
            return source;
        }
        LocaleView view = targets.get(c);
        if (view == null) {
            throw new IllegalArgumentException("locale " + tag + " was not loaded; loaded: " + targets.keySet());
        }
        return view;
    }

    /** Catalogs read once per locale: the guide's, the project's UI messages and the built-in UI messages. */
    private static final class Catalogs {
        final Guide guide;
        final String sourceTag;
        final Map<String, String> sourceTexts = new LinkedHashMap<>();
        /** Keys of strings whose item the bundle leaves out, not counted in completeness. */
        final java.util.Set<String> notShipped = new java.util.HashSet<>();

        final Map<String, String> uiSource = new LinkedHashMap<>();
        final Path guideDir;
        final Path uiDir;
        final CatalogState state;
        final boolean reviewedOnly;
        /** Per locale, how many of the guide's strings have a reviewed translation there. */
        final Map<String, Integer> reviewed = new HashMap<>();
        /** Per locale, its own translation (translated or stale) of each content key that has one. */
        final Map<String, Map<String, ResolvedText>> content = new LinkedHashMap<>();
        /** Per locale, its UI catalogs (the project's, then the built-in one): key → non-empty translation. */
        final Map<String, List<Map<String, String>>> ui = new LinkedHashMap<>();

        final List<Diagnostic> problems;

        Catalogs(
                Guide guide,
                Path i18nDir,
                String sourceTag,
                boolean reviewedOnly,
                ShippingPolicy shipping,
                List<Diagnostic> problems) {
            this.guide = guide;
            this.reviewedOnly = reviewedOnly;
            this.sourceTag = sourceTag;
            this.problems = problems;
            this.guideDir = CatalogPaths.guideFolder(i18nDir, guide.id());
            this.uiDir = CatalogPaths.folder(i18nDir, CatalogPaths.UI);
            SourceStrings.of(guide, CatalogRules.defaults(), shipping).forEach(s -> {
                sourceTexts.put(s.key(), s.text());
                if (!s.ships()) {
                    notShipped.add(s.key());
                }
            });
            SourceStrings.ui().forEach(s -> uiSource.put(s.key(), s.text()));
            CatalogState s;
            try {
                s = CatalogState.read(guideDir);
            } catch (DiagnosticException e) {
                problems.addAll(e.diagnostics());
                s = CatalogState.empty();
            }
            this.state = s;
        }

        void load(String tag) {
            if (content.containsKey(tag) || tag.equals(sourceTag)) {
                return;
            }
            Map<String, ResolvedText> own = new HashMap<>();
            int[] reviewedCount = {0};
            entries(CatalogPaths.target(guideDir, tag), tag).forEach((key, e) -> {
                if (e.isTranslated() && !e.value().isEmpty()) {
                    boolean stale = state.isStale(tag, e);
                    boolean approved = !stale && e.isReviewed();
                    if (approved && sourceTexts.containsKey(key)) {
                        reviewedCount[0]++;
                    }
                    if (stale || approved || !reviewedOnly) {
                        own.put(
                                key,
                                new ResolvedText(
                                        IcuMessages.render(e.value()),
                                        stale ? TextState.STALE : TextState.TRANSLATED,
                                        tag,
                                        approved));
                    }
                }
            });
            content.put(tag, own);
            reviewed.put(tag, reviewedCount[0]);
            List<Map<String, String>> uiChain = new ArrayList<>();
            uiChain.add(translations(entries(CatalogPaths.target(uiDir, tag), tag)));
            CatalogFile builtIn = SourceStrings.builtInUi(tag);
            if (builtIn != null) {
                uiChain.add(translations(builtIn.byKey()));
            }
            ui.put(tag, uiChain);
        }

        private static Map<String, String> translations(Map<String, CatalogEntry> entries) {
            Map<String, String> out = new HashMap<>();
            entries.forEach((key, e) -> {
                if (e.isTranslated() && !e.value().isEmpty()) {
                    out.put(key, e.value());
                }
            });
            return out;
        }

        private Map<String, CatalogEntry> entries(Path file, String tag) {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            try {
                CatalogFile catalog = CatalogFile.read(file, CatalogPaths.display(file), tag);
                catalog.properties().parseErrors().stream()
                        .map(CatalogProblem::toDiagnostic)
                        .forEach(problems::add);
                return catalog.byKey();
            } catch (UncheckedIOException e) {
                problems.add(Diagnostic.error(
                        CatalogPaths.display(file),
                        0,
                        0,
                        "unreadable",
                        "cannot read catalog: " + e.getCause().getMessage()));
                return Map.of();
            }
        }

        String sourceText(String key) {
            String text = sourceTexts.get(key);
            if (text == null) {
                throw new IllegalArgumentException("no key '" + key + "' in guide " + guide.id());
            }
            return text;
        }

        /** The translation of a content key in a locale's own catalog, or {@code null}. */
        ResolvedText own(String tag, String key) {
            return content.getOrDefault(tag, Map.of()).get(key);
        }

        /** The UI message pattern for a locale: its own, else along its chain, else the built-in source. */
        String uiPattern(String tag, List<String> chain, String key) {
            return uiMessage(tag, chain, key).pattern();
        }

        /** Like {@link #uiPattern}, with the locale whose catalog supplied the pattern. */
        UiMessage uiMessage(String tag, List<String> chain, String key) {
            List<String> order = new ArrayList<>();
            order.add(tag);
            order.addAll(chain);
            for (String t : order) {
                for (Map<String, String> catalog : ui.getOrDefault(t, List.of())) {
                    String value = catalog.get(key);
                    if (value != null && parses(value)) {
                        return new UiMessage(value, t);
                    }
                }
            }
            String source = uiSource.get(key);
            if (source == null) {
                throw new IllegalArgumentException("no UI message '" + key + "'");
            }
            return new UiMessage(source, SourceStrings.uiSourceLocale());
        }

        private static boolean parses(String pattern) {
            return IcuMessages.parse(pattern) != null;
        }
    }

    /** A UI message pattern and the locale whose catalog supplied it. */
    private record UiMessage(String pattern, String locale) {}

    /** How many of a view's content strings are done and how many fall back. */
    private record Counts(long done, int fallbacks) {}

    /** Shared behaviour: messages and quantities through ICU, completeness over the guide's keys. */
    private abstract static class BaseView implements LocaleView {
        final String tag;
        final Catalogs catalogs;
        final ULocale locale;
        final List<String> chain;
        private final QuantityFormatter quantities;
        /** Labels by quantity and dosage: a guide repeats the same amounts, and ICU formatting is costly. */
        private final Map<Quantity, String> quantityLabels = new ConcurrentHashMap<>();

        private final Map<Dosage, String> dosageLabels = new ConcurrentHashMap<>();
        private volatile Counts counts;

        BaseView(String tag, Catalogs catalogs) {
            this.tag = tag;
            this.catalogs = catalogs;
            this.locale = Locales.parse(tag);
            this.chain = Locales.fallbackChain(tag, catalogs.sourceTag);
            this.quantities = new QuantityFormatter(locale, this::pattern);
        }

        abstract String pattern(String key);

        @Override
        public String tag() {
            return tag;
        }

        @Override
        public TextDirection direction() {
            return Locales.direction(tag);
        }

        @Override
        public List<String> fallbackChain() {
            return chain;
        }

        @Override
        public String message(String key, Map<String, Object> arguments) {
            return new MessageFormat(pattern(key), locale).format(arguments);
        }

        @Override
        public ResolvedText label(String key) {
            UiMessage ui = catalogs.uiMessage(tag, chain, key);
            String text = new MessageFormat(ui.pattern(), locale).format(Map.of());
            return new ResolvedText(text, ui.locale().equals(tag) ? ownState() : TextState.FALLBACK, ui.locale());
        }

        /** The state of a label this locale's own catalog supplied. */
        TextState ownState() {
            return TextState.TRANSLATED;
        }

        @Override
        public String quantityLabel(Quantity quantity) {
            return quantityLabels.computeIfAbsent(quantity, quantities::format);
        }

        @Override
        public String dosageLabel(Dosage dosage) {
            return dosage == null ? "" : dosageLabels.computeIfAbsent(dosage, quantities::format);
        }

        @Override
        public double percentComplete() {
            int total = catalogs.sourceTexts.size() - catalogs.notShipped.size();
            if (total == 0) {
                return 100.0;
            }
            return 100.0 * counts().done() / total;
        }

        @Override
        public int fallbackCount() {
            return counts().fallbacks();
        }

        @Override
        public int reviewedCount() {
            return catalogs.reviewed.getOrDefault(tag, 0);
        }

        /** The states of the guide's strings, counted on first use: the catalogs do not change once loaded. */
        private Counts counts() {
            Counts c = counts;
            if (c == null) {
                long done = 0;
                int fallbacks = 0;
                for (String key : catalogs.sourceTexts.keySet()) {
                    if (catalogs.notShipped.contains(key)) {
                        continue;
                    }
                    TextState state = text(key).state();
                    if (state == TextState.TRANSLATED || state == TextState.SOURCE) {
                        done++;
                    } else if (state == TextState.FALLBACK || state == TextState.STALE) {
                        fallbacks++;
                    }
                }
                c = new Counts(done, fallbacks);
                counts = c;
            }
            return c;
        }

        @Override
        public String toString() {
            return "LocaleView[" + tag + "]";
        }
    }

    private static final class SourceView extends BaseView {
        SourceView(Catalogs catalogs) {
            super(catalogs.sourceTag, catalogs);
        }

        @Override
        String pattern(String key) {
            return catalogs.uiPattern(tag, List.of(), key);
        }

        @Override
        public ResolvedText text(String key) {
            return new ResolvedText(catalogs.sourceText(key), TextState.SOURCE, tag);
        }

        @Override
        TextState ownState() {
            return TextState.SOURCE;
        }

        @Override
        public ResolvedText fallbackText(String key) {
            return text(key);
        }
    }

    private static final class TargetView extends BaseView {
        TargetView(String tag, Catalogs catalogs) {
            super(tag, catalogs);
        }

        @Override
        String pattern(String key) {
            return catalogs.uiPattern(tag, chain, key);
        }

        @Override
        public ResolvedText text(String key) {
            String sourceText = catalogs.sourceText(key);
            ResolvedText own = catalogs.own(tag, key);
            return own != null ? own : fallback(key, sourceText);
        }

        @Override
        public ResolvedText fallbackText(String key) {
            return fallback(key, catalogs.sourceText(key));
        }

        private ResolvedText fallback(String key, String sourceText) {
            for (String t : chain) {
                if (t.equals(catalogs.sourceTag)) {
                    break;
                }
                ResolvedText r = catalogs.own(t, key);
                if (r != null) {
                    return new ResolvedText(r.text(), TextState.FALLBACK, t, r.reviewed());
                }
            }
            return new ResolvedText(sourceText, TextState.FALLBACK, catalogs.sourceTag);
        }
    }

    private static final class PseudoView extends BaseView {
        private final PseudoLocalizer pseudo;
        private final Map<String, String> patterns = new ConcurrentHashMap<>();
        private final Map<String, ResolvedText> texts = new ConcurrentHashMap<>();

        PseudoView(String tag, Catalogs catalogs) {
            super(tag, catalogs);
            this.pseudo = PseudoLocalizer.forTag(tag);
        }

        @Override
        String pattern(String key) {
            return patterns.computeIfAbsent(
                    key, k -> pseudo.localize(catalogs.uiPattern(catalogs.sourceTag, List.of(), k)));
        }

        @Override
        public ResolvedText label(String key) {
            return new ResolvedText(
                    new MessageFormat(pattern(key), locale).format(Map.of()), TextState.TRANSLATED, tag);
        }

        @Override
        public ResolvedText text(String key) {
            return texts.computeIfAbsent(
                    key, k -> new ResolvedText(pseudo.localize(catalogs.sourceText(k)), TextState.TRANSLATED, tag));
        }

        @Override
        public ResolvedText fallbackText(String key) {
            return new ResolvedText(catalogs.sourceText(key), TextState.FALLBACK, catalogs.sourceTag);
        }
    }
}
