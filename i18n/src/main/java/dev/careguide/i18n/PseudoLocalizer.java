package dev.careguide.i18n;

import com.ibm.icu.text.MessagePattern;
import java.util.Locale;

/**
 * Generates the pseudo-locales from source text, keeping ICU MessageFormat syntax and placeholders intact:
 * {@code en-XA} accents every Latin letter, lengthens the text by about 35% and brackets it, so untranslated,
 * truncated or concatenated strings stand out; {@code ar-XB} forces every text run right-to-left with bidi
 * controls, so layouts that do not mirror stand out.
 */
public final class PseudoLocalizer {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçđéƒĝĥíĵķľɱñóƥǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĽṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";
    private static final String PADDING = "one two three four five six seven eight nine ten eleven twelve";
    private static final char RLM = '\u200F';
    private static final char RLO = '\u202E';
    private static final char PDF = '\u202C';

    private final String tag;

    private PseudoLocalizer(String tag) {
        this.tag = tag;
    }

    /** The localizer for {@code en-XA} or {@code ar-XB}. */
    public static PseudoLocalizer forTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (!t.equals("en-xa") && !t.equals("ar-xb")) {
            throw new IllegalArgumentException("not a pseudo-locale: " + tag + " (use en-XA or ar-XB)");
        }
        return new PseudoLocalizer(t);
    }

    /** The pseudo-localized form of a source message; text that is not valid ICU syntax is treated as plain. */
    public String localize(String message) {
        MessagePattern pattern;
        try {
            pattern = message.indexOf('{') < 0 && message.indexOf('}') < 0 ? null : new MessagePattern(message);
        } catch (IllegalArgumentException e) {
            pattern = null;
        }
        StringBuilder sb = new StringBuilder();
        int textLength;
        if (pattern == null) {
            sb.append(run(message));
            textLength = message.length();
        } else {
            textLength = transformText(pattern, message, sb);
        }
        if (tag.equals("en-xa")) {
            int pad = (int) Math.ceil(textLength * 0.35);
            return "[" + sb + padding(pad) + "]";
        }
        return RLM + sb.toString();
    }

    /** Whole padding words adding at least {@code length} characters (cycling through the list). */
    private static String padding(int length) {
        StringBuilder sb = new StringBuilder();
        String[] words = PADDING.split(" ");
        for (int i = 0; sb.length() < length; i++) {
            sb.append(' ').append(words[i % words.length]);
        }
        return sb.toString();
    }

    /** Copies the message, transforming only its literal text runs; returns their total length. */
    private int transformText(MessagePattern mp, String message, StringBuilder sb) {
        int textLength = 0;
        int count = mp.countParts();
        int pos = 0;
        MessagePattern.Part.Type previous = null;
        for (int i = 0; i < count; i++) {
            MessagePattern.Part part = mp.getPart(i);
            String gap = message.substring(pos, part.getIndex());
            if (previous != null && isTextBefore(previous) && isTextAfter(part.getType()) && !gap.isEmpty()) {
                sb.append(run(gap));
                textLength += gap.length();
            } else {
                sb.append(gap);
            }
            sb.append(message, part.getIndex(), part.getLimit());
            pos = Math.max(pos, part.getLimit());
            previous = part.getType();
        }
        sb.append(message.substring(pos));
        return textLength;
    }

    private static boolean isTextBefore(MessagePattern.Part.Type t) {
        return t == MessagePattern.Part.Type.MSG_START || t == MessagePattern.Part.Type.ARG_LIMIT
                || t == MessagePattern.Part.Type.REPLACE_NUMBER || t == MessagePattern.Part.Type.SKIP_SYNTAX
                || t == MessagePattern.Part.Type.INSERT_CHAR;
    }

    private static boolean isTextAfter(MessagePattern.Part.Type t) {
        return t == MessagePattern.Part.Type.MSG_LIMIT || t == MessagePattern.Part.Type.ARG_START
                || t == MessagePattern.Part.Type.REPLACE_NUMBER || t == MessagePattern.Part.Type.SKIP_SYNTAX
                || t == MessagePattern.Part.Type.INSERT_CHAR;
    }

    private String run(String text) {
        if (tag.equals("ar-xb")) {
            return RLO + text + PDF;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = PLAIN.indexOf(c);
            sb.append(k < 0 ? c : ACCENTED.charAt(k));
        }
        return sb.toString();
    }
}
