package dev.careguide.i18n.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.i18n.memory.TranslationMemory.Entry;
import dev.careguide.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxTest {

    @TempDir
    Path dir;

    @Test
    void pairsSurviveTmxWithMarkupLineBreaksAndRightToLeftText() throws Exception {
        List<Entry> entries = List.of(
                new Entry("de", "Take <1> tablet & rest.", "Nehmen Sie <1> Tablette & ruhen Sie.", "g", "k.1"),
                new Entry("ar", "Take <1> tablet & rest.", "تناولي <1> قرص\r\nواستريحي.", "g", "k.1"),
                new Entry("de", "Do not \"run\".", "Nicht ]]> laufen.", "g", "k.2"),
                new Entry("de", "Bell \u0007", "Glocke \u0007", "g", "k.3"));
        TmxWriter.Output out = TmxWriter.write(entries, "en", "1.0");
        assertThat(out.units()).isEqualTo(2);
        assertThat(out.pairs()).isEqualTo(3);
        assertThat(out.skipped()).isEqualTo(1);
        assertThat(out.text())
                .contains("<tmx version=\"1.4\">")
                .contains("srclang=\"en\"")
                .contains("<tu tuid=\"g/k.1\">")
                .contains("&amp;")
                .contains("&lt;1&gt;")
                .contains("&#13;")
                .doesNotContain("creationdate");
        assertThat(TmxWriter.write(entries, "en", "1.0").text()).isEqualTo(out.text());

        Path file = Files.writeString(dir.resolve("tm.tmx"), out.text(), StandardCharsets.UTF_8);
        List<Diagnostic> problems = new ArrayList<>();
        List<Entry> read = TmxReader.read(file, "tm.tmx", "en", "tm.tmx", problems);

        assertThat(problems).isEmpty();
        assertThat(read)
                .extracting(Entry::locale, Entry::source, Entry::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "de", "Take <1> tablet & rest.", "Nehmen Sie <1> Tablette & ruhen Sie."),
                        org.assertj.core.groups.Tuple.tuple(
                                "ar", "Take <1> tablet & rest.", "تناولي <1> قرص\r\nواستريحي."),
                        org.assertj.core.groups.Tuple.tuple("de", "Do not \"run\".", "Nicht ]]> laufen."));
    }

    @Test
    void foreignTmxWithInlineCodesAndAllLanguagesIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("vendor.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="*all*" creationtool="x" creationtoolversion="1" segtype="sentence"
                  o-tmf="x" adminlang="en" datatype="html"/>
                <body>
                  <tu><tuv xml:lang="EN-US"><seg>Press <bpt i="1">&lt;b></bpt>Stop<ept i="1">&lt;/b></ept></seg></tuv>
                      <tuv xml:lang="de-DE"><seg>Drücken Sie <bpt i="1">&lt;b></bpt>Stopp<ept i="1">&lt;/b></ept></seg></tuv></tu>
                  <tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>
                </body></tmx>
                """, StandardCharsets.UTF_8);
        List<Diagnostic> problems = new ArrayList<>();
        List<Entry> read = TmxReader.read(file, "vendor.tmx", "en", "vendor.tmx", problems);

        assertThat(read).singleElement().satisfies(e -> {
            assertThat(e.locale()).isEqualTo("de-DE");
            assertThat(e.source()).isEqualTo("Press Stop");
            assertThat(e.target()).isEqualTo("Drücken Sie Stopp");
            assertThat(e.origin()).isEqualTo("vendor.tmx");
        });
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(p.line()).isEqualTo(7);
        });
    }

    @Test
    void wrongSourceLanguageAndBrokenXmlAreErrorsWithPositions() throws Exception {
        Path ru = Files.writeString(
                dir.resolve("ru.tmx"), "<tmx version=\"1.4\">\n<header srclang=\"ru\"/>\n<body/></tmx>\n");
        List<Diagnostic> problems = new ArrayList<>();
        assertThat(TmxReader.read(ru, "ru.tmx", "en", "ru.tmx", problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("srclang is 'ru'");
        });

        Path broken = Files.writeString(dir.resolve("broken.tmx"), "<tmx version=\"1.4\">\n<header srclang=\"en\">\n");
        problems.clear();
        TmxReader.read(broken, "broken.tmx", "en", "broken.tmx", problems);
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not well-formed XML"));
    }
}
