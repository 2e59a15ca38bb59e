package dev.careguide.exporter;

import dev.careguide.model.Diagnostic;
import java.util.List;

/**
 * A guide composed with one locale, the items the policy left out and diagnostics for policy {@code fail}.
 * How many strings fell back is the locale's own count ({@code LocaleView.fallbackCount()}).
 */
record LocalizationResult(LocalizedGuide guide, List<OmittedItem> omitted, List<Diagnostic> problems) {}
