package dev.careguide.benchmarks.corpus;

import dev.careguide.benchmarks.corpus.Vocabulary.Concept;
import dev.careguide.benchmarks.corpus.Vocabulary.Nutrient;
import dev.careguide.benchmarks.corpus.Vocabulary.Population;
import dev.careguide.benchmarks.corpus.Vocabulary.Question;
import dev.careguide.benchmarks.corpus.Vocabulary.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes one synthetic article in the style of pasted, machine-translated health articles: bare-line and
 * question headings, bullet lists ({@code "  • "}), numbered lists ({@code "  1. "}), numbered paragraphs,
 * figure captions, advice that other articles repeat in other words, and a few defects (lines that lost their
 * end, a space before a full stop, a dash glued to a word, a paragraph broken across two lines).
 *
 * <p>The text depends only on the vocabulary, the topic, the population and the seed ({@link Random}'s
 * algorithm is fixed by its specification), so a seed always gives the same article.
 */
public final class ArticleComposer {

    private static final List<String> SECTIONS = List.of(
            "causes", "firstAid", "nutrition", "exercises", "massage", "prevention", "folk", "doctor", "warning");

    private final Vocabulary vocabulary;

    public ArticleComposer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The article's text, LF line endings, ending with one newline. */
    public String compose(Topic topic, Population population, long seed) {
        return new Draft(new Random(seed), topic, population).write();
    }

    private final class Draft {
        private final Random random;
        private final Slots slots;
        private final StringBuilder text = new StringBuilder(8192);
        private final List<Nutrient> nutrients;

        Draft(Random random, Topic topic, Population population) {
            this.random = random;
            this.slots = new Slots(vocabulary.dosages(), random);
            this.nutrients = shuffled(vocabulary.nutrients());
            List<String> specialists = shuffled(vocabulary.specialists());
            slots.put("symptom", topic.symptom())
                    .put("muscle", topic.muscle())
                    .put("bodyPart", topic.bodyPart())
                    .put("population", population.phrase())
                    .put("person", population.person())
                    .put("people", population.people())
                    .put("nutrient", nutrients.get(0).name())
                    .put("nutrient2", nutrients.get(1).name())
                    .put("specialist", specialists.get(0))
                    .put("specialist2", specialists.get(1))
                    .put("specialist3", specialists.get(2))
                    .put("herb", pick(vocabulary.herbs()));
        }

        String write() {
            paragraph(sample(vocabulary.intro(), 2, 4));
            for (Question question : sample(vocabulary.questions(), 1, 2)) {
                heading(question.heading());
                paragraph(sample(question.answers(), 1, 2));
            }
            List<String> sections = new ArrayList<>(SECTIONS.subList(1, SECTIONS.size()));
            Collections.shuffle(sections, random);
            sections = new ArrayList<>(sections.subList(0, 5 + random.nextInt(sections.size() - 4)));
            sections.add(0, "causes");
            for (String section : sections) {
                section(section);
            }
            if (chance(0.5)) {
                paragraph(List.of(pick(vocabulary.closing())));
            }
            return text.toString();
        }

        private void section(String name) {
            switch (name) {
                case "causes" -> causes();
                case "firstAid" -> numbered(name, vocabulary.firstAid(), 3, 5);
                case "nutrition" -> nutrition();
                case "exercises" -> exercises();
                case "massage" -> {
                    heading(pick(Vocabulary.required(vocabulary.headings(), name)));
                    paragraph(List.of(lead(name)));
                }
                case "prevention" -> numbered(name, vocabulary.prevention(), 3, 6);
                case "folk" -> bullets(name, variants(vocabulary.folk(), 2, 4));
                case "doctor" -> {
                    heading(pick(Vocabulary.required(vocabulary.headings(), name)));
                    paragraph(List.of(pick(vocabulary.doctor())));
                }
                case "warning" -> bullets(name, sample(vocabulary.warning(), 3, 5));
                default -> throw new IllegalStateException(name);
            }
        }

        private void causes() {
            List<String> causes = variants(vocabulary.causes(), 5, 9);
            if (chance(0.3)) {
                causes.add(1 + random.nextInt(causes.size() - 1), pick(vocabulary.broken()));
            }
            if (chance(0.6)) {
                bullets("causes", causes);
                return;
            }
            heading(pick(Vocabulary.required(vocabulary.headings(), "causes")));
            paragraph(List.of(lead("causes")));
            for (int i = 0; i < causes.size(); i++) {
                paragraph(List.of((i + 1) + ". " + slots.fill(causes.get(i)), pick(vocabulary.details())));
            }
        }

        private void nutrition() {
            heading(pick(Vocabulary.required(vocabulary.headings(), "nutrition")));
            paragraph(List.of(lead("nutrition")));
            int count = 2 + random.nextInt(2);
            for (Nutrient nutrient : nutrients.subList(0, count)) {
                List<String> foods = sample(nutrient.foods(), 3, 5);
                line("  • Food sources of " + nutrient.name() + ": " + String.join(", ", foods) + ".");
            }
            text.append('\n');
        }

        private void exercises() {
            List<Concept> chosen = sample(vocabulary.exercises(), 3, 5);
            if (chance(0.5)) {
                List<String> lines = new ArrayList<>();
                for (Concept exercise : chosen) {
                    lines.add(pick(exercise.variants()));
                }
                bullets("exercises", lines);
                return;
            }
            heading(pick(Vocabulary.required(vocabulary.headings(), "exercises")));
            paragraph(List.of(lead("exercises")));
            for (int i = 0; i < chosen.size(); i++) {
                Concept exercise = chosen.get(i);
                int figure = i + 1;
                String step = slots.fill(pick(exercise.variants()));
                step = step.endsWith(".") ? step.substring(0, step.length() - 1) : step;
                paragraph(List.of(figure + ". " + step + " (see Figure " + figure + ")."));
                line("Figure " + figure + " - " + slots.fill(exercise.caption()));
                text.append('\n');
            }
        }

        private void numbered(String section, List<Concept> concepts, int min, int max) {
            heading(pick(Vocabulary.required(vocabulary.headings(), section)));
            if (chance(0.6)) {
                paragraph(List.of(lead(section)));
            }
            List<String> items = variants(concepts, min, max);
            for (int i = 0; i < items.size(); i++) {
                line("  " + (i + 1) + ". " + defects(slots.fill(items.get(i))));
            }
            text.append('\n');
        }

        private void bullets(String section, List<String> items) {
            heading(pick(Vocabulary.required(vocabulary.headings(), section)));
            if (chance(0.6)) {
                paragraph(List.of(lead(section)));
            }
            for (String item : items) {
                line("  • " + defects(slots.fill(item)));
            }
            text.append('\n');
        }

        private String lead(String section) {
            return pick(Vocabulary.required(vocabulary.leads(), section));
        }

        private void heading(String template) {
            line(slots.fill(template));
            text.append('\n');
        }

        private void paragraph(List<String> sentences) {
            StringBuilder paragraph = new StringBuilder();
            for (String sentence : sentences) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(defects(slots.fill(sentence)));
            }
            String line = paragraph.toString();
            int middle = line.indexOf(' ', line.length() / 2);
            if (middle > 0 && line.length() > 80 && chance(0.05)) {
                line(line.substring(0, middle));
                line(line.substring(middle + 1));
            } else {
                line(line);
            }
            text.append('\n');
        }

        /** Typography as machine translation leaves it: a space before the full stop, a dash glued to a word. */
        private String defects(String sentence) {
            if (sentence.endsWith(".") && chance(0.03)) {
                return sentence.substring(0, sentence.length() - 1) + " .";
            }
            int space = sentence.indexOf(' ');
            if (space > 0 && chance(0.02)) {
                return sentence.substring(0, space) + "– " + sentence.substring(space + 1);
            }
            return sentence;
        }

        private void line(String line) {
            text.append(line).append('\n');
        }

        /** One wording each of between min and max distinct concepts. */
        private List<String> variants(List<Concept> concepts, int min, int max) {
            List<String> out = new ArrayList<>();
            for (Concept concept : sample(concepts, min, max)) {
                out.add(pick(concept.variants()));
            }
            return out;
        }

        private <T> List<T> sample(List<T> values, int min, int max) {
            int count = Math.min(values.size(), min + random.nextInt(max - min + 1));
            return new ArrayList<>(shuffled(values).subList(0, count));
        }

        private <T> List<T> shuffled(List<T> values) {
            List<T> copy = new ArrayList<>(values);
            Collections.shuffle(copy, random);
            return copy;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }
    }
}
