package dev.careguide.pipeline;

/**
 * Receives the progress lines of a run (what is being imported, checked, written, and summaries), so the
 * Maven plugin sends them to its log and the CLI to stderr. Diagnostics are not sent here: they come back in
 * each {@link Outcome}.
 */
public interface PipelineListener {

    /** A listener that drops every line. */
    PipelineListener SILENT = new PipelineListener() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
    };

    void info(String message);

    void warn(String message);
}
