package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingBundleTest {

    @TempDir
    Path tmp;

    private final ExportOptions options = ExportOptions.defaults("1.2.3").withOutputTimestamp("2026-01-01T00:00:00Z");

    private static List<GuideContent> guides(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> {
                    Guide g = TestGuides.guide().toBuilder()
                            .id("guide-" + (char) ('a' + i))
                            .title("Guide " + i)
                            .build();
                    return new GuideContent(g, TestGuides.locales(g));
                })
                .toList();
    }

    @Test
    void guidesAddedFromSeveralThreadsGiveTheSameBundleAsOneByOne() throws Exception {
        List<GuideContent> guides = guides(12);
        Path sequential = tmp.resolve("sequential/bundle");
        new BundleWriter().write(guides, options, sequential);

        Path parallel = tmp.resolve("parallel/bundle");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (PendingBundle bundle = new BundleWriter().open(options, parallel)) {
            List<Future<?>> added = new ArrayList<>();
            for (GuideContent g : reversed(guides)) {
                added.add(pool.submit(() -> bundle.add(g)));
            }
            for (Future<?> f : added) {
                f.get();
            }
            bundle.commit();
        } finally {
            pool.shutdown();
        }

        Map<String, byte[]> expected = snapshot(sequential);
        Map<String, byte[]> actual = snapshot(parallel);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(new BundleValidator().validate(parallel)).isEmpty();
    }

    @Test
    void problemsAreReportedInGuideIdOrderWhateverOrderTheGuidesCameIn() {
        ExportOptions failing =
                options.withPolicy(ExportPolicy.DEFAULT.withMissingTranslation(ExportPolicy.MissingTranslation.FAIL));
        try (PendingBundle bundle = new BundleWriter().open(failing, tmp.resolve("bundle"))) {
            reversed(guides(3)).forEach(bundle::add);
            assertThatThrownBy(bundle::commit)
                    .isInstanceOf(DiagnosticException.class)
                    .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics())
                            .extracting(d -> d.file().substring(0, d.file().indexOf('/')))
                            .isSorted()
                            .contains("guide-a", "guide-c"));
        }
        assertThat(tmp.resolve("bundle")).doesNotExist();
    }

    @Test
    void closingWithoutCommitLeavesThePreviousBundleAndNoTemporaryDirectory() throws IOException {
        Path target = tmp.resolve("out/bundle");
        new BundleWriter().write(guides(1), options, target);
        Map<String, byte[]> before = snapshot(target);

        try (PendingBundle bundle = new BundleWriter().open(options, target)) {
            guides(2).forEach(bundle::add);
        }

        Map<String, byte[]> after = snapshot(target);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("bundle");
        }
    }

    @Test
    void aCommittedBundleCannotBeCommittedAgain() {
        try (PendingBundle bundle = new BundleWriter().open(options, tmp.resolve("bundle"))) {
            guides(1).forEach(bundle::add);
            bundle.commit();
            assertThatThrownBy(bundle::commit).isInstanceOf(IllegalStateException.class);
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (String p : BundleFiles.list(dir)) {
            map.put(p, Files.readAllBytes(dir.resolve(p)));
        }
        return map;
    }

    /** What a killed process leaves: nothing runs after the step it died in. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "killed at {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"journal", "aside:0", "moved:0", "aside:1", "moved:1"})
    void aBundleAndItsZipAreOneTransactionEvenWhenTheRunIsKilledBetweenTheSteps(String step) throws IOException {
        Path bundle = tmp.resolve("out/bundle");
        Path zip = tmp.resolve("out/careguide-bundle.zip");
        try (PendingBundle first = new BundleWriter().open(options, bundle, zip)) {
            guides(1).forEach(first::add);
            first.commit();
        }
        byte[] oldZip = Files.readAllBytes(zip);
        dev.careguide.model.FileTransaction.onStep(s -> {
            if (s.equals(step)) {
                throw new Killed();
            }
        });
        try (PendingBundle second = new BundleWriter().open(options, bundle, zip)) {
            guides(2).forEach(second::add);
            assertThatThrownBy(second::commit).isInstanceOf(Killed.class);
        } finally {
            dev.careguide.model.FileTransaction.onStep(null);
        }

        // The next run finishes the interrupted one before it starts, then writes its own.
        new BundleWriter().open(options, bundle, zip).close();

        assertThat(Files.readAllBytes(zip)).isNotEqualTo(oldZip);
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
        assertThat(bundle.resolve("json/en/guide-b.json")).exists();
        try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(archive.getEntry("json/en/guide-b.json")).isNotNull();
        }
        try (Stream<Path> entries = Files.list(tmp.resolve("out"))) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("bundle", "careguide-bundle.zip");
        }
    }
}
