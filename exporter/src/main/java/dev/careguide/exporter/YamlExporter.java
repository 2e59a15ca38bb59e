package dev.careguide.exporter;

import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code yaml/<locale>/<guide-id>.yaml} from the same tree as the JSON, every string double-quoted so
 * YAML 1.1 and 1.2 readers (PyYAML, SnakeYAML) read back exactly the JSON's content. A file above SnakeYAML's
 * default size limit is refused with a diagnostic rather than written unreadable.
 */
public final class YamlExporter implements Exporter {

    public static final String MEDIA_TYPE = "application/yaml";

    /** SnakeYAML's default {@code LoaderOptions.codePointLimit}: larger documents are refused by default readers. */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

    @Override
    public String format() {
        return "yaml";
    }

    @Override
    public void write(LocalizedGuide guide, ExportContext ctx) throws IOException {
        String path = ExportContext.path("yaml", guide, ".yaml");
        byte[] yaml = BundleJson.yaml(BundleJson.tree(guide));
        String text = new String(yaml, StandardCharsets.UTF_8);
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints > MAX_CODE_POINTS) {
            throw new DiagnosticException(Diagnostic.error(path, 0, 0, "yaml-too-large", "guide '" + guide.guide()
                    + "' in " + guide.locale() + " has " + codePoints + " code points as YAML, more than the "
                    + MAX_CODE_POINTS + " SnakeYAML reads by default; split it into smaller guides"));
        }
        try (OutputStream out = ctx.create(guide, path, MEDIA_TYPE)) {
            out.write(yaml);
        }
    }
}
