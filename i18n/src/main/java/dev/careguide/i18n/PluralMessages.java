package dev.careguide.i18n;

import com.ibm.icu.number.FormattedNumberRange;
import com.ibm.icu.number.LocalizedNumberRangeFormatter;
import com.ibm.icu.number.NumberRangeFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats ICU plural messages for a single number or a range: ranges pick their plural form by CLDR plural
 * range rules ({@code 10–15} is "many" in Russian), which {@link MessageFormat} alone cannot do.
 */
final class PluralMessages {

    private static final String RANGE_ARG = "careguideRange";
    /** ICU's localized formatters are immutable: one per locale serves every range. */
    private static final Map<ULocale, LocalizedNumberRangeFormatter> RANGES = new ConcurrentHashMap<>();

    private PluralMessages() {}

    static String format(
            ULocale locale,
            String pattern,
            String argument,
            BigDecimal min,
            BigDecimal max,
            Map<String, Object> others) {
        Map<String, Object> args = new HashMap<>(others);
        if (min.compareTo(max) == 0) {
            args.put(argument, min);
            return new MessageFormat(pattern, locale).format(args);
        }
        FormattedNumberRange range =
                RANGES.computeIfAbsent(locale, NumberRangeFormatter::withLocale).formatRange(min, max);
        String keyword = PluralRules.forLocale(locale).select(range);
        args.put(RANGE_ARG, range.toString());
        args.put(argument, max);
        return new MessageFormat(selectVariant(pattern, argument, keyword), locale).format(args);
    }

    /** The pattern with the plural argument replaced by its {@code keyword} variant, {@code #} by the range. */
    private static String selectVariant(String pattern, String argument, String keyword) {
        MessagePattern mp = new MessagePattern(pattern);
        int count = mp.countParts();
        for (int i = 0; i < count; i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL
                    || !mp.getSubstring(mp.getPart(i + 1)).equals(argument)) {
                continue;
            }
            int limit = mp.getLimitPartIndex(i);
            int chosenStart = -1;
            int j = i + 2;
            while (j < limit) {
                MessagePattern.Part selector = mp.getPart(j);
                if (selector.getType() == MessagePattern.Part.Type.ARG_INT
                        || selector.getType() == MessagePattern.Part.Type.ARG_DOUBLE) {
                    j++;
                    continue;
                }
                if (selector.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
                    j++;
                    continue;
                }
                String name = mp.getSubstring(selector);
                int msgStart = j + 1;
                if (mp.getPart(msgStart).getType() != MessagePattern.Part.Type.MSG_START) {
                    msgStart++;
                }
                if (name.equals(keyword) || (chosenStart < 0 && name.equals("other"))) {
                    chosenStart = msgStart;
                    if (name.equals(keyword)) {
                        break;
                    }
                }
                j = mp.getLimitPartIndex(msgStart) + 1;
            }
            if (chosenStart < 0) {
                return pattern;
            }
            int msgLimit = mp.getLimitPartIndex(chosenStart);
            StringBuilder sb = new StringBuilder(pattern.substring(0, part.getIndex()));
            int pos = mp.getPart(chosenStart).getLimit();
            int depth = 0;
            for (int k = chosenStart + 1; k < msgLimit; k++) {
                MessagePattern.Part p = mp.getPart(k);
                if (p.getType() == MessagePattern.Part.Type.ARG_START) {
                    depth++;
                } else if (p.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                    depth--;
                } else if (depth == 0 && p.getType() == MessagePattern.Part.Type.REPLACE_NUMBER) {
                    sb.append(pattern, pos, p.getIndex())
                            .append('{')
                            .append(RANGE_ARG)
                            .append('}');
                    pos = p.getLimit();
                }
            }
            sb.append(pattern, pos, mp.getPart(msgLimit).getIndex());
            sb.append(pattern.substring(mp.getPart(limit).getLimit()));
            return sb.toString();
        }
        return pattern;
    }
}
