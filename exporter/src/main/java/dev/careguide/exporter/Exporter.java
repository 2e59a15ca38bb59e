package dev.careguide.exporter;

import java.io.IOException;

/**
 * Writes one localized guide in one file format into a bundle. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.careguide.exporter.Exporter}), so a new format
 * plugs in without touching the others. An exporter creates its files only through
 * {@link ExportContext#create}, which records them for the manifest.
 */
public interface Exporter {

    /** The format's name as used in {@link ExportOptions#formats()}, e.g. {@code json}. */
    String format();

    void write(LocalizedGuide guide, ExportContext ctx) throws IOException;
}
