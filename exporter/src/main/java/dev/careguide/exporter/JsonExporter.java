package dev.careguide.exporter;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.careguide.model.CanonicalJson;
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
        try (OutputStream out = ctx.create(guide, ExportContext.path("json", guide, ".json"), MEDIA_TYPE);
                JsonGenerator gen = BundleJson.jsonGenerator(out)) {
            GuideTreeWriter.write(guide, gen);
            CanonicalJson.end(gen);
        }
    }
}
