package dev.careguide.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogState;
import dev.careguide.i18n.Locales;
import dev.careguide.i18n.SourceString;
import dev.careguide.site.page.Bar;
import dev.careguide.site.page.TranslationPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of every source string in one locale's catalog, as {@code careguide stats} counts it: translated
 * (a current translation), stale (translated for an older source text, per the sync state), fallback (none
 * here, but a locale of the fallback chain other than the source has one) or missing (the source text is
 * shown); with where to edit it and the check's problems.
 */
final class CatalogReview {

    private final List<TranslationPage.Entry> entries;
    private final List<TranslationPage.Problem> fileProblems;
    private final String catalog;
    private final Bar bar;

    private CatalogReview(
            List<TranslationPage.Entry> entries, List<TranslationPage.Problem> fileProblems, String catalog, Bar bar) {
        this.entries = entries;
        this.fileProblems = fileProblems;
        this.catalog = catalog;
        this.bar = bar;
    }

    /**
     * @param folder  the catalogs' folder (a guide's, or the UI messages')
     * @param state   the folder's sync state
     * @param sources the folder's source strings in catalog order
     */
    static CatalogReview of(
            BuildOutputs outputs,
            Path folder,
            CatalogState state,
            List<SourceString> sources,
            String sourceTag,
            String tag) {
        SiteInputs inputs = outputs.inputs();
        Path file = CatalogPaths.target(folder, tag);
        String catalog = inputs.relative(file);
        Map<String, CatalogEntry> own = entries(file, tag);
        Map<String, Map<String, CatalogEntry>> chain = new LinkedHashMap<>();
        for (String t : Locales.fallbackChain(tag, sourceTag)) {
            if (!t.equals(sourceTag)) {
                chain.put(t, entries(CatalogPaths.target(folder, t), t));
            }
        }
        Map<String, List<TranslationPage.Problem>> problemsByKey = new LinkedHashMap<>();
        List<TranslationPage.Problem> fileProblems = new ArrayList<>();
        for (JsonNode p : outputs.problems(catalog)) {
            TranslationPage.Problem problem = problem(p);
            String key = p.path("key").asText();
            if (key.isEmpty()) {
                fileProblems.add(problem);
            } else {
                problemsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
            }
        }
        int translated = 0;
        int stale = 0;
        int fallback = 0;
        int missing = 0;
        List<TranslationPage.Entry> entries = new ArrayList<>(sources.size());
        for (SourceString s : sources) {
            CatalogEntry e = own.get(s.key());
            String status;
            String from = null;
            if (e != null && e.isTranslated() && !e.value().isEmpty()) {
                status = state.isStale(tag, e) ? "stale" : "translated";
            } else {
                from = chain.entrySet().stream()
                        .filter(c -> translatedIn(c.getValue(), s.key()))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
                status = from == null ? "missing" : "fallback";
            }
            switch (status) {
                case "translated" -> translated++;
                case "stale" -> stale++;
                case "fallback" -> fallback++;
                default -> missing++;
            }
            String where = e == null || e.line() <= 0
                    ? catalog + " (not in the catalog yet: run sync)"
                    : catalog + ":" + e.line();
            entries.add(new TranslationPage.Entry(
                    s.key(),
                    status,
                    VisibleText.of(s.text()),
                    e == null || e.previous().isEmpty() ? null : VisibleText.of(String.join("\n", e.previous())),
                    e == null || e.value() == null || e.value().isEmpty() ? null : VisibleText.of(e.value()),
                    status.equals("missing") ? sourceTag : from,
                    where,
                    problemsByKey.getOrDefault(s.key(), List.of())));
        }
        return new CatalogReview(entries, fileProblems, catalog, new Bar(translated, stale, fallback, missing));
    }

    private static boolean translatedIn(Map<String, CatalogEntry> catalog, String key) {
        CatalogEntry e = catalog.get(key);
        return e != null && e.isTranslated() && !e.value().isEmpty();
    }

    private static Map<String, CatalogEntry> entries(Path file, String tag) {
        CatalogFile catalog = CatalogFile.readIfExists(file, file.toString(), tag);
        return catalog == null ? Map.of() : catalog.byKey();
    }

    private static TranslationPage.Problem problem(JsonNode p) {
        StringBuilder where = new StringBuilder(p.path("file").asText());
        if (p.path("line").asInt() > 0) {
            where.append(':').append(p.path("line").asInt());
            if (p.path("column").asInt() > 0) {
                where.append(':').append(p.path("column").asInt());
            }
        }
        return new TranslationPage.Problem(
                p.path("severity").asText(),
                p.path("code").asText(),
                VisibleText.of(p.path("message").asText()),
                where.toString());
    }

    Bar bar() {
        return bar;
    }

    /** The page: strings missing, stale or falling back first, then translated strings with check problems. */
    TranslationPage page(String id, String subject, String tag) {
        List<TranslationPage.Entry> todo =
                entries.stream().filter(e -> !e.state().equals("translated")).toList();
        List<TranslationPage.Entry> problems = entries.stream()
                .filter(e -> e.state().equals("translated") && !e.problems().isEmpty())
                .toList();
        return new TranslationPage(
                id, subject, tag, Locales.direction(tag).wireName(), catalog, bar, todo, problems, fileProblems);
    }
}
