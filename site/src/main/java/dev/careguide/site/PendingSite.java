package dev.careguide.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogState;
import dev.careguide.i18n.Locales;
import dev.careguide.i18n.SourceString;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.importer.ImportReport;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Guide;
import dev.careguide.site.page.IndexPage;
import dev.careguide.site.page.Link;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A site being written into a temporary folder, guide by guide, until it is committed into place. {@link #add}
 * may be called from several threads at once; the site is the same, byte for byte, whatever the order. Closing a
 * site that was not committed deletes the temporary folder and leaves the previous site as it was. Made by
 * {@link ReviewSite#open}.
 */
public final class PendingSite implements AutoCloseable {

    private static final List<String> ASSETS = List.of("style.css", "filter.js");

    private final BuildOutputs outputs;
    private final Path target;
    private final Map<String, IndexPage.GuideRow> rows = new TreeMap<>();
    private Path temp;

    PendingSite(BuildOutputs outputs, Path target, Path temp) {
        this.outputs = outputs;
        this.target = target;
        this.temp = temp;
    }

    /**
     * Writes a guide's review page, its preview in every locale of the bundle and its translator page in every
     * target locale.
     *
     * @throws dev.careguide.model.DiagnosticException naming an output of the build that is missing or broken
     */
    public void add(String guideId) {
        SiteInputs inputs = outputs.inputs();
        JsonNode entry = outputs.guideEntry(guideId);
        Guide guide = outputs.model(guideId);
        ImportReport report = outputs.report(guideId);
        String sourceLocale = entry.path("sourceLocale").asText();

        Map<String, BuildOutputs.BundleFile> files = new LinkedHashMap<>();
        List<Link> previews = new ArrayList<>();
        for (JsonNode locale : entry.path("locales")) {
            String tag = locale.path("tag").asText();
            BuildOutputs.BundleFile file = outputs.bundleGuide(guideId, tag);
            if (file != null) {
                files.put(tag, file);
                previews.add(new Link(tag, previewPage(tag, guideId)));
            }
        }
        for (JsonNode locale : entry.path("locales")) {
            String tag = locale.path("tag").asText();
            if (files.containsKey(tag)) {
                write(
                        previewPage(tag, guideId),
                        Templates.render(
                                "preview.jte",
                                PreviewPages.build(
                                        files.get(tag), locale, sourceLocale, relativeTo(previews, "../../"))));
            }
        }

        Map<String, List<String>> sources = new HashMap<>();
        for (String document : report.documents()) {
            sources.put(document, outputs.sourceLines(document));
        }
        String editorial = inputs.editorialFile() == null ? "" : inputs.relative(inputs.editorialFile());
        BuildOutputs.BundleFile sourceFile = files.get(sourceLocale);
        write(
                "guides/" + guideId + ".html",
                Templates.render(
                        "guide.jte",
                        ReviewPages.build(
                                guide,
                                report,
                                sourceFile == null ? null : sourceFile.content(),
                                sources,
                                editorial,
                                relativeTo(previews, "../"))));

        Path folder = CatalogPaths.folder(inputs.i18nDirectory(), guideId);
        List<SourceString> strings = SourceStrings.of(guide);
        CatalogState state = CatalogState.read(folder);
        List<IndexPage.LocaleCell> cells = new ArrayList<>();
        for (JsonNode locale : entry.path("locales")) {
            String tag = locale.path("tag").asText();
            Link preview = files.containsKey(tag) ? new Link("preview", previewPage(tag, guideId)) : null;
            if (tag.equals(sourceLocale) || locale.path("pseudo").asBoolean(Locales.isPseudo(tag))) {
                cells.add(new IndexPage.LocaleCell(tag, preview, null, null));
                continue;
            }
            CatalogReview review =
                    CatalogReview.of(outputs, folder, state, strings, Locales.canonical(guide.sourceLocale()), tag);
            String page = "translate/" + tag + "/" + guideId + ".html";
            write(page, Templates.render("translate.jte", review.page(guideId, guide.title(), tag)));
            cells.add(new IndexPage.LocaleCell(tag, preview, review.bar(), new Link("translate", page)));
        }
        IndexPage.GuideRow row = new IndexPage.GuideRow(
                guideId,
                VisibleText.of(guide.title()),
                new Link(guideId, "guides/" + guideId + ".html"),
                ReviewPages.counts(guide, report),
                cells);
        synchronized (rows) {
            rows.put(guideId, row);
        }
    }

    /**
     * Writes the UI messages' translator pages, the index and the style sheet and script, then moves the site
     * into place, replacing the previous one. Call it once every {@link #add} has returned.
     */
    public void commit() {
        if (temp == null) {
            throw new IllegalStateException("site " + target + " was already committed or closed");
        }
        List<IndexPage.GuideRow> guides;
        synchronized (rows) {
            guides = List.copyOf(rows.values());
        }
        List<IndexPage.LocaleColumn> columns = new ArrayList<>();
        Map<String, IndexPage.LocaleColumn> byTag = new LinkedHashMap<>();
        for (String id : outputs.guideIds()) {
            JsonNode entry = outputs.guideEntry(id);
            for (JsonNode locale : entry.path("locales")) {
                String tag = locale.path("tag").asText();
                byTag.putIfAbsent(
                        tag,
                        new IndexPage.LocaleColumn(
                                tag,
                                locale.path("direction").asText(),
                                tag.equals(entry.path("sourceLocale").asText()),
                                locale.path("pseudo").asBoolean(false)));
            }
        }
        columns.addAll(byTag.values());
        List<IndexPage.LocaleCell> ui = new ArrayList<>();
        TreeSet<String> uiTags = new TreeSet<>();
        columns.stream().filter(c -> !c.source() && !c.pseudo()).forEach(c -> uiTags.add(c.tag()));
        uiTags.remove(SourceStrings.uiSourceLocale());
        Path uiFolder = CatalogPaths.folder(outputs.inputs().i18nDirectory(), CatalogPaths.UI);
        CatalogState uiState = CatalogState.read(uiFolder);
        for (String tag : uiTags) {
            CatalogReview review = CatalogReview.of(
                    outputs, uiFolder, uiState, SourceStrings.ui(), SourceStrings.uiSourceLocale(), tag);
            String page = "translate/" + tag + "/" + CatalogPaths.UI + ".html";
            write(page, Templates.render("translate.jte", review.page(CatalogPaths.UI, "UI messages", tag)));
            ui.add(new IndexPage.LocaleCell(tag, null, review.bar(), new Link("translate", page)));
        }
        write(
                "index.html",
                Templates.render(
                        "index.jte", new IndexPage(outputs.inputs().project(), totals(guides), columns, guides, ui)));
        try {
            for (String asset : ASSETS) {
                try (InputStream in = PendingSite.class.getResourceAsStream(asset)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + asset);
                    }
                    Files.write(temp.resolve(asset), in.readAllBytes());
                }
            }
            AtomicFiles.replaceDirectory(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("writing site " + target + " failed: " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary folder of a site that was not committed; the previous site stays. */
    @Override
    public void close() {
        AtomicFiles.deleteRecursively(temp);
        temp = null;
    }

    private static IndexPage.Totals totals(List<IndexPage.GuideRow> guides) {
        int items = 0;
        int defects = 0;
        int unsafe = 0;
        int review = 0;
        int rejected = 0;
        int unused = 0;
        for (IndexPage.GuideRow g : guides) {
            items += g.counts().items();
            defects += g.counts().defects();
            unsafe += g.counts().unsafe();
            review += g.counts().needsMedicalReview();
            rejected += g.counts().rejected();
            unused += g.counts().unused();
        }
        return new IndexPage.Totals(guides.size(), items, defects, unsafe, review, rejected, unused);
    }

    private static String previewPage(String tag, String guideId) {
        return "preview/" + tag + "/" + guideId + ".html";
    }

    private static List<Link> relativeTo(List<Link> links, String prefix) {
        return links.stream().map(l -> new Link(l.text(), prefix + l.href())).toList();
    }

    private void write(String relative, String html) {
        Path file = temp.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing site " + target + " failed: " + e.getMessage(), e);
        }
    }
}
