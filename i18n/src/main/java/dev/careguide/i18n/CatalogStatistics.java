package dev.careguide.i18n;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.careguide.model.Guide;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translation progress per locale (strings and words: total, translated, stale, missing; obsolete entries;
 * % complete) as records, a console table and JSON. Words are counted in the source text with ICU word
 * boundaries. Reads the catalogs only.
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
                .filter(SourceString::ships).toList();
        return compute(CatalogPaths.guideFolder(i18nDir, guide.id()), shipped, sourceTag, targetTags);
    }

    /** Progress of several guides' catalogs, summed per locale. */
    public List<LocaleStats> compute(List<Guide> guides, Path i18nDir, List<String> targetTags) {
        return compute(guides, i18nDir, targetTags, ShippingPolicy.SHIP_ALL);
    }

    /** Progress of several guides' catalogs over the strings that ship, summed per locale. */
    public List<LocaleStats> compute(List<Guide> guides, Path i18nDir, List<String> targetTags,
            ShippingPolicy shipping) {
        Map<String, LocaleStats> sum = new LinkedHashMap<>();
        for (Guide g : guides) {
            for (LocaleStats s : compute(g, i18nDir, targetTags, shipping)) {
                sum.merge(s.locale(), s, LocaleStats::plus);
            }
        }
        return List.copyOf(sum.values());
    }

    /** Progress of the UI messages per target locale. */
    public List<LocaleStats> computeUi(Path i18nDir, List<String> targetTags) {
        return compute(CatalogPaths.folder(i18nDir, CatalogPaths.UI), SourceStrings.ui(), SourceStrings.uiSourceLocale(),
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
                }
            }
            int missing = sources.size() - translated - stale;
            out.add(new LocaleStats(c, sources.size(), totalWords, translated, translatedWords, stale, staleWords,
                    missing, totalWords - translatedWords - staleWords, catalog == null ? 0 : catalog.obsolete().size()));
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

    /** A fixed-width table, one row per locale. */
    public String toTable(List<LocaleStats> stats) {
        String[] headers = {"Locale", "Strings", "Words", "Translated", "Stale", "Missing", "Obsolete", "Complete"};
        List<String[]> rows = new ArrayList<>();
        rows.add(headers);
        for (LocaleStats s : stats) {
            rows.add(new String[] {s.locale(), Integer.toString(s.strings()), Integer.toString(s.words()),
                s.translated() + " (" + s.translatedWords() + " w)", s.stale() + " (" + s.staleWords() + " w)",
                s.missing() + " (" + s.missingWords() + " w)", Integer.toString(s.obsolete()),
                String.format(Locale.ROOT, "%.1f%%", s.percentComplete())});
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
                line.append(i == 0 ? r[i] + pad : pad + r[i]);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** {@code {"locales": [{"locale": "ru", "strings": ..., "percentComplete": 100.0}, ...]}}. */
    public String toJson(List<LocaleStats> stats) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode locales = root.putArray("locales");
        for (LocaleStats s : stats) {
            ObjectNode o = locales.addObject();
            o.put("locale", s.locale());
            o.put("strings", s.strings());
            o.put("words", s.words());
            o.put("translated", s.translated());
            o.put("translatedWords", s.translatedWords());
            o.put("stale", s.stale());
            o.put("staleWords", s.staleWords());
            o.put("missing", s.missing());
            o.put("missingWords", s.missingWords());
            o.put("obsolete", s.obsolete());
            o.put("percentComplete", Math.round(s.percentComplete() * 10) / 10.0);
        }
        try {
            return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
