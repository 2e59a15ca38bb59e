package dev.careguide.exporter;

import java.io.IOException;
import java.io.OutputStream;

/** Writes {@code json/<locale>/<guide-id>.json}: the whole localized guide as canonical JSON. */
public final class JsonExporter implements Exporter {

    public static final String MEDIA_TYPE = "application/json";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(LocalizedGuide guide, ExportContext ctx) throws IOException {
        try (OutputStream out = ctx.create(guide, ExportContext.path("json", guide, ".json"), MEDIA_TYPE)) {
            out.write(BundleJson.json(BundleJson.tree(guide)));
        }
    }
}
