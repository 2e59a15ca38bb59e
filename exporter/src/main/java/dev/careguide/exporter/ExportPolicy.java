package dev.careguide.exporter;

import dev.careguide.i18n.ShippingPolicy;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Item;
import dev.careguide.model.Remedy;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.SafetyLevel;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which items a bundle contains and what happens to strings a locale has not (currently) translated.
 * Defaults: unsafe items are left out, items needing medical review are kept with their flag, rejected items
 * are left out, a missing or stale translation falls back along the locale's fallback chain, and every current
 * translation ships whether or not a reviewer approved it ({@code reviewedOnly} ships only reviewed ones and
 * treats the rest as missing).
 */
public record ExportPolicy(
        Inclusion unsafe,
        Inclusion needsMedicalReview,
        Inclusion rejected,
        MissingTranslation missingTranslation,
        boolean reviewedOnly)
        implements ShippingPolicy {

    /** The defaults described above. */
    public static final ExportPolicy DEFAULT =
            new ExportPolicy(Inclusion.OMIT, Inclusion.KEEP, Inclusion.OMIT, MissingTranslation.FALLBACK, false);

    /** Whether items of a class are written (always with their safety and review fields) or left out. */
    public enum Inclusion {
        KEEP("keep"),
        OMIT("omit");

        private final String wireName;

        Inclusion(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** What a locale does with a string it has no current translation for. */
    public enum MissingTranslation {
        /** Use the first translation along the fallback chain (ending with the source) and mark it. */
        FALLBACK("fallback"),
        /** Leave the whole item out of that locale. */
        OMIT_ITEM("omit-item"),
        /** Stop the export with a diagnostic per string. */
        FAIL("fail");

        private final String wireName;

        MissingTranslation(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public ExportPolicy {
        Objects.requireNonNull(unsafe, "unsafe");
        Objects.requireNonNull(needsMedicalReview, "needsMedicalReview");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(missingTranslation, "missingTranslation");
    }

    /**
     * Why this policy leaves {@code item} out of every locale ({@link OmittedItem#REJECTED},
     * {@link OmittedItem#UNSAFE}, {@link OmittedItem#NEEDS_MEDICAL_REVIEW}), or null when it ships.
     */
    @Override
    public String notShippedReason(Item item) {
        if (item.review() == ReviewStatus.REJECTED && rejected == Inclusion.OMIT) {
            return OmittedItem.REJECTED;
        }
        if (item instanceof Remedy r) {
            SafetyLevel level = r.safety().level();
            if (level == SafetyLevel.UNSAFE && unsafe == Inclusion.OMIT) {
                return OmittedItem.UNSAFE;
            }
            if (level == SafetyLevel.NEEDS_MEDICAL_REVIEW && needsMedicalReview == Inclusion.OMIT) {
                return OmittedItem.NEEDS_MEDICAL_REVIEW;
            }
        }
        return null;
    }

    public ExportPolicy withUnsafe(Inclusion v) {
        return new ExportPolicy(v, needsMedicalReview, rejected, missingTranslation, reviewedOnly);
    }

    public ExportPolicy withNeedsMedicalReview(Inclusion v) {
        return new ExportPolicy(unsafe, v, rejected, missingTranslation, reviewedOnly);
    }

    public ExportPolicy withRejected(Inclusion v) {
        return new ExportPolicy(unsafe, needsMedicalReview, v, missingTranslation, reviewedOnly);
    }

    public ExportPolicy withMissingTranslation(MissingTranslation v) {
        return new ExportPolicy(unsafe, needsMedicalReview, rejected, v, reviewedOnly);
    }

    public ExportPolicy withReviewedOnly(boolean v) {
        return new ExportPolicy(unsafe, needsMedicalReview, rejected, missingTranslation, v);
    }

    /**
     * Reads a policy from configuration entries, starting from {@link #DEFAULT}. Keys: {@code unsafe}
     * ({@code omit|keep}), {@code needs-medical-review} ({@code keep-flagged|keep|omit}), {@code rejected}
     * ({@code omit|keep}), {@code missing-translation} ({@code fallback|omit-item|fail}), {@code reviewed-only}
     * ({@code true|false}). {@code source}
     * names where the entries came from, for diagnostics.
     */
    public static ExportPolicy parse(Map<String, String> entries, String source) {
        ExportPolicy policy = DEFAULT;
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().trim().toLowerCase(Locale.ROOT);
            policy = switch (e.getKey()) {
                case "unsafe" -> policy.withUnsafe(inclusion(e.getKey(), value, source));
                case "needs-medical-review" ->
                    policy.withNeedsMedicalReview(
                            inclusion(e.getKey(), "keep-flagged".equals(value) ? "keep" : value, source));
                case "rejected" -> policy.withRejected(inclusion(e.getKey(), value, source));
                case "missing-translation" -> policy.withMissingTranslation(missing(value, source));
                case "reviewed-only" -> policy.withReviewedOnly(bool(e.getKey(), value, source));
                default ->
                    throw bad(
                            source,
                            "unknown export policy '" + e.getKey()
                                    + "' (expected unsafe, needs-medical-review, rejected, missing-translation or reviewed-only)");
            };
        }
        return policy;
    }

    /** This policy as configuration entries (the inverse of {@link #parse}), sorted by key. */
    public Map<String, String> toMap() {
        Map<String, String> map = new TreeMap<>();
        map.put("missing-translation", missingTranslation.wireName());
        map.put("needs-medical-review", needsMedicalReview == Inclusion.KEEP ? "keep-flagged" : "omit");
        map.put("rejected", rejected.wireName());
        map.put("reviewed-only", Boolean.toString(reviewedOnly));
        map.put("unsafe", unsafe.wireName());
        return map;
    }

    private static Inclusion inclusion(String key, String value, String source) {
        for (Inclusion i : Inclusion.values()) {
            if (i.wireName.equals(value)) {
                return i;
            }
        }
        throw bad(source, "export policy '" + key + "' must be keep or omit, not '" + value + "'");
    }

    private static boolean bool(String key, String value, String source) {
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw bad(source, "export policy '" + key + "' must be true or false, not '" + value + "'");
    }

    private static MissingTranslation missing(String value, String source) {
        for (MissingTranslation m : MissingTranslation.values()) {
            if (m.wireName.equals(value)) {
                return m;
            }
        }
        throw bad(
                source, "export policy 'missing-translation' must be fallback, omit-item or fail, not '" + value + "'");
    }

    private static DiagnosticException bad(String source, String message) {
        return new DiagnosticException(Diagnostic.error(source, 0, 0, "export-policy", message));
    }
}
