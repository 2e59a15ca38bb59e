package dev.careguide.benchmarks.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fills {@code {slot}} placeholders of a template. Fixed slots hold one value for a whole article; pooled slots
 * (the dosages) draw a fresh value each time they are filled. A slot written with a capital first letter is
 * filled capitalized.
 */
final class Slots {

    private final Map<String, String> fixed = new HashMap<>();
    private final Map<String, List<String>> pooled;
    private final Random random;

    Slots(Map<String, List<String>> pooled, Random random) {
        this.pooled = pooled;
        this.random = random;
    }

    Slots put(String name, String value) {
        fixed.put(name, value);
        return this;
    }

    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(value(template.substring(i + 1, close), template));
            i = close + 1;
        }
        return out.toString();
    }

    private String value(String name, String template) {
        boolean capital = Character.isUpperCase(name.charAt(0));
        String key = capital ? name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1) : name;
        String value = fixed.get(key);
        if (value == null) {
            List<String> pool = pooled.get(key);
            if (pool == null) {
                throw new IllegalArgumentException("unknown slot {" + name + "} in template: " + template);
            }
            value = pool.get(random.nextInt(pool.size()));
        }
        return capital ? capitalize(value) : value;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
