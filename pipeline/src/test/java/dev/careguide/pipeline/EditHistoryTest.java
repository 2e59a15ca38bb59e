package dev.careguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.CatalogEditor;
import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random edit histories of several guides' articles (reword, insert, delete, reorder lines), each step imported
 * and synced as a team would: no editorial decision and no translator line is ever lost, an item whose source
 * text did not change keeps its id, and a second sync changes nothing.
 */
class EditHistoryTest {

    private static final List<String> GUIDES = List.of("alpha", "beta", "gamma");
    private static final List<String> HEADINGS =
            List.of("Causes of cramps", "First aid for cramps", "Gymnastic exercises:");
    private static final List<List<String>> POOLS = List.of(
            List.of(
                    "Deficiency of magnesium and potassium in the body.",
                            "Uncomfortable tight shoes worn all day long.",
                    "Genetic predisposition to seizures.", "Varicose veins of the lower legs.",
                    "Lack of vitamin B6 in the daily diet.", "Dehydration after intense heat or exercise.",
                    "Excess weight that strains the calf muscles.", "Low level of calcium in the blood.",
                    "Poor circulation in the lower limbs.", "Prolonged standing at work without breaks."),
            List.of(
                    "Straighten the leg and pull the toes towards you with force.",
                    "Massage the calf muscle with strong circular motions.",
                    "Take a warm shower for ten minutes to relax the muscles.",
                    "Apply a heating pad to the calf for ten minutes.",
                    "Stretch the calf against a wall for thirty seconds.",
                    "Rub the cramped muscle with warming ointment.",
                    "Lie on your back and raise the legs on a pillow.",
                    "Flex the foot upwards and hold it with a towel."),
            List.of(
                    "Rise on your toes ten times, three to four times a day.",
                    "Roll slowly from heel to toe twenty times.",
                    "Circle each foot clockwise fifteen times.",
                    "Lunge forward with each leg ten times.",
                    "Pick up a towel from the floor with your toes five times.",
                    "Bend and straighten the knees twenty times while sitting.",
                    "Press the soles against the wall for ten seconds, five times."));
    private static final List<String> WORDS =
            List.of("gently", "slowly", "carefully", "daily", "evening", "often", "strongly", "lightly");
    private static final int STEPS = 4;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    /** One guide's article: per section, its bullet lines. */
    private record Article(List<List<String>> sections) {

        String text() {
            StringBuilder sb = new StringBuilder(
                    "Night cramps are a common problem for expectant mothers. We will talk about them today.\n");
            for (int s = 0; s < sections.size(); s++) {
                sb.append('\n').append(HEADINGS.get(s)).append("\n\n");
                sections.get(s).forEach(line -> sb.append("  • ").append(line).append('\n'));
            }
            return sb.toString();
        }
    }

    /** A decision of the editorial file: an item's new title. */
    private record Decision(String guide, String id, String title) {}

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noDecisionOrTranslatorLineIsEverLost(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path dir = Files.createTempDirectory("edit-history");
        try {
            replay(random, new TeamProject(dir).settings(b -> b.editorialSeverity("warning")));
        } finally {
            dev.careguide.model.AtomicFiles.deleteRecursively(dir);
        }
    }

    private void replay(SplittableRandom random, TeamProject project) {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (String guide : GUIDES) {
            List<List<String>> sections = new ArrayList<>();
            for (List<String> pool : POOLS) {
                List<String> lines = new ArrayList<>(pool);
                shuffle(lines, random);
                sections.add(new ArrayList<>(lines.subList(0, 3 + random.nextInt(2))));
            }
            articles.put(guide, new Article(sections));
            project.article(guide, articles.get(guide).text());
        }
        Map<String, Guide> models = importAll(project);
        List<Decision> decisions = new ArrayList<>();
        StringBuilder editorial = new StringBuilder();
        for (String guide : GUIDES) {
            editorial.append(guide).append(":\n");
            List<Item> items = models.get(guide).items();
            for (int k = 0; k < 2; k++) {
                Item item = items.get(random.nextInt(items.size()));
                String title = "Decision " + decisions.size();
                if (decisions.stream()
                        .noneMatch(d -> d.id().equals(item.id()) && d.guide().equals(guide))) {
                    decisions.add(new Decision(guide, item.id(), title));
                    editorial
                            .append("  ")
                            .append(item.id())
                            .append(": {title: \"")
                            .append(title)
                            .append("\"}\n");
                }
            }
        }
        project.editorial(editorial.toString());
        project.sync();
        Map<String, List<String>> written = new HashMap<>();
        translate(project, written);

        for (int step = 0; step < STEPS; step++) {
            models = importAll(project);
            List<String> history = new ArrayList<>();
            List<String[]> rewords = new ArrayList<>();
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                String guide = GUIDES.get(random.nextInt(GUIDES.size()));
                String done = edit(articles.get(guide), random);
                history.add(guide + ": " + done);
                if (done.startsWith("reword")) {
                    rewords.add(new String[] {guide, done.split("'")[1], done.split("'")[3]});
                }
                project.article(guide, articles.get(guide).text());
            }
            String as = "step " + step + " " + history;
            Map<String, Guide> after = importAll(project);
            SyncOutcome sync = project.sync();

            for (String guide : GUIDES) {
                List<String> text = project.translations(guide);
                String catalog = project.read("src/main/i18n/" + guide + "/messages_de.properties");
                assertThat(text)
                        .as(as + ": translations of " + guide)
                        .containsAll(written.get(guide).stream()
                                .filter(v -> v.startsWith("de:"))
                                .toList());
                written.get(guide).stream()
                        .filter(v -> v.startsWith("# "))
                        .forEach(note ->
                                assertThat(catalog).as(as + ": translator note").contains(note + "\n"));
                keptIds(models.get(guide), after.get(guide), as + ": " + guide);
            }
            for (String[] r : rewords) {
                Item was = only(models.get(r[0]), r[1]);
                Item now = only(after.get(r[0]), r[2]);
                boolean stillThere = articles.get(r[0]).text().contains("• " + r[1] + "\n");
                if (was != null && now != null && was.type() == now.type() && !stillThere) {
                    assertThat(now.id()).as(as + ": id of the reworded item").isEqualTo(was.id());
                }
            }
            for (Decision d : decisions) {
                boolean applied = after.get(d.guide())
                        .item(d.id())
                        .map(i -> i.title().equals(d.title()))
                        .orElse(false);
                long reported = sync.warnings().stream()
                        .filter(w -> w.code().equals("editorial-unknown-id")
                                && w.message().contains("'" + d.id() + "' in guide '" + d.guide() + "'"))
                        .count();
                assertThat(applied ? 1 : reported)
                        .as(as + ": " + d + " applied or reported once")
                        .isEqualTo(1);
                assertThat(applied && reported > 0)
                        .as(as + ": " + d + " applied and reported")
                        .isFalse();
            }
            assertThat(sync.warnings()).as(as).allMatch(w -> w.code().equals("editorial-unknown-id"));
            assertThat(project.pipeline().sync(false).rewrittenFiles())
                    .as(as + ": a second sync")
                    .isEmpty();
            translate(project, written);
        }
    }

    /** An item whose source text is unchanged and unique, before and after, kept its id. */
    private static void keptIds(Guide before, Guide after, String as) {
        Map<List<String>, List<String>> idsBefore = bySource(before);
        Map<List<String>, List<String>> idsAfter = bySource(after);
        idsBefore.forEach((source, ids) -> {
            List<String> now = idsAfter.get(source);
            if (ids.size() == 1 && now != null && now.size() == 1) {
                assertThat(now).as(as + ": id of unchanged " + source).isEqualTo(ids);
            }
        });
    }

    /** The item made of exactly one source line holding {@code line}, when there is one and only one. */
    private static Item only(Guide guide, String line) {
        List<Item> items = guide.items().stream()
                .filter(i -> i.provenance().size() == 1
                        && i.provenance().get(0).text().contains(line))
                .toList();
        long holding = guide.items().stream()
                .filter(i -> i.provenance().stream().anyMatch(p -> p.text().contains(line)))
                .count();
        return items.size() == 1 && holding == 1 ? items.get(0) : null;
    }

    private static Map<List<String>, List<String>> bySource(Guide guide) {
        Map<List<String>, List<String>> map = new HashMap<>();
        for (Item item : guide.items()) {
            List<String> texts =
                    item.provenance().stream().map(Provenance::text).sorted().toList();
            map.computeIfAbsent(texts, t -> new ArrayList<>()).add(item.id());
        }
        return map;
    }

    /** Applies one random edit to the article and says what it was. */
    private static String edit(Article article, SplittableRandom random) {
        int s = random.nextInt(article.sections().size());
        List<String> lines = article.sections().get(s);
        int i = random.nextInt(lines.size());
        switch (random.nextInt(4)) {
            case 0 -> {
                List<String> words = new ArrayList<>(List.of(lines.get(i).split(" ")));
                int at = 1 + random.nextInt(words.size() - 1);
                String word = WORDS.get(random.nextInt(WORDS.size()));
                if (random.nextBoolean()) {
                    words.add(at, word);
                } else {
                    words.set(at, word + (words.get(at).endsWith(".") ? "." : ""));
                }
                String was = lines.set(i, String.join(" ", words));
                return "reword '" + was + "' to '" + lines.get(i) + "'";
            }
            case 1 -> {
                List<String> unused = new ArrayList<>(POOLS.get(s));
                unused.removeAll(lines);
                if (unused.isEmpty()) {
                    return "nothing to insert";
                }
                String line = unused.get(random.nextInt(unused.size()));
                lines.add(random.nextInt(lines.size() + 1), line);
                return "insert '" + line + "'";
            }
            case 2 -> {
                if (lines.size() == 1) {
                    return "nothing to delete";
                }
                return "delete '" + lines.remove(i) + "'";
            }
            default -> {
                int j = random.nextInt(lines.size());
                String a = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, a);
                return "swap '" + a + "' and '" + lines.get(i) + "'";
            }
        }
    }

    private static Map<String, Guide> importAll(TeamProject project) {
        Map<String, Guide> models = new TreeMap<>();
        ImportOutcome outcome = project.pipeline().importContent();
        assertThat(outcome.success()).as(outcome.diagnostics().toString()).isTrue();
        GUIDES.forEach(g -> models.put(g, project.model(g)));
        return models;
    }

    /**
     * Translates every untranslated key of every guide as {@code de:<key>#<n>}, adds a translator's note above
     * the first translated key of each guide that has none, and syncs; records what it wrote.
     */
    private static void translate(TeamProject project, Map<String, List<String>> written) {
        for (String guide : GUIDES) {
            List<String> mine = written.computeIfAbsent(guide, g -> new ArrayList<>());
            Map<String, String> translations = new LinkedHashMap<>();
            for (CatalogEntry e :
                    CatalogFile.read(project.catalog(guide), "de", "de").entries()) {
                if (!e.isTranslated()) {
                    translations.put(e.key(), "de:" + e.key() + "#" + mine.size() + translations.size());
                }
            }
            CatalogEditor.translate(project.catalog(guide), "de", translations);
            mine.addAll(translations.values());
            String path = "src/main/i18n/" + guide + "/messages_de.properties";
            String text = project.read(path);
            int at = text.indexOf(
                    "\n" + translations.keySet().stream().findFirst().orElse("\u0000") + "=");
            if (at >= 0) {
                String note = "# translator's note " + mine.size();
                project.write(path, text.substring(0, at + 1) + note + "\n" + text.substring(at + 1));
                mine.add(note);
            }
        }
        project.sync();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
