package dev.careguide.benchmarks.corpus;

import dev.careguide.benchmarks.corpus.Vocabulary.Concept;
import dev.careguide.i18n.SourceString;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.model.Cause;
import dev.careguide.model.CauseCategory;
import dev.careguide.model.Dosage;
import dev.careguide.model.Exercise;
import dev.careguide.model.Guide;
import dev.careguide.model.Provenance;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.Safety;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The catalog sync benchmark's data: a guide whose catalog has {@code keys} strings ({@link SourceStrings}),
 * and its next version in which {@code changedPercent} of the strings were reworded and items holding
 * {@code removedPercent} of them were deleted. Texts come from the generator's vocabulary; the translation of
 * the first version is made by a {@link SyntheticTranslator}.
 */
public record SyncScenario(Guide before, Guide after, SyntheticTranslator translator) {

    /** Id of the scenario's guide. */
    public static final String GUIDE_ID = "sync-benchmark";

    /** The benchmark's scenario: 50,000 keys, 5% changed, 2% removed, translated to {@code de}. */
    public static SyncScenario standard() {
        return generate(
                Vocabulary.standard(),
                CorpusGenerator.DEFAULT_SEED,
                50_000,
                5,
                2,
                SyntheticTranslator.first(1).get(0));
    }

    public static SyncScenario generate(
            Vocabulary vocabulary,
            long seed,
            int keys,
            int changedPercent,
            int removedPercent,
            SyntheticTranslator translator) {
        Random random = new Random(seed);
        List<DraftItem> items = items(vocabulary, random, keys);
        Guide before = guide(items);

        List<int[]> strings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int f = 0; f < items.get(i).strings(); f++) {
                strings.add(new int[] {i, f});
            }
        }
        Collections.shuffle(strings, random);
        int toChange = keys * changedPercent / 100;
        for (int[] s : strings.subList(0, toChange)) {
            items.get(s[0]).reword(s[1], random);
        }
        int toRemove = keys * removedPercent / 100;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int removed = 0;
        for (int i : order) {
            DraftItem item = items.get(i);
            if (removed + item.strings() > toRemove) {
                continue;
            }
            if (!item.changed) {
                item.removed = true;
                removed += item.strings();
            }
        }
        return new SyncScenario(
                before, guide(items.stream().filter(d -> !d.removed).toList()), translator);
    }

    /** Key → source text of a version, in catalog order. */
    public static Map<String, String> strings(Guide guide) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SourceString s : SourceStrings.of(guide)) {
            out.put(s.key(), s.text());
        }
        return out;
    }

    /** Locale of the translation. */
    public String locale() {
        return translator.tag();
    }

    /** Keys whose source text differs between the versions. */
    public List<String> changedKeys() {
        Map<String, String> old = strings(before);
        return strings(after).entrySet().stream()
                .filter(e -> old.containsKey(e.getKey()) && !old.get(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Keys of the first version that the second no longer has. */
    public List<String> removedKeys() {
        Map<String, String> now = strings(after);
        return strings(before).keySet().stream()
                .filter(k -> !now.containsKey(k))
                .toList();
    }

    private static Guide guide(List<DraftItem> items) {
        Guide.Builder guide = Guide.builder(GUIDE_ID, "en")
                .title("Muscle cramps: causes, first aid, prevention")
                .summary("A synthetic guide for the catalog sync benchmark.");
        for (DraftItem d : items) {
            List<Provenance> provenance = List.of(new Provenance("sync-benchmark.txt", d.line, d.line, d.title));
            switch (d.type) {
                case "cause" ->
                    guide.add(new Cause(
                            d.id,
                            d.title,
                            d.description,
                            CauseCategory.LIFESTYLE,
                            List.of(),
                            ReviewStatus.DRAFT,
                            provenance));
                case "exercise" ->
                    guide.add(new Exercise(
                            d.id,
                            d.title,
                            d.description,
                            d.steps,
                            Dosage.NONE,
                            List.of(),
                            ReviewStatus.DRAFT,
                            provenance));
                default ->
                    guide.add(new Remedy(
                            d.id,
                            d.title,
                            d.description,
                            d.kind,
                            d.steps,
                            List.of(),
                            Safety.OK,
                            List.of(),
                            ReviewStatus.DRAFT,
                            provenance));
            }
        }
        return guide.build();
    }

    private static List<DraftItem> items(Vocabulary v, Random random, int keys) {
        List<List<Concept>> groups = List.of(v.causes(), v.firstAid(), v.prevention(), v.folk(), v.exercises());
        List<String> types = List.of("cause", "remedy", "remedy", "remedy", "exercise");
        List<RemedyKind> kinds = List.of(
                RemedyKind.TREATMENT,
                RemedyKind.FIRST_AID,
                RemedyKind.PREVENTION,
                RemedyKind.FOLK,
                RemedyKind.TREATMENT);
        List<DraftItem> out = new ArrayList<>();
        int count = 2; // guide title and summary
        for (int n = 0; count < keys; n++) {
            int g = random.nextInt(groups.size());
            Concept concept = groups.get(g).get(random.nextInt(groups.get(g).size()));
            Slots slots = slots(v, random);
            DraftItem item = new DraftItem();
            item.type = types.get(g);
            item.kind = kinds.get(g);
            item.id = String.format(Locale.ROOT, "%s.%s-%05d", item.type, concept.id(), n);
            item.line = n + 1;
            item.title = slots.fill(concept.variants().get(0));
            count++;
            if (count < keys && random.nextBoolean()) {
                item.description = slots.fill(pick(v.details(), random)) + " " + slots.fill(pick(v.details(), random));
                count++;
            }
            if (!item.type.equals("cause")) {
                int steps = 1 + random.nextInt(4);
                for (int s = 0; s < steps && count < keys; s++, count++) {
                    item.steps.add(
                            slots.fill(pick(concept.variants(), random)) + " " + slots.fill(pick(v.intro(), random)));
                }
            }
            out.add(item);
        }
        return out;
    }

    private static Slots slots(Vocabulary v, Random random) {
        var topic = pick(v.topics(), random);
        var population = pick(v.populations(), random);
        return new Slots(v.dosages(), random)
                .put("symptom", topic.symptom())
                .put("muscle", topic.muscle())
                .put("bodyPart", topic.bodyPart())
                .put("population", population.phrase())
                .put("person", population.person())
                .put("people", population.people())
                .put("nutrient", pick(v.nutrients(), random).name())
                .put("nutrient2", pick(v.nutrients(), random).name())
                .put("specialist", pick(v.specialists(), random))
                .put("specialist2", pick(v.specialists(), random))
                .put("specialist3", pick(v.specialists(), random))
                .put("herb", pick(v.herbs(), random));
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** An item under construction; string 0 is the title, then the description (if any), then the steps. */
    private static final class DraftItem {
        String type;
        RemedyKind kind;
        String id;
        int line;
        String title;
        String description = "";
        List<String> steps = new ArrayList<>();
        boolean changed;
        boolean removed;

        int strings() {
            return 1 + (description.isEmpty() ? 0 : 1) + steps.size();
        }

        void reword(int string, Random random) {
            changed = true;
            if (string == 0) {
                title = edit(title, random);
            } else if (!description.isEmpty() && string == 1) {
                description = edit(description, random);
            } else {
                int step = string - 1 - (description.isEmpty() ? 0 : 1);
                steps.set(step, edit(steps.get(step), random));
            }
        }

        /** A small edit a writer would make: a clause appended, or a word dropped. */
        private static String edit(String text, Random random) {
            String[] words = text.split(" ");
            if (words.length > 6 && random.nextBoolean()) {
                List<String> kept = new ArrayList<>(List.of(words));
                kept.remove(1 + random.nextInt(words.length - 2));
                return String.join(" ", kept);
            }
            String base = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            return base + ", if the doctor agrees.";
        }
    }
}
