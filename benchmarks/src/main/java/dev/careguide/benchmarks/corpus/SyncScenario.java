package dev.careguide.benchmarks.corpus;

import dev.careguide.benchmarks.corpus.Vocabulary.Concept;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The catalog sync benchmark's data: a source catalog of {@code keys} strings with a complete translation, and
 * the next version of the source in which {@code changedPercent} of the strings were reworded and
 * {@code removedPercent} were deleted. Keys follow the catalog convention ({@code remedy.stretch-00042.steps.2});
 * texts are built from the generator's vocabulary, translations by a {@link SyntheticTranslator}.
 */
public record SyncScenario(Map<String, String> oldSource, Map<String, String> newSource,
        Map<String, String> translation, String locale) {

    /** The benchmark's scenario: 50,000 keys, 5% changed, 2% removed, translated to {@code de}. */
    public static SyncScenario standard() {
        return generate(Vocabulary.standard(), CorpusGenerator.DEFAULT_SEED, 50_000, 5, 2,
                SyntheticTranslator.first(1).get(0));
    }

    public static SyncScenario generate(Vocabulary vocabulary, long seed, int keys, int changedPercent,
            int removedPercent, SyntheticTranslator translator) {
        Random random = new Random(seed);
        Map<String, String> oldSource = sources(vocabulary, random, keys);
        List<String> order = new ArrayList<>(oldSource.keySet());
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            shuffled.add(i);
        }
        Collections.shuffle(shuffled, random);
        int changed = keys * changedPercent / 100;
        int removed = keys * removedPercent / 100;
        BitSet changes = new BitSet();
        BitSet removals = new BitSet();
        shuffled.subList(0, changed).forEach(changes::set);
        shuffled.subList(changed, changed + removed).forEach(removals::set);

        Map<String, String> newSource = new LinkedHashMap<>();
        Map<String, String> translation = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            String text = oldSource.get(key);
            translation.put(key, translator.translate(text));
            if (removals.get(i)) {
                continue;
            }
            newSource.put(key, changes.get(i) ? reword(text, random) : text);
        }
        return new SyncScenario(oldSource, newSource, translation, translator.tag());
    }

    /** Keys whose source text differs between the versions. */
    public List<String> changedKeys() {
        return newSource.keySet().stream().filter(k -> !newSource.get(k).equals(oldSource.get(k))).toList();
    }

    /** Keys of the old version that the new one no longer has. */
    public List<String> removedKeys() {
        return oldSource.keySet().stream().filter(k -> !newSource.containsKey(k)).toList();
    }

    private static Map<String, String> sources(Vocabulary v, Random random, int keys) {
        Map<String, String> out = new LinkedHashMap<>();
        List<List<Concept>> groups = List.of(v.causes(), v.firstAid(), v.prevention(), v.folk(), v.exercises());
        List<String> types = List.of("cause", "remedy", "remedy", "remedy", "exercise");
        for (int item = 0; out.size() < keys; item++) {
            int g = random.nextInt(groups.size());
            Concept concept = groups.get(g).get(random.nextInt(groups.get(g).size()));
            Slots slots = slots(v, random);
            String id = String.format(Locale.ROOT, "%s.%s-%05d", types.get(g), concept.id(), item);
            put(out, keys, id + ".title", slots.fill(concept.variants().get(0)));
            if (random.nextBoolean()) {
                put(out, keys, id + ".description", slots.fill(pick(v.details(), random)));
            }
            if (!types.get(g).equals("cause")) {
                int steps = 1 + random.nextInt(4);
                for (int s = 1; s <= steps; s++) {
                    put(out, keys, id + ".steps." + s, slots.fill(pick(concept.variants(), random)));
                }
            }
        }
        return out;
    }

    private static void put(Map<String, String> out, int keys, String key, String text) {
        if (out.size() < keys) {
            out.put(key, text);
        }
    }

    private static Slots slots(Vocabulary v, Random random) {
        var topic = pick(v.topics(), random);
        var population = pick(v.populations(), random);
        return new Slots(v.dosages(), random).put("symptom", topic.symptom()).put("muscle", topic.muscle())
                .put("bodyPart", topic.bodyPart()).put("population", population.phrase())
                .put("person", population.person()).put("people", population.people())
                .put("nutrient", pick(v.nutrients(), random).name()).put("nutrient2", pick(v.nutrients(), random).name())
                .put("specialist", pick(v.specialists(), random)).put("specialist2", pick(v.specialists(), random))
                .put("specialist3", pick(v.specialists(), random)).put("herb", pick(v.herbs(), random));
    }

    /** A small edit a writer would make: a clause appended, or a word dropped. */
    private static String reword(String text, Random random) {
        String[] words = text.split(" ");
        if (words.length > 6 && random.nextBoolean()) {
            int drop = 1 + random.nextInt(words.length - 2);
            List<String> kept = new ArrayList<>(List.of(words));
            kept.remove(drop);
            return String.join(" ", kept);
        }
        String base = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return base + ", if the doctor agrees.";
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
