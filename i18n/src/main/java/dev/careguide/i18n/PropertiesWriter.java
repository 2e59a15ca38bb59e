package dev.careguide.i18n;



/**
 * Escapes keys, values and comments for UTF-8 .properties files that {@link java.util.Properties},
 * {@link java.util.PropertyResourceBundle} and ICU read unchanged: non-ASCII text is written as is, only what
 * the format needs is escaped, and a property never spans lines. Also writes files atomically.
 */
public final class PropertiesWriter {

    private PropertiesWriter() {
    }

    /** {@code key=value} with both escaped. */
    public static String property(String key, String value) {
        return escapeKey(key) + "=" + escapeValue(value);
    }

    public static String escapeKey(String key) {
        return escape(key, true);
    }

    public static String escapeValue(String value) {
        return escape(value, false);
    }

    /** A comment line {@code prefix text}, with line breaks in {@code text} shown as {@code \n}. */
    public static String comment(String prefix, String text) {
        StringBuilder sb = new StringBuilder(prefix);
        if (!text.isEmpty()) {
            sb.append(' ');
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String escape(String s, boolean key) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
                case '=', ':', '#', '!' -> {
                    if (key) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                default -> {
                    boolean unpaired = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (unpaired || Character.isISOControl(c) || c == '\uFEFF') {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
