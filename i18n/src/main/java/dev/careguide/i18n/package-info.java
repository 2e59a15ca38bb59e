/**
 * Translation catalogs that translators edit and the build checks.
 *
 * <p>{@link dev.careguide.i18n.CatalogSync} keeps {@code <i18nDir>/<guide-id>/messages_<locale>.properties}
 * (and the UI messages under {@code ui/}) in step with the content; {@link dev.careguide.i18n.CatalogChecker}
 * reports every problem with file, line and column ({@link dev.careguide.i18n.CheckReportWriter} writes JSON
 * and SARIF); {@link dev.careguide.i18n.CatalogStatistics} measures progress;
 * {@link dev.careguide.i18n.Localization} gives the exporter one {@link dev.careguide.i18n.LocaleView} per
 * locale, with CLDR fallback chains ({@link dev.careguide.i18n.Locales}), ICU-rendered quantities
 * ({@link dev.careguide.i18n.QuantityFormatter}) and the generated pseudo-locales
 * ({@link dev.careguide.i18n.PseudoLocalizer}). Files are read and written by
 * {@link dev.careguide.i18n.properties.PropertiesReader} and {@link dev.careguide.i18n.CatalogFile}, which keep what
 * translators wrote. The catalog format is described in this module's README.
 */
package dev.careguide.i18n;
