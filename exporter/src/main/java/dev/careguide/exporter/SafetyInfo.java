package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A remedy's safety judgement: {@code ok}, {@code needs-medical-review} or {@code unsafe}, and the reason
 * (in the source language, as the content team wrote it; absent for {@code ok}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SafetyInfo(String level, String reason) {
}
