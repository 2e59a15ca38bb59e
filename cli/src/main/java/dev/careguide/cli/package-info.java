/**
 * The {@code careguide} command line ({@code java -jar careguide.jar}): picocli subcommands over
 * {@code dev.careguide.pipeline}, with progress and diagnostics on stderr, machine output on stdout, and exit
 * codes 0 (all well), 1 (content errors) and 2 (usage errors).
 */
package dev.careguide.cli;
