package dev.careguide.exporter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code yaml/<locale>/<guide-id>.yaml} from the same tree as the JSON, every string double-quoted so
 * YAML 1.1 and 1.2 readers (PyYAML, SnakeYAML) read back exactly the JSON's content.
 */
public final class YamlExporter implements Exporter {

    public static final String MEDIA_TYPE = "application/yaml";

    @Override
    public String format() {
        return "yaml";
    }

    @Override
    public void write(LocalizedGuide guide, ExportContext ctx) throws IOException {
        try (OutputStream out = ctx.create(guide, ExportContext.path("yaml", guide, ".yaml"), MEDIA_TYPE)) {
            out.write(BundleJson.yaml(BundleJson.tree(guide)));
        }
    }
}
