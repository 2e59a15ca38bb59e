package dev.careguide.i18n;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.careguide.model.CanonicalJson;
import dev.careguide.model.Guide;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translation progress per guide and locale (strings and words: total, translated, reviewed, stale, missing;
 * obsolete entries; % complete) as records, a console table and JSON. Words are counted in the source text
 * with ICU word boundaries. Reads the catalogs only.
 */
public final class CatalogStatistics {

    /** Progress of one guide's catalogs per target locale (pseudo-locales and the source locale skipped). */
    public List<LocaleStats> compute(Guide guide, Path i18nDir, List<String> targetTags) {
        return compute(guide, i18nDir, targetTags, ShippingPolicy.SHIP_ALL);
    }

    /** Progress of one guide's catalogs over the strings of the items {@code shipping} ships. */
    public List<LocaleStats> compute(Guide guide, Path i18nDir, List<String> targetTags, ShippingPolicy shipping) {
        String sourceTag = Locales.canonical(guide.sourceLocale());
        List<SourceString> shipped = SourceStrings.of(guide, CatalogRules.defaults(), shipping).stream()
                .filter(SourceString::ships)
                .toList();
        return compute(CatalogPaths.guideFolder(i18nDir, guide.id()), shipped, sourceTag, targetTags);
    }

    /** Progress of each guide's catalogs, in the order given. */
    public List<GuideStats> perGuide(List<Guide> guides, Path i18nDir, List<String> targetTags) {
        return perGuide(guides, i18nDir, targetTags, ShippingPolicy.SHIP_ALL);
    }

    /** Progress of each guide's catalogs over the strings of the items {@code shipping} ships, in the order given. */
    public List<GuideStats> perGuide(
            List<Guide> guides, Path i18nDir, List<String> targetTags, ShippingPolicy shipping) {
        List<GuideStats> out = new ArrayList<>();
        for (Guide g : guides) {
            out.add(new GuideStats(g.id(), compute(g, i18nDir, targetTags, shipping)));
        }
        return out;
    }

    /** Progress of several guides summed per locale. */
    public List<LocaleStats> total(List<GuideStats> guides) {
        Map<String, LocaleStats> sum = new LinkedHashMap<>();
        for (GuideStats g : guides) {
            for (LocaleStats s : g.locales()) {
                sum.merge(s.locale(), s, LocaleStats::plus);
            }
        }
        return List.copyOf(sum.values());
    }

    /** Progress of the UI messages per target locale. */
    public List<LocaleStats> computeUi(Path i18nDir, List<String> targetTags) {
        return compute(
                CatalogPaths.folder(i18nDir, CatalogPaths.UI),
                SourceStrings.ui(),
                SourceStrings.uiSourceLocale(),
                targetTags);
    }

    private List<LocaleStats> compute(Path dir, List<SourceString> sources, String sourceTag, List<String> tags) {
        CatalogState state = CatalogState.read(dir);
        ULocale sourceLocale = Locales.parse(sourceTag);
        Map<String, Integer> words = new LinkedHashMap<>();
        sources.forEach(s -> words.put(s.key(), words(s.text(), sourceLocale)));
        int totalWords = words.values().stream().mapToInt(Integer::intValue).sum();
        List<LocaleStats> out = new ArrayList<>();
        for (String tag : tags) {
            String c = Locales.canonical(tag);
            if (Locales.isPseudo(c) || c.equals(sourceTag)) {
                continue;
            }
            Path file = CatalogPaths.target(dir, c);
            CatalogFile catalog = CatalogFile.readIfExists(file, CatalogPaths.display(file), c);
            Map<String, CatalogEntry> entries = catalog == null ? Map.of() : catalog.byKey();
            int translated = 0;
            int translatedWords = 0;
            int reviewed = 0;
            int stale = 0;
            int staleWords = 0;
            for (SourceString s : sources) {
                CatalogEntry e = entries.get(s.key());
                if (e == null || !e.isTranslated() || e.value().isEmpty()) {
                    continue;
                }
                if (state.isStale(c, e)) {
                    stale++;
                    staleWords += words.get(s.key());
                } else {
                    translated++;
                    translatedWords += words.get(s.key());
                    if (e.isReviewed()) {
                        reviewed++;
                    }
                }
            }
            int missing = sources.size() - translated - stale;
            out.add(new LocaleStats(
                    c,
                    sources.size(),
                    totalWords,
                    translated,
                    translatedWords,
                    reviewed,
                    stale,
                    staleWords,
                    missing,
                    totalWords - translatedWords - staleWords,
                    catalog == null ? 0 : catalog.obsolete().size()));
        }
        return out;
    }

    /** Number of words (ICU word boundaries with letters or numbers) in a text. */
    static int words(String text, ULocale locale) {
        BreakIterator it = BreakIterator.getWordInstance(locale);
        it.setText(text);
        int count = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }

    /**
     * A fixed-width table: one row per guide and locale and, for more than one guide, a row per locale over all
     * of them ({@code (all guides)}).
     */
    public String toTable(List<GuideStats> guides) {
        String[] headers = {
            "Guide", "Locale", "Strings", "Words", "Translated", "Reviewed", "Stale", "Missing", "Obsolete", "Complete"
        };
        List<String[]> rows = new ArrayList<>();
        rows.add(headers);
        for (GuideStats g : guides) {
            g.locales().forEach(s -> rows.add(row(g.guide(), s)));
        }
        if (guides.size() > 1) {
            total(guides).forEach(s -> rows.add(row("(all guides)", s)));
        }
        int[] widths = new int[headers.length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(widths[i] - r[i].length());
                line.append(i < 2 ? r[i] + pad : pad + r[i]);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String[] row(String guide, LocaleStats s) {
        return new String[] {
            guide,
            s.locale(),
            Integer.toString(s.strings()),
            Integer.toString(s.words()),
            s.translated() + " (" + s.translatedWords() + " w)",
            Integer.toString(s.reviewed()),
            s.stale() + " (" + s.staleWords() + " w)",
            s.missing() + " (" + s.missingWords() + " w)",
            Integer.toString(s.obsolete()),
            String.format(Locale.ROOT, "%.1f%%", s.percentComplete())
        };
    }

    /**
     * {@code {"locales": [...over all guides...], "guides": [{"guide": "leg-cramps", "locales": [...]}]}}, each
     * locale as {@code {"locale": "ru", "strings": ..., "reviewed": ..., "percentComplete": 100.0}}.
     */
    public String toJson(List<GuideStats> guides) {
        ObjectNode root = CanonicalJson.DECLARED.mapper().createObjectNode();
        locales(root.putArray("locales"), total(guides));
        ArrayNode perGuide = root.putArray("guides");
        for (GuideStats g : guides) {
            ObjectNode o = perGuide.addObject();
            o.put("guide", g.guide());
            locales(o.putArray("locales"), g.locales());
        }
        return CanonicalJson.DECLARED.text(root);
    }

    private static void locales(ArrayNode array, List<LocaleStats> stats) {
        for (LocaleStats s : stats) {
            ObjectNode o = array.addObject();
            o.put("locale", s.locale());
            o.put("strings", s.strings());
            o.put("words", s.words());
            o.put("translated", s.translated());
            o.put("translatedWords", s.translatedWords());
            o.put("reviewed", s.reviewed());
            o.put("stale", s.stale());
            o.put("staleWords", s.staleWords());
            o.put("missing", s.missing());
            o.put("missingWords", s.missingWords());
            o.put("obsolete", s.obsolete());
            o.put("percentComplete", Math.round(s.percentComplete() * 10) / 10.0);
        }
    }
}
