package dev.careguide.site;

/**
 * Makes the invisible characters that can disguise text visible to a reviewer: bidirectional controls (a
 * right-to-left override reverses what follows it on screen) are shown as {@code ⟦U+202E⟧}. Used on the review
 * and translator pages, where the reviewer must see what the source really holds; the preview shows text as an
 * app would, isolated so it cannot reorder the page around it.
 */
final class VisibleText {

    private VisibleText() {}

    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(java.util.Locale.ROOT, "⟦U+%04X⟧", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isBidiControl(char c) {
        return c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
