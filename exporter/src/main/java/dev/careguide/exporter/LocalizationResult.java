package dev.careguide.exporter;

import dev.careguide.model.Diagnostic;
import java.util.List;

/**
 * A guide composed with one locale, the items the policy left out, diagnostics for policy {@code fail}, and
 * how many of the guide's strings had no current translation (missing or stale) in this locale.
 */
record LocalizationResult(LocalizedGuide guide, List<OmittedItem> omitted, List<Diagnostic> problems,
        int fallbackCount) {
}
