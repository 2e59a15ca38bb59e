package dev.careguide.i18n;

import java.nio.file.Path;

/**
 * Where catalogs live under the i18n folder: {@code <guide-id>/messages[_<locale>].properties} and
 * {@code ui/messages[_<locale>].properties}, with the locale's {@code -} written as {@code _}.
 */
public final class CatalogPaths {

    /** Folder of the UI messages. */
    public static final String UI = "ui";

    private CatalogPaths() {}

    /** The folder of a guide's catalogs (or of the UI messages for {@link #UI}). */
    public static Path folder(Path i18nDir, String guideId) {
        if (!dev.careguide.model.ItemIds.isValidSlug(guideId)) {
            throw new IllegalArgumentException("not a kebab-case guide id: '" + guideId + "'");
        }
        return i18nDir.resolve(guideId);
    }

    /** The folder of a guide's catalogs; the id {@value #UI} is taken by the UI messages. */
    static Path guideFolder(Path i18nDir, String guideId) {
        if (guideId.equals(UI)) {
            throw new IllegalArgumentException("guide id '" + UI + "' is reserved for the UI messages' catalogs");
        }
        return folder(i18nDir, guideId);
    }

    /** The source catalog of a folder. */
    public static Path source(Path folder) {
        return folder.resolve("messages.properties");
    }

    /** The catalog of a target locale in a folder, e.g. {@code messages_pt_BR.properties}. */
    public static Path target(Path folder, String tag) {
        return folder.resolve("messages_" + Locales.fileSuffix(tag) + ".properties");
    }

    /** The name used in problems: the path as the caller gave it (relative stays relative), with {@code /}. */
    public static String display(Path file) {
        return file.toString().replace('\\', '/');
    }
}
