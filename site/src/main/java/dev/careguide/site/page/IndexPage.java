package dev.careguide.site.page;

import java.util.List;

/**
 * The site's first page: every guide with its item counts, defects, safety flags, review states and, per
 * locale, how complete its translation is, with links to the review, preview and translator pages.
 *
 * @param locales the bundle's locales in manifest order (the source first), the columns of the table
 * @param ui      the UI messages' translator pages, one per target locale
 */
public record IndexPage(
        String project, Totals totals, List<LocaleColumn> locales, List<GuideRow> guides, List<LocaleCell> ui) {

    public IndexPage {
        locales = List.copyOf(locales);
        guides = List.copyOf(guides);
        ui = List.copyOf(ui);
    }

    /** Sums over all guides. */
    public record Totals(
            int guides, int items, int defects, int unsafe, int needsMedicalReview, int rejected, int unused) {}

    /** One locale of the bundle. */
    public record LocaleColumn(String tag, String direction, boolean source, boolean pseudo) {}

    /** One guide. */
    public record GuideRow(String id, String title, Link review, Counts counts, List<LocaleCell> locales) {
        public GuideRow {
            locales = List.copyOf(locales);
        }
    }

    /** A guide's items by type, review state and safety, and what the import report found. */
    public record Counts(
            int items,
            int causes,
            int remedies,
            int exercises,
            int specialists,
            int nutrientSources,
            int warningSigns,
            int draft,
            int approved,
            int rejected,
            int unsafe,
            int needsMedicalReview,
            int defects,
            int unused,
            int merges,
            int editorialDecisions) {}

    /**
     * One guide in one locale: its preview ({@code null} when the bundle has neither JSON nor YAML), and for a
     * target locale its completeness bar and translator page ({@code null} for the source and pseudo-locales,
     * which have no catalog).
     */
    public record LocaleCell(String tag, Link preview, Bar bar, Link translate) {}
}
