package dev.careguide.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The name and version of this careguide build, read from a resource Maven filters at build time. */
public final class GeneratorInfo {

    /** {@code careguide}. */
    public static final String NAME;
    /** The careguide version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static final String VERSION;

    static {
        Properties properties = new Properties();
        try (InputStream in = GeneratorInfo.class.getResourceAsStream("generator.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NAME = properties.getProperty("name", "careguide");
        VERSION = properties.getProperty("version", "0.0.0");
    }

    private GeneratorInfo() {}
}
