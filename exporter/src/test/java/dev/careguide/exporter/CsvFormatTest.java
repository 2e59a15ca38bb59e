package dev.careguide.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {

    @TempDir
    Path tmp;

    private Path export(ExportOptions options) {
        Path bundle = tmp.resolve("b" + options.hashCode());
        new BundleWriter().write(List.of(TestGuides.content()), options, bundle);
        return bundle;
    }

    @Test
    void csvIsUtf8WithCrlfRecordsAndAHeaderRowWithoutBomByDefault() throws IOException {
        Path bundle = export(ExportOptions.defaults("1.0.0"));
        byte[] bytes = Files.readAllBytes(bundle.resolve("csv/ar/leg-cramps/items.csv"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(bytes[0]).isEqualTo((byte) 't');
        assertThat(text)
                .startsWith("type,id,kind,category,nutrient,title,title_state,title_locale,title_stale,")
                .endsWith("\r\n")
                .contains("نقص المغنيسيوم");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(Files.readString(bundle.resolve("csv/ar/leg-cramps/dosage.csv")))
                .isEqualTo("item_id,part,min,max,unit,limit,label\r\n"
                        + "exercise.calf-raises,repetitions,10,15,repetition,exact,[ar] 10–15 repetition\r\n"
                        + "exercise.calf-raises,sets,2,2,set,exact,[ar] 2 set\r\n"
                        + "exercise.calf-raises,timesPerDay,3,4,time,exact,[ar] 3–4 time\r\n");
    }

    @Test
    void excelVariantStartsEveryCsvFileWithAUtf8Bom() throws IOException {
        Path bundle = export(ExportOptions.defaults("1.0.0").withExcelCsv(true));
        for (String f : BundleFiles.list(bundle)) {
            if (f.endsWith(".csv")) {
                byte[] bytes = Files.readAllBytes(bundle.resolve(f));
                assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
                        .as(f)
                        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
        }
        assertThat(BundleReaders.csvGuide(bundle.resolve("csv/de/leg-cramps")))
                .isEqualTo(BundleReaders.json(bundle.resolve("json/de/leg-cramps.json")));
        assertThat(Files.readString(bundle.resolve("manifest.json"))).contains("\"bom\": true");
    }

    @Test
    void emptyTablesStillHaveTheirHeader() throws IOException {
        Path bundle = export(ExportOptions.defaults("1.0.0"));
        assertThat(Files.readString(bundle.resolve("csv/en/leg-cramps/foods.csv")))
                .startsWith("item_id,index,text,state,locale,stale\r\n");
        assertThat(BundleReaders.csv(bundle.resolve("csv/ar/leg-cramps/quantities.csv")))
                .hasSize(3);
    }

    @Test
    void aGuideTooLargeForDefaultYamlReadersIsRefusedWithADiagnostic() {
        dev.careguide.model.Guide huge = TestGuides.guide().toBuilder()
                .summary("ä".repeat(YamlExporter.MAX_CODE_POINTS))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BundleWriter()
                        .write(
                                List.of(new GuideContent(huge, List.of(FakeLocaleView.source(huge)))),
                                ExportOptions.defaults("1.0.0").withFormats(List.of("yaml")),
                                tmp.resolve("huge")))
                .isInstanceOf(dev.careguide.model.DiagnosticException.class)
                .hasMessageContaining("yaml/en/leg-cramps.yaml")
                .hasMessageContaining("split it into smaller guides");
        assertThat(tmp.resolve("huge")).doesNotExist();
    }

    @Test
    void neutralizeFollowsOwaspTriggers() {
        assertThat(SpreadsheetSafety.neutralize("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetSafety.neutralize("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetSafety.neutralize("a=1")).isEqualTo("a=1");
        assertThat(SpreadsheetSafety.neutralize("-18")).isEqualTo("-18");
        assertThat(SpreadsheetSafety.neutralize("-18-1")).isEqualTo("'-18-1");
        assertThat(SpreadsheetSafety.neutralize("-1e3")).isEqualTo("'-1e3");
        assertThat(SpreadsheetSafety.neutralize("")).isEmpty();
        assertThat(SpreadsheetSafety.neutralize(null)).isNull();
    }
}
