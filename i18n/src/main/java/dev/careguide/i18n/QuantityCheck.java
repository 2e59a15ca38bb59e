package dev.careguide.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.NumberingSystem;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health-safety check of numbers: every number, range and unit of the source must stand in the translation
 * as the same quantity, written in the translation's locale. Numbers are read with ICU's number parser for each
 * side's locale (so "1,000" in English, "1.000" in German, "1 000" in Russian and "١٬٠٠٠" in Arabic are all one
 * thousand), ranges are two numbers joined by a dash or a range word of the language ({@link SafetyWords}),
 * and units are recognized in the forms ICU's measure formatter writes for the language ("5 см", "30 Sekunden").
 * A unit is compared only where both sides name one; a dose whose number or unit changed is a problem.
 */
final class QuantityCheck {

    /** A number or range in a text and the unit written right after it ({@code null} for none). */
    record Quantity(BigDecimal low, BigDecimal high, String unit, int start, int end) {

        boolean isRange() {
            return low.compareTo(high) != 0;
        }

        boolean sameValues(Quantity o) {
            return low.compareTo(o.low) == 0 && high.compareTo(o.high) == 0;
        }
    }

    /** A problem: the index in the translation to point at (0 when unknown) and what is wrong. */
    record Problem(int index, String message) {}

    private static final MeasureUnit[] UNITS = {
        MeasureUnit.MICROGRAM,
        MeasureUnit.MILLIGRAM,
        MeasureUnit.GRAM,
        MeasureUnit.KILOGRAM,
        MeasureUnit.MILLILITER,
        MeasureUnit.DECILITER,
        MeasureUnit.LITER,
        MeasureUnit.MILLIMETER,
        MeasureUnit.CENTIMETER,
        MeasureUnit.METER,
        MeasureUnit.KILOMETER,
        MeasureUnit.SECOND,
        MeasureUnit.MINUTE,
        MeasureUnit.HOUR,
        MeasureUnit.DAY,
        MeasureUnit.WEEK,
        MeasureUnit.MONTH,
        MeasureUnit.YEAR,
        MeasureUnit.CELSIUS,
        MeasureUnit.FAHRENHEIT,
        MeasureUnit.PERCENT,
        MeasureUnit.CUP,
        MeasureUnit.TABLESPOON,
        MeasureUnit.TEASPOON,
        MeasureUnit.KILOCALORIE
    };
    private static final double[] SAMPLES = {0, 1, 2, 3, 5, 11, 21, 1.5};
    private static final String DASHES = "-–—‒−~〜";

    private static final Map<String, Map<String, String>> UNIT_FORMS = new ConcurrentHashMap<>();
    /** Numbering system name by the digits it writes, e.g. ١ → arab. */
    private static final Map<Integer, String> NUMBERING = numberingSystems();

    private QuantityCheck() {}

    /** What is wrong with the quantities of {@code target} against {@code wanted}, those of {@code source}. */
    static List<Problem> compare(String source, List<Quantity> wanted, String target, ULocale targetLocale) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Quantity> found = quantities(target, targetLocale);
        boolean[] used = new boolean[found.size()];
        List<Problem> problems = new ArrayList<>();
        NumberFormat notation = FORMATS.get().computeIfAbsent(targetLocale, NumberFormat::getInstance);
        for (Quantity s : wanted) {
            int match = -1;
            for (int i = 0; i < found.size() && match < 0; i++) {
                if (!used[i] && found.get(i).sameValues(s)) {
                    match = i;
                }
            }
            if (match < 0 && s.isRange()) {
                int first = single(found, used, s.low(), 0);
                int second = first < 0 ? -1 : single(found, used, s.high(), first + 1);
                if (second >= 0) {
                    used[first] = true;
                    used[second] = true;
                    continue;
                }
            }
            if (match < 0) {
                problems.add(new Problem(
                        0,
                        "the quantity " + written(s, source) + " of the source is not in the "
                                + "translation (in " + targetLocale.toLanguageTag() + " notation: "
                                + render(s, notation)
                                + ")"));
                continue;
            }
            used[match] = true;
            Quantity t = found.get(match);
            if (s.unit() != null && t.unit() != null && !s.unit().equals(t.unit())) {
                problems.add(new Problem(
                        t.start(),
                        "the quantity " + written(s, source) + " of the source became " + written(t, target) + ": "
                                + s.unit() + " in the source, " + t.unit() + " here"));
            }
        }
        return problems;
    }

    private static int single(List<Quantity> found, boolean[] used, BigDecimal value, int from) {
        for (int i = from; i < found.size(); i++) {
            if (!used[i] && !found.get(i).isRange() && found.get(i).low().compareTo(value) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String written(Quantity q, String text) {
        return text.substring(q.start(), q.end()).strip();
    }

    private static String render(Quantity q, NumberFormat notation) {
        return notation.format(q.low()) + (q.isRange() ? "–" + notation.format(q.high()) : "");
    }

    /** The numbers and ranges of a text, each with the unit written after it. */
    static List<Quantity> quantities(String text, ULocale locale) {
        List<Quantity> numbers = new ArrayList<>();
        Map<String, String> units = unitForms(locale);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (UCharacter.digit(cp, 10) < 0) {
                i += Character.charCount(cp);
                continue;
            }
            ParsePosition pos = new ParsePosition(i);
            Number n = format(locale, cp).parse(text, pos);
            if (n == null || pos.getIndex() <= i) {
                i += Character.charCount(cp);
                continue;
            }
            BigDecimal value = new BigDecimal(n.toString());
            int end = pos.getIndex();
            String[] unit = unitAfter(text, end, units);
            if (unit == null && end < text.length() && Character.isLetter(text.codePointAt(end))) {
                // An ordinal or a name such as "3rd" or "2x": not a quantity.
                i = end;
                continue;
            }
            numbers.add(new Quantity(
                    value, value, unit == null ? null : unit[0], i, unit == null ? end : Integer.parseInt(unit[1])));
            i = end;
        }
        List<String> rangeWords = SafetyWords.of(locale).rangeWords();
        List<Quantity> out = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
            Quantity q = numbers.get(k);
            if (k + 1 < numbers.size()
                    && joins(text.substring(q.end(), numbers.get(k + 1).start()), rangeWords)) {
                Quantity next = numbers.get(k + 1);
                out.add(new Quantity(
                        q.low(), next.low(), next.unit() != null ? next.unit() : q.unit(), q.start(), next.end()));
                k++;
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** Whether the text between two numbers makes them a range: a dash or a range word, with spaces around. */
    private static boolean joins(String between, List<String> rangeWords) {
        String t = between.strip();
        if (t.length() == 1 && DASHES.indexOf(t.charAt(0)) >= 0) {
            return true;
        }
        return !t.isEmpty() && rangeWords.contains(SafetyWords.fold(t));
    }

    /**
     * The unit id and end index of a unit right after a number (a space or hyphen between), or null: the longest
     * of one to three words ("ч. л.", "fl oz") whose letters, without spaces and dots, are a unit form.
     */
    private static String[] unitAfter(String text, int from, Map<String, String> units) {
        int i = from;
        while (i < text.length()
                && (Character.isSpaceChar(text.charAt(i))
                        || text.charAt(i) == '-'
                        || text.charAt(i) == '\u200F'
                        || text.charAt(i) == '\u200E')
                && i - from < 3) {
            i++;
        }
        List<int[]> words = new ArrayList<>();
        int at = i;
        while (words.size() < 3) {
            int end = at;
            while (end < text.length() && isUnitChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end == at) {
                break;
            }
            int stop = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
            words.add(new int[] {end, stop});
            at = stop;
            while (at < text.length() && text.charAt(at) == ' ' && at - stop < 1) {
                at++;
            }
        }
        for (int n = words.size(); n >= 1; n--) {
            String word = unitWord(text.substring(i, words.get(n - 1)[0]));
            String unit = units.get(word);
            if (unit == null && n == 1 && word.length() >= 4) {
                for (Map.Entry<String, String> form : units.entrySet()) {
                    if (form.getKey().length() >= 4
                            && word.startsWith(form.getKey())
                            && (unit == null || form.getValue().equals(unit))) {
                        unit = form.getValue();
                    }
                }
            }
            if (unit != null) {
                return new String[] {unit, Integer.toString(words.get(n - 1)[1])};
            }
        }
        return null;
    }

    private static boolean isUnitChar(int c) {
        return Character.isLetter(c)
                || c == '%'
                || c == '٪'
                || c == '°'
                || c == 'µ'
                || UCharacter.getType(c) == UCharacter.NON_SPACING_MARK;
    }

    /** Folded unit word → unit, from every form ICU writes for the language; ambiguous forms are left out. */
    private static Map<String, String> unitForms(ULocale locale) {
        return UNIT_FORMS.computeIfAbsent(locale.getLanguage(), language -> {
            ULocale l = new ULocale(language);
            Map<String, String> forms = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (MeasureUnit unit : UNITS) {
                String id = unit.getSubtype();
                for (MeasureFormat.FormatWidth width : new MeasureFormat.FormatWidth[] {
                    MeasureFormat.FormatWidth.WIDE, MeasureFormat.FormatWidth.SHORT, MeasureFormat.FormatWidth.NARROW
                }) {
                    MeasureFormat format = MeasureFormat.getInstance(l, width);
                    for (double sample : SAMPLES) {
                        String form = unitWord(format.format(new Measure(sample, unit)));
                        if (form.isEmpty()) {
                            continue;
                        }
                        String previous = forms.putIfAbsent(form, id);
                        if (previous != null && !previous.equals(id)) {
                            ambiguous.add(form);
                        }
                    }
                }
            }
            forms.put("%", "percent");
            forms.put("٪", "percent");
            ambiguous.forEach(forms::remove);
            return Map.copyOf(forms);
        });
    }

    /** The unit part of a formatted measure: without digits, separators, spaces and direction marks, folded. */
    private static String unitWord(String formatted) {
        StringBuilder sb = new StringBuilder();
        formatted
                .codePoints()
                .filter(c -> UCharacter.digit(c, 10) < 0
                        && !Character.isSpaceChar(c)
                        && ".,٫٬\u200F\u200E\u061C".indexOf(c) < 0)
                .forEach(sb::appendCodePoint);
        String word = sb.toString();
        return SafetyWords.fold(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /**
     * A number format for the locale in the numbering system of the digit {@code cp} (Arabic-Indic, ...), one per
     * thread: ICU's formats are costly to make and not thread-safe.
     */
    private static NumberFormat format(ULocale locale, int cp) {
        String system = NUMBERING.get(cp);
        ULocale l = system == null ? locale : locale.setKeywordValue("numbers", system);
        return FORMATS.get().computeIfAbsent(l, NumberFormat::getInstance);
    }

    private static final ThreadLocal<Map<ULocale, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private static Map<Integer, String> numberingSystems() {
        Map<Integer, String> out = new HashMap<>();
        for (String name : NumberingSystem.getAvailableNames()) {
            NumberingSystem ns = NumberingSystem.getInstanceByName(name);
            if (ns == null || ns.isAlgorithmic() || ns.getRadix() != 10 || name.equals("latn")) {
                continue;
            }
            ns.getDescription().codePoints().forEach(c -> out.putIfAbsent(c, name));
        }
        return Map.copyOf(out);
    }
}
