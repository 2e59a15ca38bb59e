package dev.careguide.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the site's jte templates ({@code src/main/jte}, compiled into this module by the jte Maven plugin) in
 * HTML mode, where every {@code ${...}} value is escaped for where it lands (element text or attribute).
 */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), "dev.careguide.site.templates");

    private Templates() {}

    /** The page {@code template} (e.g. {@code index.jte}) of {@code page}. */
    static String render(String template, Object page) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(template, page, out);
        return out.toString();
    }
}
