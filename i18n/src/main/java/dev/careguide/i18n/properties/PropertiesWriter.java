package dev.careguide.i18n.properties;

/**
 * Escapes keys, values and comments for UTF-8 .properties files that {@link java.util.Properties},
 * {@link java.util.PropertyResourceBundle} and ICU read unchanged: non-ASCII text is written as is, only what
 * the format needs is escaped, and a property never spans lines. Also writes files atomically.
 */
public final class PropertiesWriter {

    private PropertiesWriter() {}

    /** {@code key=value} with both escaped. */
    public static String property(String key, String value) {
        return appendProperty(new StringBuilder(key.length() + value.length() + 8), key, value)
                .toString();
    }

    /** Appends {@code key=value} with both escaped. */
    public static StringBuilder appendProperty(StringBuilder sb, String key, String value) {
        escape(sb, key, true);
        sb.append('=');
        escape(sb, value, false);
        return sb;
    }

    public static String escapeKey(String key) {
        return escape(new StringBuilder(key.length() + 8), key, true).toString();
    }

    public static String escapeValue(String value) {
        return escape(new StringBuilder(value.length() + 8), value, false).toString();
    }

    /** A comment line {@code prefix text}, with line breaks in {@code text} shown as {@code \n}. */
    public static String comment(String prefix, String text) {
        return appendComment(new StringBuilder(prefix.length() + text.length() + 1), prefix, text)
                .toString();
    }

    /** Appends the comment line {@code prefix text}, with line breaks in {@code text} shown as {@code \n}. */
    public static StringBuilder appendComment(StringBuilder sb, String prefix, String text) {
        sb.append(prefix);
        if (!text.isEmpty()) {
            sb.append(' ');
        }
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return sb.append(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb;
    }

    private static StringBuilder escape(StringBuilder sb, String s, boolean key) {
        int plain = plainPrefix(s, key);
        if (plain == s.length()) {
            return sb.append(s);
        }
        sb.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
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
        return sb;
    }

    /** How many leading characters of {@code s} are written as they are. */
    /** Whether a key ({@code key} true) or value is written as it is, without escapes. */
    public static boolean isPlain(String s, boolean key) {
        return plainPrefix(s, key) == s.length();
    }

    private static int plainPrefix(String s, boolean key) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20
                    || c == 0x7F
                    || c == '\\'
                    || (c == ' ' && (key || i == 0))
                    || (key && (c == '=' || c == ':' || c == '#' || c == '!'))
                    || (c >= 0x80 && (c <= 0x9F || c == '\uFEFF' || Character.isSurrogate(c)))) {
                return i;
            }
        }
        return s.length();
    }
}
