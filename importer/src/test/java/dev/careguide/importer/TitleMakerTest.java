package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careguide.model.ItemType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles made from the clause that opens an item: one row per clause, with the item type and the title. */
class TitleMakerTest {

    private static final LanguageProfile PROFILE = LanguageProfile.forLocale("en");
    private static final ImportRules RULES = ImportRules.defaults();
    private final TextAnalyzer analyzer = new TextAnalyzer(PROFILE);
    private final ClauseReader clauses = new ClauseReader(PROFILE, RULES.audience);
    private final TitleMaker titles = new TitleMaker(RULES, PROFILE);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            REMEDY | Keep both feet flat on the floor.                                 | Keep both feet flat on the floor
            REMEDY | If the heartburn wakes you at night, sleep on two pillows.       | Sleep on two pillows
            REMEDY | It is better to rinse the nose with salt water.                   | Rinse the nose with salt water
            REMEDY | You should drink a glass of warm water before breakfast.         | Drink a glass of warm water before breakfast
            REMEDY | Lie down in a quiet dark room and put a cool cloth on the forehead. | Lie down
            REMEDY | Go to bed and get up at one and the same time every day.         | Go to bed and get up
            REMEDY | Eat small portions six times a day, slowly.                      | Eat small portions six times a day
            REMEDY | Eat small portions five or six times a day and chew slowly.      | Eat small portions
            REMEDY | Do not carry heavy bags in one hand for a long time.             | Do not carry heavy bags
            REMEDY | In capsules the zinc together with vitamin C is prescribed daily. | The zinc together with vitamin C
            REMEDY | Sit the child upright and lean the head slightly forward.        | Sit the child upright
            REMEDY | Rinse the nose with saline solution 3-4 times a day.             | Rinse the nose with saline solution
            REMEDY | Give the child more warm drinks: water, compote, tea with lemon. | Give the child more warm drinks
            REMEDY | Regular activity – walking, swimming, cycling three times a week – lowers the risk. | Regular activity
            CAUSE  | The pain is caused by long hours at the computer.                | Long hours at the computer
            CAUSE  | Strong coffee in large amounts provokes the pain.                 | Strong coffee in large amounts
            CAUSE  | Heredity.                                                        | Heredity
            EXERCISE | Stand on all fours with the palms under the shoulders.         | Stand on all fours
            EXERCISE | Shoulder circles: raise the shoulders up, take them back and lower them. | Shoulder circles
            WARNING_SIGN | If the pain goes down into the leg, see a doctor.          | The pain goes down into the leg
            WARNING_SIGN | See a doctor without delay if the leg becomes numb or weak.  | The leg becomes numb or weak
            """)
    void titleIsACompletePhraseOfAtMostEightWords(ItemType type, String sentence, String expected) {
        String text = sentence.strip();
        Sentence s = analyzer.sentences(text).get(0);
        List<Clause> read = clauses.read(s);
        AnalyzedBlock block = new AnalyzedBlock(
                new Block(BlockKind.PARAGRAPH, "t.txt", 1, 1, text, 0, 0, 0),
                MappedText.identity(text),
                List.of(s),
                List.of(read));
        String title = titles.title(block, read.get(0), type);
        assertThat(title).isEqualTo(expected.strip());
        assertThat(title.split("\\s+")).hasSizeLessThanOrEqualTo(PROFILE.titleMaxWords);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What to eat?              | What to eat
            Causes of heartburn:      | Causes of heartburn
            gymnastics for the back.  | Gymnastics for the back
            """)
    void headingTitleDropsClosingPunctuationAndIsCapitalized(String heading, String expected) {
        assertThat(titles.heading(heading)).isEqualTo(expected);
    }
}
