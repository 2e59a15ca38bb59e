/**
 * The careguide content model: immutable records for a {@link dev.careguide.model.Guide} and its items,
 * the canonical JSON codec ({@link dev.careguide.model.GuideCodec}) and whole-guide validation
 * ({@link dev.careguide.model.GuideValidator}).
 */
package dev.careguide.model;
