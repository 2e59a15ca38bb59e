package dev.careguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.Diagnostic.Severity;
import dev.careguide.model.Guide;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks that matter most in health content: quantities and negations, on right and wrong translations. */
class HealthSafetyChecksTest {

    @TempDir
    Path i18n;

    /** The problems of one translation of one source string, as "code: message". */
    private List<CatalogProblem> check(String source, String tag, String translation) throws Exception {
        Guide guide = Guide.builder("safety", "en")
                .title("Safety")
                .add(new dev.careguide.model.Remedy(
                        "remedy.r",
                        "Remedy",
                        "",
                        dev.careguide.model.RemedyKind.TREATMENT,
                        List.of(source),
                        List.of(),
                        dev.careguide.model.Safety.OK,
                        List.of(),
                        null,
                        List.of()))
                .build();
        Path file = CatalogPaths.target(CatalogPaths.guideFolder(i18n, "safety"), tag);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                dev.careguide.i18n.properties.PropertiesWriter.property("remedy.r.steps.1", translation) + "\n",
                StandardCharsets.UTF_8);
        return new CatalogChecker()
                .checkGuide(guide, i18n, List.of(tag), CheckConfig.defaults()).problems().stream()
                        .filter(p -> p.code().equals("quantity") || p.code().equals("negation"))
                        .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Take 1,000 mg of magnesium a day.           | ru | Принимайте 1 000 мг магния в день.
            Take 1,000 mg of magnesium a day.           | ru | Принимайте 1000 мг магния в день.
            Take 1,000 mg of magnesium a day.           | de | Nehmen Sie täglich 1.000 mg Magnesium ein.
            Take 1,000 mg of magnesium a day.           | ar | تناولي ١٬٠٠٠ ملغ من المغنيسيوم يوميًا.
            Take 1,000 mg of magnesium a day.           | ar | تناولي 1,000 مغم من المغنيسيوم يوميًا.
            Repeat 10–15 times.                         | ru | Повторите 10–15 раз.
            Repeat 10–15 times.                         | ru | Повторите от 10 до 15 раз.
            Repeat 10–15 times.                         | de | Wiederholen Sie die Übung 10 bis 15 Mal.
            Repeat 10–15 times.                         | ar | كرري التمرين ١٠–١٥ مرة.
            Hold the stretch for 5 cm and 30 seconds.   | ru | Удерживайте растяжку на 5 см и 30 секунд.
            Hold for 30 seconds.                        | de | 30 Sekunden lang halten.
            Hold for 30 seconds.                        | ar | اثبتي لمدة ٣٠ ثانية.
            Drink 1.5 liters of water.                  | de | Trinken Sie 1,5 Liter Wasser.
            Drink 1.5 liters of water.                  | ar | اشربي ١٫٥ لتر من الماء.
            Do not take quinine.                        | ru | Не принимайте хинин.
            Do not take quinine.                        | de | Nehmen Sie kein Chinin ein.
            Do not take quinine.                        | ar | لا تتناولي الكينين.
            Never massage a swollen calf.               | de | Massieren Sie niemals eine geschwollene Wade.
            Never massage a swollen calf.               | ru | Никогда не массируйте опухшую икру.
            Don't take it without a doctor.             | ar | لا تتناوليه دون استشارة الطبيب.
            Coffee is excluded without fail.            | de | Kaffee ist unbedingt zu meiden.
            Take 1 tsp. three times per day.            | ru | Принимайте по 1 ч. л. три раза в день.
            Pour 0.5 liters of boiling water.           | ar | صبي و0.5 لتر من الماء المغلي.
            It happens in the 3rd trimester.            | ar | يحدث ذلك في الثلث الثالث.
            The heel should not be high.                | ar | يجب ألا يكون الكعب عاليًا.
            """)
    void rightTranslationsPass(String source, String tag, String translation) throws Exception {
        assertThat(check(source, tag, translation)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Take 1,000 mg of magnesium a day.   | ru | Принимайте 100 мг магния в день.            | quantity | 1,000 mg
            Take 1,000 mg of magnesium a day.   | de | Nehmen Sie täglich 1,000 mg Magnesium ein.  | quantity | 1.000
            Take 1,000 mg of magnesium a day.   | ar | تناولي ١٠٠ ملغ من المغنيسيوم يوميًا.        | quantity | 1,000 mg
            Take 1,000 mg of magnesium a day.   | de | Nehmen Sie täglich 1.000 g Magnesium ein.   | quantity | became 1.000 g: milligram in the source, gram here
            Repeat 10–15 times.                 | ru | Повторите 10–50 раз.                        | quantity | 10–15
            Repeat 10–15 times.                 | ar | كرري التمرين ١٠–٥٠ مرة.                     | quantity | 10–15
            Hold for 30 seconds.                | de | 30 Minuten lang halten.                     | quantity | second in the source, minute here
            Drink 1.5 liters of water.          | de | Trinken Sie 15 Liter Wasser.                | quantity | 1,5
            Drink 1.5 liters of water.          | ru | Пейте 1,5 мл воды.                          | quantity | liter in the source, milliliter here
            Do not take quinine.                | ru | Принимайте хинин.                           | negation | the source says "Do not"
            Do not take quinine.                | de | Nehmen Sie Chinin ein.                      | negation | (de: nicht, kein, keine, keinen, …)
            Do not take quinine.                | ar | تناولي الكينين.                             | negation | a dropped negation turns the advice around
            Never massage a swollen calf.       | de | Massieren Sie eine geschwollene Wade.       | negation | "Never"
            Don't take it without a doctor.     | ru | Принимайте его с врачом.                    | negation | "Don't"
            Take 1 tsp. three times per day.    | ru | Принимайте по 1 ст. л. три раза в день.     | quantity | teaspoon in the source, tablespoon here
            """)
    void wrongTranslationsAreErrors(String source, String tag, String translation, String code, String says)
            throws Exception {
        assertThat(check(source, tag, translation)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).contains(says);
        });
    }
}
