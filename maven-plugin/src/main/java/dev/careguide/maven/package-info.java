/**
 * The careguide Maven plugin (goal prefix {@code careguide}): goals {@code build} (import, check, export; bound
 * to {@code generate-resources}), {@code import}, {@code check}, {@code export}, {@code stats} and {@code sync}
 * (command line only). Each goal maps its parameters onto a {@link dev.careguide.pipeline.PipelineConfig},
 * runs one {@link dev.careguide.pipeline.Pipeline} operation and turns its diagnostics into the build result;
 * the content logic lives in the pipeline.
 */
package dev.careguide.maven;
