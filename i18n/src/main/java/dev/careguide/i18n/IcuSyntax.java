package dev.careguide.i18n;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a translation as ICU MessageFormat and explains what is wrong in plain words, with the index of the
 * character to look at ("the plural {hours} is not closed: add '}'"), instead of ICU's own wording. Where a
 * repair is obvious (closing braces at the end, an {@code other} variant) it parses the repaired text too, so
 * the checks that need a parsed message (arguments, plural categories) still run and one check run reports
 * every problem of the message.
 */
final class IcuSyntax {

    /** One syntax problem: the value index it points at, its check code and its explanation. */
    record Problem(int index, String code, String message) {}

    /**
     * The outcome: the problems found, and the message as parsed after the repairs ({@code null} when it could
     * not be repaired). {@link #originalIndex(int)} maps an index of the repaired text back to the value.
     */
    record Result(List<Problem> problems, MessagePattern pattern, List<int[]> insertions) {

        /** The value index of a repaired-text index (an index inside inserted text maps to where it was put). */
        int originalIndex(int index) {
            int at = index;
            for (int i = insertions.size() - 1; i >= 0; i--) {
                int[] insertion = insertions.get(i);
                if (at >= insertion[0] + insertion[1]) {
                    at -= insertion[1];
                } else if (at >= insertion[0]) {
                    at = insertion[0];
                }
            }
            return at;
        }
    }

    private static final Pattern ICU_INDEX = Pattern.compile("\\[at pattern index (\\d+)]");
    private static final Pattern COMPLEX_ARGUMENT =
            Pattern.compile("\\{\\s*([^{},\\s]+)\\s*,\\s*(plural|select|selectordinal)\\s*,");
    private static final Pattern SIMPLE_ARGUMENT = Pattern.compile("\\{\\s*([\\p{L}\\p{N}_]+)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    private static final int MAX_REPAIRS = 4;

    private IcuSyntax() {}

    static Result parse(String value) {
        List<Problem> problems = new ArrayList<>();
        List<int[]> insertions = new ArrayList<>();
        int deep = IcuMessages.tooDeep(value);
        if (deep >= 0) {
            problems.add(new Problem(
                    deep,
                    "icu-nesting",
                    "the braces nest more than " + IcuMessages.MAX_BRACE_DEPTH
                            + " deep here; careguide reads plural and select arguments nested at most "
                            + IcuMessages.MAX_BRACE_DEPTH / 2 + " levels, so flatten the message"));
            return new Result(problems, null, insertions);
        }
        String text = value;
        for (int attempt = 0; attempt <= MAX_REPAIRS; attempt++) {
            try {
                return new Result(problems, new MessagePattern(text), insertions);
            } catch (IllegalArgumentException e) {
                Result partial = new Result(problems, null, insertions);
                String repaired =
                        explain(text, e.getMessage() == null ? "" : e.getMessage(), problems, insertions, partial);
                if (repaired == null) {
                    return partial;
                }
                text = repaired;
            }
        }
        return new Result(problems, null, insertions);
    }

    /** Adds the explanation of one error; returns the repaired text, or {@code null} when there is no repair. */
    private static String explain(
            String text, String icuMessage, List<Problem> problems, List<int[]> insertions, Result mapping) {
        List<Integer> open = unclosedBraces(text);
        if (!open.isEmpty()) {
            int at = open.get(open.size() - 1);
            problems.add(new Problem(mapping.originalIndex(at), "icu-syntax", unclosed(text, at, open)));
            insertions.add(new int[] {text.length(), open.size()});
            return text + "}".repeat(open.size());
        }
        Matcher indexMatch = ICU_INDEX.matcher(icuMessage);
        int index = indexMatch.find() ? Integer.parseInt(indexMatch.group(1)) : 0;
        if (icuMessage.startsWith("Missing 'other'")) {
            Matcher argument = COMPLEX_ARGUMENT.matcher(text);
            while (argument.find()) {
                int end = closingBrace(text, argument.start());
                if (end > 0 && !hasOtherVariant(text, argument.end(), end)) {
                    problems.add(new Problem(
                            mapping.originalIndex(argument.start()),
                            "missing-other",
                            "the "
                                    + argument.group(2) + " {" + argument.group(1)
                                    + "} has no 'other' variant, which every "
                                    + argument.group(2) + " needs for the values its other variants do not cover: add "
                                    + "other {…}"));
                    insertions.add(new int[] {end, " other {}".length()});
                    return text.substring(0, end) + " other {}" + text.substring(end);
                }
            }
            problems.add(new Problem(0, "missing-other", "a plural or select has no 'other' variant: add other {…}"));
            return null;
        }
        int wordStart = index;
        while (wordStart < text.length() && Character.isWhitespace(text.charAt(wordStart))) {
            wordStart++;
        }
        int at = mapping.originalIndex(wordStart);
        String word = wordAt(text, wordStart);
        String message;
        if (icuMessage.startsWith("No message fragment after")) {
            message = "'" + word + "' has no message in braces after it: write " + word + " {…}, or remove it";
        } else if (icuMessage.startsWith("Bad argument syntax")) {
            message = index < text.length() && text.charAt(index) == '}' && index > 0 && text.charAt(index - 1) == '{'
                    ? "empty braces {}: put an argument name inside, or write '{}' to show the braces as text"
                    : "this argument is not valid: write {name}, {name, number} or {name, plural, one {…} "
                            + "other {…}}; to show a brace as text, write '{' or '}'";
        } else if (icuMessage.matches("Bad (plural|select|selectordinal) pattern syntax.*")) {
            String type = icuMessage.substring(4, icuMessage.indexOf(' ', 4));
            message = word.startsWith("=")
                    ? "'" + word + "' is not a valid " + type + " value: write =0, =1, … or a keyword"
                    : "this " + type + " is not valid: write its variants as keyword {message} pairs, e.g. "
                            + "one {…} other {…}";
        } else if (icuMessage.startsWith("Quoted literal")) {
            message = "an apostrophe starts quoted text that never ends: write '' for an apostrophe";
        } else {
            message = "not valid ICU MessageFormat: "
                    + ICU_INDEX.matcher(icuMessage).replaceAll("").strip();
        }
        problems.add(new Problem(at, "icu-syntax", message));
        return null;
    }

    /** "the plural {hours} is not closed: add '}'", naming the argument or variant that the brace opens. */
    private static String unclosed(String text, int at, List<Integer> open) {
        Matcher complex = COMPLEX_ARGUMENT.matcher(text).region(at, text.length());
        if (complex.lookingAt()) {
            return "the " + complex.group(2) + " {" + complex.group(1) + "} is not closed: add '}'";
        }
        Matcher selector = LAST_WORD.matcher(text.substring(0, at));
        if (open.size() >= 2 && selector.find()) {
            Matcher outer = COMPLEX_ARGUMENT.matcher(text).region(open.get(open.size() - 2), text.length());
            if (outer.lookingAt()) {
                return "the '" + selector.group(1) + "' variant of the " + outer.group(2) + " {" + outer.group(1)
                        + "} is not closed: add '}'";
            }
        }
        Matcher simple = SIMPLE_ARGUMENT.matcher(text).region(at, text.length());
        if (simple.lookingAt()) {
            return "the argument {" + simple.group(1) + "} is not closed: add '}'";
        }
        return "this '{' is never closed: add '}', or write '{' to show the brace as text";
    }

    /**
     * Indexes of the braces that are opened and never closed, outermost first, skipping quoted text as ICU does
     * by default: an apostrophe quotes only when a brace follows it, {@code ''} is one apostrophe.
     */
    static List<Integer> unclosedBraces(String text) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '\'') {
                    i++;
                } else if (next == '{' || next == '}') {
                    int close = text.indexOf('\'', i + 1);
                    i = close < 0 ? text.length() : close;
                }
            } else if (c == '{') {
                open.add(i);
            } else if (c == '}' && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        return open;
    }

    /** The index of the brace that closes the one at {@code start}, or -1. */
    private static int closingBrace(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the variants between {@code from} and {@code to} (top level only) include {@code other}. */
    private static boolean hasOtherVariant(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0
                    && text.startsWith("other", i)
                    && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + 5 >= to || !Character.isLetterOrDigit(text.charAt(i + 5)))) {
                return true;
            }
        }
        return false;
    }

    private static String wordAt(String text, int index) {
        int start = Math.min(Math.max(index, 0), text.length());
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length()
                && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '{'
                && text.charAt(end) != '}') {
            end++;
        }
        return text.substring(start, end);
    }
}
