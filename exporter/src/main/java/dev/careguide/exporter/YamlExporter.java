package dev.careguide.exporter;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code yaml/<locale>/<guide-id>.yaml} with the same content as the JSON, every string double-quoted so
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
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator gen = BundleJson.yamlGenerator(buffer)) {
            GuideTreeWriter.write(guide, gen);
        }
        byte[] yaml = buffer.toByteArray();
        int codePoints = codePoints(yaml);
        if (codePoints > MAX_CODE_POINTS) {
            throw new DiagnosticException(Diagnostic.error(
                    path,
                    0,
                    0,
                    "yaml-too-large",
                    "guide '" + guide.guide()
                            + "' in " + guide.locale() + " has " + codePoints + " code points as YAML, more than the "
                            + MAX_CODE_POINTS + " SnakeYAML reads by default; split it into smaller guides"));
        }
        try (OutputStream out = ctx.create(guide, path, MEDIA_TYPE)) {
            out.write(yaml);
        }
    }

    /** The code points of UTF-8 text: every byte that does not continue a sequence starts one. */
    private static int codePoints(byte[] utf8) {
        int n = 0;
        for (byte b : utf8) {
            if ((b & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }
}
