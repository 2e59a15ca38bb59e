package dev.careguide.i18n;

import dev.careguide.model.Dosage;
import dev.careguide.model.Quantity;
import java.util.List;
import java.util.Map;

/**
 * One target (or source, or pseudo) locale of a guide as the exporter reads it: resolved strings with their
 * state, ICU-rendered UI messages and quantities, and the locale's facts.
 */
public interface LocaleView {

    /** Canonical BCP 47 tag, e.g. {@code pt-BR}. */
    String tag();

    TextDirection direction();

    /** Locales tried after this one, ending with the source locale, e.g. {@code [es-419, es, en]}. */
    List<String> fallbackChain();

    /**
     * The string for a content key ({@link MessageKeys}): this locale's own translation ({@link TextState#TRANSLATED}
     * or {@link TextState#STALE}) or, when it has none, the first one along the fallback chain
     * ({@link TextState#FALLBACK}). Never null for a key of the guide.
     */
    ResolvedText text(String key);

    /** The string the fallback chain gives for a key, ignoring this locale's own catalog. */
    ResolvedText fallbackText(String key);

    /**
     * A UI label ({@link SourceStrings#uiLabels()}: section names, field labels, safety labels, remedy kinds,
     * cause categories) with where it came from: {@link TextState#TRANSLATED} from this locale's UI catalog (the
     * project's or the one shipped with careguide), {@link TextState#FALLBACK} from a locale of the fallback chain
     * or the built-in English source, {@link TextState#SOURCE} in the source locale when the label is in its
     * language.
     */
    ResolvedText label(String key);

    /** A UI message (section names, safety labels, quantity labels) formatted with ICU MessageFormat. */
    String message(String key, Map<String, Object> arguments);

    /** A locale-rendered label for a quantity, e.g. "10–15 раз", "5 cm". */
    String quantityLabel(Quantity quantity);

    /** A locale-rendered label for a whole dosage, e.g. "10–15 times, 3–4 times a day"; empty for none. */
    String dosageLabel(Dosage dosage);

    /** Share of the guide's content strings translated and not stale, 0–100. */
    double percentComplete();

    /** Number of content strings resolved by fallback (missing or stale here). */
    int fallbackCount();

    /** Number of content strings whose own translation here a reviewer approved ({@code #, reviewed}). */
    int reviewedCount();
}
