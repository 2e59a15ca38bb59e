/**
 * One run of a careguide content project: {@link dev.careguide.pipeline.ProjectLayout} (where the files are),
 * {@link dev.careguide.pipeline.PipelineConfig} (the effective settings) and
 * {@link dev.careguide.pipeline.Pipeline} (import, check, sync, export, stats and the up-to-date build), each
 * operation answering with an {@link dev.careguide.pipeline.Outcome} of diagnostics.
 * {@link dev.careguide.pipeline.FileImport} imports loose article files outside a project. The Maven plugin and
 * the CLI are thin shells over this package.
 */
package dev.careguide.pipeline;
