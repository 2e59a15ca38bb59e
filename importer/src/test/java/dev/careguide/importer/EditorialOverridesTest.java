package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import dev.careguide.model.Item;
import dev.careguide.model.Remedy;
import dev.careguide.model.RemedyKind;
import dev.careguide.model.ReviewStatus;
import dev.careguide.model.SafetyLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorialOverridesTest {

    @TempDir
    Path dir;

    private ImportResult run(String editorial) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path article = content.resolve("night-cramps.txt");
        Files.writeString(article, GuideImporterTest.ARTICLE);
        Path file = dir.resolve("editorial.yaml");
        Files.writeString(file, editorial);
        return new GuideImporter(ImportOptions.defaults().withEditorialFile(file))
                .importGuide("night-cramps", List.of(article), content);
    }

    private static Remedy remedy(Guide g, String id) {
        return g.remedies().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void decisionsAreAppliedAndIdsKept() throws Exception {
        Guide plain = run("{}\n").guide();
        String needle = plain.remedies().stream().filter(r -> r.title().contains("needle")).findFirst()
                .orElseThrow().id();
        String massage = plain.remedies().stream().filter(r -> r.title().startsWith("Massage")).findFirst()
                .orElseThrow().id();
        Guide g = run("night-cramps:\n"
                + "  " + needle + ": {review: rejected, safety: {level: unsafe, reason: \"Invasive.\"}}\n"
                + "  " + massage + ": {review: approved, title: \"Massage the calf\", kind: massage}\n").guide();
        assertThat(remedy(g, needle).review()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(remedy(g, needle).safety().reason()).isEqualTo("Invasive.");
        assertThat(remedy(g, massage).title()).isEqualTo("Massage the calf");
        assertThat(remedy(g, massage).kind()).isEqualTo(RemedyKind.MASSAGE);
        assertThat(remedy(g, massage).review()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void mergeAndMoveRearrangeItems() throws Exception {
        Guide plain = run("{}\n").guide();
        List<String> firstAid = plain.remedies().stream().map(Remedy::id).toList();
        String cause = plain.causes().get(0).id();
        Guide g = run("night-cramps:\n  " + firstAid.get(0) + ": {mergeInto: " + firstAid.get(1) + "}\n"
                + "  " + cause + ": {moveTo: remedy, kind: lifestyle}\n").guide();
        assertThat(g.item(firstAid.get(0))).isEmpty();
        assertThat(remedy(g, firstAid.get(1)).provenance()).hasSizeGreaterThan(1);
        String moved = "remedy." + cause.substring("cause.".length());
        assertThat(remedy(g, moved).kind()).isEqualTo(RemedyKind.LIFESTYLE);
        assertThat(g.causes()).extracting(Item::id).doesNotContain(cause);
        assertThat(remedy(g, moved).safety().level()).isEqualTo(SafetyLevel.OK);
    }

    @Test
    void appliedDecisionsAreRecordedWithBeforeAfterAndLine() throws Exception {
        Guide plain = run("{}\n").guide();
        Remedy massage = plain.remedies().stream().filter(r -> r.title().startsWith("Massage")).findFirst()
                .orElseThrow();
        List<String> firstAid = plain.remedies().stream().map(Remedy::id).filter(id -> !id.equals(massage.id()))
                .toList();
        ImportResult r = run("night-cramps:\n"
                + "  " + massage.id() + ": {title: \"Massage the calf\", safety: {level: unsafe, reason: \"No.\"}}\n"
                + "  " + firstAid.get(0) + ": {mergeInto: " + firstAid.get(1) + "}\n");
        assertThat(r.report().editorialDecisions()).containsExactly(
                new ImportReport.EditorialDecision(massage.id(), "title", massage.title(), "Massage the calf", 2),
                new ImportReport.EditorialDecision(massage.id(), "safety", "ok", "unsafe: No.", 2),
                new ImportReport.EditorialDecision(firstAid.get(0), "mergeInto", firstAid.get(0), firstAid.get(1), 3));
        assertThat(new ImportReportCodec().toJson(r.report())).contains("\"editorialDecisions\"");
    }

    @Test
    void unknownIdIsReportedNotIgnored() throws Exception {
        ImportResult r = run("night-cramps:\n  remedy.no-such-thing: {review: approved}\n");
        assertThat(r.report().editorialProblems()).singleElement().satisfies(p -> {
            assertThat(p.itemId()).isEqualTo("remedy.no-such-thing");
            assertThat(p.code()).isEqualTo("unknown-id");
        });
        assertThat(r.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).endsWith("editorial.yaml");
            assertThat(w.line()).isEqualTo(2);
        });
    }

    @Test
    void badValueFailsWithLineAndColumn() {
        assertThatThrownBy(() -> run("night-cramps:\n  remedy.x: {review: maybe}\n"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostics().get(0).line()).isEqualTo(2);
                    assertThat(e.diagnostics().get(0).column()).isPositive();
                    assertThat(e.getMessage()).contains("review must be");
                });
    }
}
