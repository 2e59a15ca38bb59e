package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A remedy's safety judgement: {@code ok}, {@code needs-medical-review} or {@code unsafe}, and the reason
 * shown to app users, localized like every other string ({@code null} when the judgement has no reason,
 * as for {@code ok}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SafetyInfo(String level, LocalizedText reason) {}
