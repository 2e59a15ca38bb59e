package dev.careguide.i18n;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Generates the pseudo-locales from source text, keeping ICU MessageFormat syntax and placeholders intact:
 * {@code en-XA} accents every Latin letter, lengthens each message (and each plural or select variant) by
 * about 35% and brackets it, so untranslated, truncated or concatenated strings stand out; {@code ar-XB}
 * forces every text run right-to-left with bidi controls, so layouts that do not mirror stand out.
 */
public final class PseudoLocalizer {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçđéƒĝĥíĵķľɱñóƥǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĽṀÑÓƤǪŔŠŢÚṼŴẊÝŽ";
    private static final String[] PADDING = "one two three four five six seven eight nine ten".split(" ");
    private static final char RLM = '\u200F';
    private static final char RLO = '\u202E';
    private static final char PDF = '\u202C';

    private final boolean accented;

    private PseudoLocalizer(boolean accented) {
        this.accented = accented;
    }

    /** The localizer for {@code en-XA} or {@code ar-XB}. */
    public static PseudoLocalizer forTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (!t.equals("en-xa") && !t.equals("ar-xb")) {
            throw new IllegalArgumentException("not a pseudo-locale: " + tag + " (use en-XA or ar-XB)");
        }
        return new PseudoLocalizer(t.equals("en-xa"));
    }

    /** The pseudo-localized form of a source message; text that is not valid ICU syntax is treated as plain. */
    public String localize(String message) {
        MessagePattern pattern =
                message.indexOf('{') < 0 && message.indexOf('}') < 0 ? null : IcuMessages.parse(message);
        StringBuilder sb = new StringBuilder();
        if (pattern == null) {
            sb.append(accented ? run(message) : RLO + message + PDF).append(padding(message.length()));
        } else {
            transform(pattern, message, sb);
        }
        return accented ? "[" + sb + "]" : RLM + sb.toString();
    }

    /**
     * Copies the message, transforming only its literal text runs and (for en-XA) lengthening each message and
     * sub-message by about 35% of its own text.
     */
    private void transform(MessagePattern mp, String message, StringBuilder sb) {
        Deque<Integer> textLengths = new ArrayDeque<>();
        boolean[] runOpen = {false};
        int pos = 0;
        MessagePattern.Part.Type previous = null;
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getIndex() < pos) {
                // The numeric value of an explicit selector such as =0 overlaps the selector itself.
                if (part.getLimit() > pos) {
                    sb.append(message, pos, part.getLimit());
                    pos = part.getLimit();
                }
                continue;
            }
            String gap = message.substring(pos, part.getIndex());
            MessagePattern.Part.Type type = part.getType();
            if (previous != null && isTextBefore(previous) && isTextAfter(type) && !gap.isEmpty()) {
                startRun(sb, runOpen);
                runOpen[0] = !accented;
                sb.append(run(gap));
                if (!textLengths.isEmpty()) {
                    textLengths.push(textLengths.pop() + gap.length());
                }
            } else {
                sb.append(gap);
            }
            if ((type == MessagePattern.Part.Type.SKIP_SYNTAX || type == MessagePattern.Part.Type.INSERT_CHAR)
                    && previous != null
                    && isTextBefore(previous)) {
                // A quoted literal belongs to the text run: the quote must stay next to the character it quotes.
                startRun(sb, runOpen);
                runOpen[0] = !accented;
            } else if (runOpen[0]
                    && (type == MessagePattern.Part.Type.MSG_LIMIT
                            || type == MessagePattern.Part.Type.ARG_START
                            || type == MessagePattern.Part.Type.REPLACE_NUMBER)) {
                sb.append(PDF);
                runOpen[0] = false;
            }
            if (type == MessagePattern.Part.Type.MSG_START) {
                textLengths.push(0);
            } else if (type == MessagePattern.Part.Type.MSG_LIMIT && !textLengths.isEmpty()) {
                sb.append(padding(textLengths.pop()));
            }
            sb.append(message, part.getIndex(), part.getLimit());
            pos = part.getLimit();
            previous = type;
        }
        sb.append(message.substring(pos));
    }

    /** For ar-XB, opens a right-to-left override unless one is open. */
    private void startRun(StringBuilder sb, boolean[] runOpen) {
        if (!accented && !runOpen[0]) {
            sb.append(RLO);
        }
    }

    /** For en-XA, whole padding words adding about 35% to a text of {@code textLength} characters. */
    private String padding(int textLength) {
        if (!accented) {
            return "";
        }
        int length = (int) Math.ceil(textLength * 0.35);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < length; i++) {
            sb.append(' ').append(PADDING[i % PADDING.length]);
        }
        return sb.toString();
    }

    private static boolean isTextBefore(MessagePattern.Part.Type t) {
        return t == MessagePattern.Part.Type.MSG_START
                || t == MessagePattern.Part.Type.ARG_LIMIT
                || t == MessagePattern.Part.Type.REPLACE_NUMBER
                || t == MessagePattern.Part.Type.SKIP_SYNTAX
                || t == MessagePattern.Part.Type.INSERT_CHAR;
    }

    private static boolean isTextAfter(MessagePattern.Part.Type t) {
        return t == MessagePattern.Part.Type.MSG_LIMIT
                || t == MessagePattern.Part.Type.ARG_START
                || t == MessagePattern.Part.Type.REPLACE_NUMBER
                || t == MessagePattern.Part.Type.SKIP_SYNTAX
                || t == MessagePattern.Part.Type.INSERT_CHAR;
    }

    /** A text run: accented for en-XA; for ar-XB unchanged (the caller adds the bidi controls). */
    private String run(String text) {
        if (!accented) {
            return text;
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
