package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

    @TempDir
    Path dir;

    @Test
    void replacesWholeWordsKeepingCapitalsAndRecordsWhere() {
        Glossary g = new Glossary(List.of(Glossary.term("seizures", "cramps"), Glossary.term("semester", "trimester")));
        MappedText text = TypographyNormalizer.normalize("Seizures in the third semester; seizuresque stays.");
        Glossary.Applied applied = g.apply(text);
        assertThat(applied.text().text()).isEqualTo("Cramps in the third trimester; seizuresque stays.");
        assertThat(applied.replacements())
                .extracting(Glossary.Replacement::sourceOffset)
                .containsExactly(0, 22);
        assertThat(applied.replacements()).extracting(Glossary.Replacement::to).containsExactly("Cramps", "trimester");
    }

    @Test
    void longestTermWinsWhereTermsOverlap() {
        Glossary g = new Glossary(
                List.of(Glossary.term("legs", "limbs"), Glossary.term("it brings legs together", "legs cramp")));
        assertThat(g.apply(MappedText.identity("when it brings legs together at night"))
                        .text()
                        .text())
                .isEqualTo("when legs cramp at night");
    }

    @Test
    void replacedTextStillMapsToTheSource() {
        Glossary g = new Glossary(List.of(Glossary.term("convulsions", "cramps")));
        String source = "With convulsions, rest.";
        MappedText text = g.apply(MappedText.identity(source)).text();
        int[] range = text.sourceRange(0, text.text().indexOf(','));
        assertThat(source.substring(range[0], range[1])).isEqualTo("With convulsions");
    }

    @Test
    void aTermsMatchesDoNotOverlapEachOtherEvenWhenAnotherTermWonTheFirst() {
        Glossary g = new Glossary(List.of(Glossary.term("brings legs", "X"), Glossary.term("legs legs", "Y")));
        assertThat(g.apply(MappedText.identity("brings legs legs legs")).text().text())
                .isEqualTo("X legs legs");
    }

    @Test
    void choosesTheSameMatchesAsOneWordBoundedCaseInsensitiveRegexPerTerm() {
        List<String> froms = List.of(
                "legs",
                "Legs",
                "it brings legs together",
                "brings legs",
                "legs legs",
                "a-a",
                "x-a",
                "a a",
                "--",
                "ß",
                "leg 2",
                "éTé",
                "ı",
                "x",
                "I",
                "sEiZuRe",
                "seizures");
        List<Glossary.Term> terms = new ArrayList<>();
        for (int i = 0; i < froms.size(); i++) {
            terms.add(Glossary.term(froms.get(i), "fix" + i));
        }
        Glossary glossary = new Glossary(terms);
        RegexGlossary reference = new RegexGlossary(terms);
        String[] pieces = {
            "legs",
            "LEGS",
            "Legs",
            "legs legs legs",
            "it",
            "brings",
            "together",
            "a",
            "A",
            "a-a-a",
            "-",
            "--",
            " ",
            " ",
            ",",
            "ß",
            "SS",
            "leg",
            "2",
            "22",
            "été",
            "ÉTÉ",
            "ı",
            "i",
            "İ",
            "I",
            "x",
            "X",
            "\uD835\uDC00",
            "\u00B2",
            "ǅ",
            "seizure",
            "SEIZURES",
            "s",
            "\u2019",
            "\n"
        };
        Random random = new Random(20261125L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(30);
            for (int k = 0; k < count; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(glossary.apply(MappedText.identity(text)).replacements())
                    .as(text)
                    .isEqualTo(reference.replacements(text));
        }
    }

    /** The former implementation: each term its own regex, earliest then longest then first term wins. */
    private static final class RegexGlossary {
        private final List<Glossary.Term> terms = new ArrayList<>();
        private final List<Pattern> patterns = new ArrayList<>();

        RegexGlossary(List<Glossary.Term> unsorted) {
            terms.addAll(unsorted);
            terms.sort(Comparator.comparingInt((Glossary.Term t) -> -t.from().length())
                    .thenComparing(Glossary.Term::from));
            for (Glossary.Term t : terms) {
                patterns.add(Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(t.from()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }

        List<Glossary.Replacement> replacements(String s) {
            List<int[]> found = new ArrayList<>();
            for (int t = 0; t < terms.size(); t++) {
                Matcher m = patterns.get(t).matcher(s);
                while (m.find()) {
                    found.add(new int[] {m.start(), m.end(), t});
                }
            }
            found.sort(Comparator.comparingInt((int[] f) -> f[0]).thenComparingInt(f -> f[0] - f[1]));
            List<Glossary.Replacement> out = new ArrayList<>();
            int pos = 0;
            for (int[] f : found) {
                if (f[0] >= pos) {
                    String original = s.substring(f[0], f[1]);
                    String to = terms.get(f[2]).to();
                    if (Character.isUpperCase(original.charAt(0))) {
                        to = Character.toUpperCase(to.charAt(0)) + to.substring(1);
                    }
                    out.add(new Glossary.Replacement(f[0], original, to));
                    pos = f[1];
                }
            }
            return out;
        }
    }

    @Test
    void loadsAFileAndReportsABadEntryWithItsLine() throws Exception {
        Path ok = dir.resolve("glossary.yaml");
        Files.writeString(ok, "replacements:\n  - {from: semester, to: trimester}\n");
        assertThat(Glossary.load(ok)
                        .apply(MappedText.identity("second semester"))
                        .text()
                        .text())
                .isEqualTo("second trimester");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "replacements:\n  - {from: semester}\n");
        assertThatThrownBy(() -> Glossary.load(bad))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e -> assertThat(e.diagnostics().get(0).line()).isEqualTo(2));
    }

    @Test
    void brokenYamlNamesLineAndColumn() throws Exception {
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, "replacements:\n  - {from: a, to: b\n  - x: [\n");
        assertThatThrownBy(() -> Glossary.load(bad)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics().get(0).file()).endsWith("broken.yaml");
            assertThat(e.diagnostics().get(0).line()).isPositive();
            assertThat(e.diagnostics().get(0).code()).isEqualTo("yaml-syntax");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "an alias as the term     | x: &the the\\nreplacements:\\n  - {from: *the, to: convulsions}  | 3 | 12 | alias",
                "a boolean as the term    | replacements:\\n  - {from: yes, to: agreed}                  | 2 | 12 | boolean",
                "a null as the fix        | replacements:\\n  - {from: seizures, to: ~}                 | 2 | 26 | null",
                "a duplicate key          | replacements: []\\nreplacements:\\n  - {from: a, to: b}       | 2 | 1  | duplicate key",
                "a custom tag             | replacements:\\n  - {from: !term seizures, to: cramps}       | 2 | 12 | tag",
            })
    void aGlossaryThatWouldBeMisreadIsRefusedAtItsPosition(String what, String yaml, int line, int column, String says)
            throws Exception {
        Path file = dir.resolve("glossary.yaml");
        Files.writeString(file, yaml.replace("\\n", "\n"));

        assertThatThrownBy(() -> Glossary.load(file)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostics().get(0).file()).isEqualTo(file.toString());
            assertThat(e.diagnostics().get(0).line()).isEqualTo(line);
            assertThat(e.diagnostics().get(0).column()).isEqualTo(column);
            assertThat(e.diagnostics().get(0).message()).contains(says);
        });
    }
}
