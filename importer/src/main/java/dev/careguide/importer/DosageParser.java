package dev.careguide.importer;

import dev.careguide.model.Dosage;
import dev.careguide.model.Quantity;
import dev.careguide.model.QuantityUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads quantities written in words or digits: "ten times", "10-15 times with each leg", "three to four times a
 * day", "twenty minutes", "no more than four to five centimeters", "two tablespoons for five liters", "at least
 * ten times a day". Number words, units, limits and per-day phrases come from the rules. Linear in the text.
 */
final class DosageParser {

    /** A quantity found in text; {@code perDay} when it counts times per day. */
    record Found(Quantity quantity, boolean perDay) {}

    private final ImportRules rules;

    DosageParser(ImportRules rules) {
        this.rules = rules;
    }

    List<Found> find(String text) {
        List<String> tokens = tokens(text);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (rules.timesWords.contains(t) && !rules.articleNumbers.contains(prev(tokens, i))) {
                BigDecimal v = rules.numbers.get(t);
                if (v != null) {
                    Quantity q = new Quantity(v, v, QuantityUnit.TIME, limit(tokens, i));
                    out.add(new Found(q, perDay(tokens, i + 1)));
                }
                i++;
                continue;
            }
            BigDecimal min = number(t);
            if (min == null || rules.articleNumbers.contains(t)) {
                i++;
                continue;
            }
            int j = i + 1;
            BigDecimal max = min;
            if (j + 1 < tokens.size()
                    && (tokens.get(j).equals("-") || rules.rangeWords.contains(tokens.get(j)))
                    && number(tokens.get(j + 1)) != null) {
                max = number(tokens.get(j + 1));
                j += 2;
            }
            QuantityUnit unit = j < tokens.size() ? rules.units.get(tokens.get(j)) : null;
            if (unit == null
                    && j < tokens.size()
                    && Character.isLetter(tokens.get(j).charAt(0))
                    && !rules.isNoise(tokens.get(j))
                    && rules.repetitionVerbs.contains(prev(tokens, i))) {
                unit = QuantityUnit.REPETITION;
            }
            if (unit == null || max.compareTo(min) < 0) {
                i = j;
                continue;
            }
            Quantity q = new Quantity(min, max, unit, limit(tokens, i));
            out.add(new Found(q, unit == QuantityUnit.TIME && perDay(tokens, j + 1)));
            i = j + 1;
        }
        return out;
    }

    /** The quantities of a remedy, in text order. */
    List<Quantity> quantities(String text) {
        return find(text).stream().map(Found::quantity).toList();
    }

    /** An exercise dosage: first count of times = repetitions, a count per day = times per day, a time = duration. */
    Dosage dosage(List<String> sentences) {
        Quantity repetitions = null;
        Quantity sets = null;
        Quantity perDay = null;
        Quantity duration = null;
        for (String sentence : sentences) {
            boolean dayPhrase = rules.perDay.matches(sentence);
            for (Found f : find(sentence)) {
                QuantityUnit u = f.quantity().unit();
                if (u == QuantityUnit.TIME || u == QuantityUnit.REPETITION) {
                    if (f.perDay() || (repetitions != null && dayPhrase)) {
                        perDay = perDay == null ? f.quantity() : perDay;
                    } else if (repetitions == null) {
                        repetitions = f.quantity();
                    }
                } else if (u == QuantityUnit.SET) {
                    sets = sets == null ? f.quantity() : sets;
                } else if (u == QuantityUnit.SECOND || u == QuantityUnit.MINUTE || u == QuantityUnit.HOUR) {
                    duration = duration == null ? f.quantity() : duration;
                }
            }
        }
        return new Dosage(repetitions, sets, perDay, duration);
    }

    private BigDecimal number(String t) {
        if (t.isEmpty()) {
            return null;
        }
        if (Character.isDigit(t.charAt(0))) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return rules.numbers.get(t);
    }

    private static String prev(List<String> tokens, int i) {
        return i > 0 ? tokens.get(i - 1) : "";
    }

    private Quantity.Limit limit(List<String> tokens, int numberIndex) {
        for (Map.Entry<Quantity.Limit, CueSet> e : rules.quantityLimits.entrySet()) {
            for (CueSet.Cue cue : e.getValue().cues()) {
                List<String> ws = cue.words();
                int from = numberIndex - ws.size();
                if (from < 0) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < ws.size(); k++) {
                    if (!tokens.get(from + k).equals(ws.get(k))) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private boolean perDay(List<String> tokens, int from) {
        for (CueSet.Cue cue : rules.perDay.cues()) {
            List<String> ws = cue.words();
            int k = 0;
            int at = from;
            if (at < tokens.size()
                    && rules.units.get(tokens.get(at)) == QuantityUnit.TIME
                    && rules.units.get(ws.get(0)) != QuantityUnit.TIME) {
                at++;
            }
            while (k < ws.size() && at + k < tokens.size() && tokens.get(at + k).equals(ws.get(k))) {
                k++;
            }
            if (k == ws.size()) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words, numbers (with a decimal point) and dashes as "-". */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int s = i;
                while (i < n
                        && (Character.isDigit(text.charAt(i))
                                || ((text.charAt(i) == '.' || text.charAt(i) == ',')
                                        && i + 1 < n
                                        && Character.isDigit(text.charAt(i + 1))))) {
                    i++;
                }
                out.add(text.substring(s, i).replace(',', '.'));
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
            } else if (c == '-' || c == '\u2013' || c == '\u2014') {
                out.add("-");
                i++;
            } else if (c == '%') {
                out.add("%");
                i++;
            } else {
                i++;
            }
        }
        return out;
    }
}
