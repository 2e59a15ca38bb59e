package dev.careguide.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A safety judgement on a remedy with the reason for it ({@code null} reason only for {@link SafetyLevel#OK}).
 */
@JsonPropertyOrder({"level", "reason"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Safety(SafetyLevel level, String reason) {

    /** Safe, no reason needed. */
    public static final Safety OK = new Safety(SafetyLevel.OK, null);

    public Safety {
        Objects.requireNonNull(level, "level");
    }

    public static Safety needsMedicalReview(String reason) {
        return new Safety(SafetyLevel.NEEDS_MEDICAL_REVIEW, reason);
    }

    public static Safety unsafe(String reason) {
        return new Safety(SafetyLevel.UNSAFE, reason);
    }
}
