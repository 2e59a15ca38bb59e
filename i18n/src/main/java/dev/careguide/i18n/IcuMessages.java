package dev.careguide.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.util.Map;

/**
 * The one way careguide hands a message to ICU. ICU's parser recurses once per nested argument, so a message
 * nesting thousands of {@code select}s would overflow the stack: braces may nest at most
 * {@value #MAX_BRACE_DEPTH} deep (16 nested arguments, far more than any real message), which is checked before
 * ICU sees the text. Braces and apostrophes are read as ICU reads them (apostrophe mode DOUBLE_OPTIONAL:
 * {@code ''} is an apostrophe, {@code '} before a brace, {@code #} or {@code |} starts quoted text).
 */
public final class IcuMessages {

    /** The deepest nesting of braces a message may have. */
    public static final int MAX_BRACE_DEPTH = 32;

    private IcuMessages() {}

    /** The parsed message, or {@code null} when it nests too deeply or is not valid ICU MessageFormat. */
    public static MessagePattern parse(String text) {
        if (tooDeep(text) >= 0) {
            return null;
        }
        try {
            return new MessagePattern(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The index of the brace that nests deeper than {@link #MAX_BRACE_DEPTH}, or -1. */
    public static int tooDeep(String text) {
        return scan(text, true);
    }

    /** The index of the first {@code }} that closes nothing (outside quoted text), or -1. */
    public static int strayBrace(String text) {
        return scan(text, false);
    }

    /**
     * A message's text as ICU shows it when it has no argument to fill: quoting undone ({@code '{'} becomes
     * {@code {}, {@code ''} becomes {@code '}). Text without apostrophes and braces, and text ICU cannot parse,
     * is returned as it is.
     */
    public static String render(String text) {
        if (text.indexOf('\'') < 0 && text.indexOf('{') < 0 && text.indexOf('}') < 0) {
            return text;
        }
        MessagePattern pattern = parse(text);
        if (pattern == null) {
            return text;
        }
        try {
            return new MessageFormat(text).format(Map.of());
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static int scan(String text, boolean depthLimit) {
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && text.charAt(i + 1) == '\'') {
                    i++;
                } else if (i + 1 < n && "{}#|".indexOf(text.charAt(i + 1)) >= 0) {
                    i++;
                    while (i + 1 < n) {
                        i++;
                        if (text.charAt(i) == '\'') {
                            if (i + 1 < n && text.charAt(i + 1) == '\'') {
                                i++;
                            } else {
                                break;
                            }
                        }
                    }
                }
            } else if (c == '{') {
                depth++;
                if (depthLimit && depth > MAX_BRACE_DEPTH) {
                    return i;
                }
            } else if (c == '}') {
                if (depth == 0) {
                    if (!depthLimit) {
                        return i;
                    }
                } else {
                    depth--;
                }
            }
        }
        return -1;
    }
}
