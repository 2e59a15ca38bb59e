package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import dev.careguide.i18n.properties.PropertiesElement;
import dev.careguide.i18n.properties.PropertiesFile;
import dev.careguide.i18n.properties.PropertiesReader;
import dev.careguide.i18n.properties.PropertiesWriter;
import dev.careguide.model.AtomicFiles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesRoundTripTest {

    @TempDir
    Path dir;

    private static String rewrite(String text) {
        PropertiesFile pf = PropertiesReader.read(text.getBytes(StandardCharsets.UTF_8), "f.properties", "ru");
        assertThat(pf.problems()).isEmpty();
        return CatalogFile.of(pf, "ru").write();
    }

    @Test
    void fileWrittenBySyncReadsAndRewritesByteIdentically() throws Exception {
        new CatalogSync().sync(TestGuides.guide(), dir, List.of("ru", "ar"), false);
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties") && !f.endsWith(CatalogState.FILE_NAME))
                    .toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                assertThat(rewrite(text)).as(p.toString()).isEqualTo(text);
            }
        }
    }

    @Test
    void handEditedFileKeepsCommentsOrderAndSpelling() {
        String text = String.join(
                "\n",
                "# Перевод: Ольга",
                "",
                "! a comment in the other style",
                "zeta = последний \\",
                "      ключ",
                "# про альфу",
                "#, stale",
                "#| previous source: Old",
                "alpha:\\u0416\\tend",
                "# beta=",
                "",
                "# closing remark",
                "",
                CatalogFile.OBSOLETE_HEADING,
                "# why it went",
                "#~ gone=было",
                "");
        assertThat(rewrite(text)).isEqualTo(text);
        CatalogFile catalog =
                CatalogFile.of(PropertiesReader.read(text.getBytes(StandardCharsets.UTF_8), "f", "ru"), "ru");
        assertThat(catalog.entries()).extracting(CatalogEntry::key).containsExactly("zeta", "alpha", "beta");
        assertThat(catalog.entries().get(0).value()).isEqualTo("последний ключ");
        assertThat(catalog.entries().get(1).value()).isEqualTo("Ж\tend");
        assertThat(catalog.entries().get(1).isStale()).isTrue();
        assertThat(catalog.entries().get(2).isTranslated()).isFalse();
        assertThat(catalog.obsolete()).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("было");
            assertThat(e.notes()).containsExactly("# why it went");
        });
    }

    @Test
    void aDetachedCatalogStreamedToAWriterWritesTheSameText() throws Exception {
        String handEdited = String.join(
                "\n",
                "# Перевод",
                "",
                "zeta = последний \\",
                "      ключ",
                "alpha:\\u0416\\tend",
                "plain=как есть",
                "spaced = с пробелами",
                "# beta=",
                "",
                CatalogFile.OBSOLETE_HEADING,
                "#~ gone=было",
                "");
        new CatalogSync().sync(TestGuides.guide(), dir, List.of("ru"), false);
        List<String> texts = new java.util.ArrayList<>(List.of(handEdited));
        texts.add(Files.readString(CatalogPaths.target(
                CatalogPaths.guideFolder(dir, TestGuides.guide().id()), "ru")));
        for (String text : texts) {
            CatalogFile read = CatalogFile.of(
                    PropertiesReader.read(text.getBytes(StandardCharsets.UTF_8), "f.properties", "ru"), "ru");
            CatalogFile detached = read.detached();
            java.io.StringWriter streamed = new java.io.StringWriter();
            detached.writeTo(streamed);

            assertThat(detached.properties()).isNull();
            assertThat(detached.write()).isEqualTo(text);
            assertThat(streamed.toString()).isEqualTo(text);
        }
    }

    @Test
    void aCatalogReadWithoutContextKeepsEverythingButTheContextText() throws Exception {
        String text = String.join(
                "\n",
                "# Перевод",
                "#. not a header: no blank line after it",
                "# a translator's note",
                "#. cause, title",
                "#. en: Cold",
                "#, stale, reviewed",
                "#| previous source: Colder",
                "#? 92% · en: Cold · ru: Холод",
                "cause.cold.title=Холод",
                "#.",
                "# cause.cold.description=",
                "",
                CatalogFile.OBSOLETE_HEADING,
                "#. kept: the heading's look-alike below is no heading",
                "#. Obsolete: keys no longer in the source, kept with their translations until sync --purge",
                "#~ gone=было",
                "");
        Path file = dir.resolve("messages_ru.properties");
        Files.writeString(file, text);

        CatalogFile full = CatalogFile.read(file, "f", "ru");
        CatalogFile slim = CatalogFile.readWithoutContext(file, "f", "ru");

        assertThat(slim.header()).isEqualTo(full.header());
        assertThat(slim.trailer()).isEqualTo(full.trailer());
        assertThat(slim.obsolete()).isEqualTo(full.obsolete()).hasSize(1);
        assertThat(slim.entries()).hasSameSizeAs(full.entries()).hasSize(2);
        for (int i = 0; i < full.entries().size(); i++) {
            CatalogEntry a = full.entries().get(i);
            CatalogEntry b = slim.entries().get(i);
            assertThat(b.context()).hasSameSizeAs(a.context()).allMatch(String::isEmpty);
            assertThat(List.of(b.key(), b.notes(), b.flags(), b.previous(), b.suggestions(), b.line(), b.blankBefore()))
                    .isEqualTo(List.of(
                            a.key(), a.notes(), a.flags(), a.previous(), a.suggestions(), a.line(), a.blankBefore()));
            assertThat(b.value()).isEqualTo(a.value());
            assertThat(b.rawIfUnchanged()).isEqualTo(a.rawIfUnchanged());
        }
        assertThat(full.entries().get(0).context()).contains("cause, title", "en: Cold");
        assertThat(slim.problems()).isEqualTo(full.problems());
    }

    @Test
    void aPropertyComparedInPlaceAgreesWithItsRawText() {
        String text =
                "plain=как есть\nspaced = как есть\nzeta = последний \\\n      ключ\r\ncrlf=a\\\r\n  b\r\nx\\ y:\\u0416\n";
        PropertiesFile pf = PropertiesReader.read(text.getBytes(StandardCharsets.UTF_8), "f.properties", "ru");
        List<PropertiesElement.Property> properties = pf.elements().stream()
                .filter(PropertiesElement.Property.class::isInstance)
                .map(PropertiesElement.Property.class::cast)
                .toList();

        assertThat(properties).hasSize(5);
        for (PropertiesElement.Property p : properties) {
            String raw = p.raw();
            for (String other : List.of(
                    raw,
                    raw + "x",
                    raw.substring(0, raw.length() - 1),
                    PropertiesWriter.property(p.key(), p.value()),
                    raw.replace('\n', '\r'))) {
                assertThat(p.rawEquals(other)).as(raw + " vs " + other).isEqualTo(raw.equals(other));
            }
            assertThat(p.rawEquals(p.key(), p.value())).isEqualTo(raw.equals(p.key() + "=" + p.value()));
        }
    }

    @Test
    void javaResourceBundleAndIcuReadTheFilesAsTheyAre() throws Exception {
        Path bundleDir = dir.resolve("bundles");
        Files.createDirectories(bundleDir);
        String text = "# header\n\n" + PropertiesWriter.property("title", "Судороги: «икры» = мышцы\\ #1") + "\n"
                + PropertiesWriter.property("spaced key", " leading space") + "\n"
                + "#~ obsolete.key=never read\n";
        AtomicFiles.write(bundleDir.resolve("messages_ru.properties"), text);
        AtomicFiles.write(bundleDir.resolve("messages.properties"), "title=Cramps\n");
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {bundleDir.toUri().toURL()}, null)) {
            ResourceBundle rb = ResourceBundle.getBundle("messages", Locale.forLanguageTag("ru"), loader);
            assertThat(rb.getString("title")).isEqualTo("Судороги: «икры» = мышцы\\ #1");
            assertThat(rb.getString("spaced key")).isEqualTo(" leading space");
            assertThat(rb.containsKey("obsolete.key")).isFalse();

            UResourceBundle icu = UResourceBundle.getBundleInstance("messages", new ULocale("ru"), loader);
            assertThat(icu.getString("title")).isEqualTo("Судороги: «икры» = мышцы\\ #1");
        }
    }

    @Test
    void readerReportsEveryProblemWithLineAndColumn() {
        byte[] bytes = "ok=1\nbad=a\u00ff\nesc=x\\u12G4\nok=2\n".getBytes(StandardCharsets.ISO_8859_1);
        PropertiesFile pf = PropertiesReader.read(bytes, "m.properties", "de");
        assertThat(pf.problems())
                .extracting(p -> p.line() + ":" + p.column() + " " + p.code())
                .containsExactly("2:6 invalid-utf8", "3:6 invalid-escape", "4:1 duplicate-key");
        assertThat(pf.problems().get(2).message()).contains("line 1 and again on line 4");
        assertThat(pf.problems().get(0).toString()).startsWith("m.properties:2:6: error: [de] invalid UTF-8 byte 0xFF");
    }

    @Test
    void byteOrderMarkIsAnError() {
        byte[] bytes = "\uFEFFa=b\n".getBytes(StandardCharsets.UTF_8);
        assertThat(PropertiesReader.read(bytes, "m", "de").problems())
                .extracting(CatalogProblem::code)
                .containsExactly("byte-order-mark");
    }

    @Test
    void valuePositionsFollowEscapesAndContinuationLines() {
        String text = "k=\\u0041bc\\\n   def\n";
        PropertiesFile pf = PropertiesReader.read(text.getBytes(StandardCharsets.UTF_8), "f", null);
        PropertiesElement.Property p =
                (PropertiesElement.Property) pf.elements().get(0);
        assertThat(p.value()).isEqualTo("Abcdef");
        assertThat(pf.valuePosition(p, 1)).containsExactly(1, 9);
        assertThat(pf.valuePosition(p, 3)).containsExactly(2, 4);
    }
}
