package dev.careguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureParserTest {

    private final ImportRules rules = ImportRules.defaults();

    private List<Block> parse(String text) {
        return new StructureParser(rules).parse(new SourceDocument("doc.txt", List.of(text.split("\n", -1))));
    }

    @Test
    void recognizesHeadingsListsAndParagraphs() {
        List<Block> blocks = parse("""
                Causes of cramps

                Some text that explains the problem in a long sentence. And another one.

                  \u2022 First bullet.
                  - Second bullet;
                  1. Numbered item.
                  2) Other numbered item.

                What to do?

                It can happen due to:
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.BULLET, BlockKind.BULLET, BlockKind.NUMBERED, BlockKind.NUMBERED, BlockKind.HEADING,
                BlockKind.LEAD_IN);
        assertThat(blocks.get(2).content()).isEqualTo("First bullet.");
        assertThat(blocks.get(4).number()).isEqualTo(1);
        assertThat(blocks.get(2).startLine()).isEqualTo(5);
    }

    @Test
    void numberedParagraphStandsAloneAndCaptionIsRecognized() {
        List<Block> blocks = parse("""
                1. Hypothermia or vice versa, overheating. Temperature drops are a load on the body.

                Figure 1 - Method of getting rid of cramps
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.NUMBERED_PARAGRAPH, BlockKind.CAPTION);
    }

    @Test
    void aDefinitionOpensANewArticle() {
        List<Block> blocks = parse("""
                First article text ends here with advice.

                Cramps- this is an involuntary muscle contraction.
                """);
        assertThat(blocks.get(0).article()).isZero();
        assertThat(blocks.get(1).article()).isEqualTo(1);
    }

    @Test
    void twoBlankLinesMarkASoftBreak() {
        StructureParser parser = new StructureParser(rules);
        parser.parse(new SourceDocument("d", List.of("One paragraph here.", "", "", "Next paragraph here.")));
        assertThat(parser.softBreaks()).containsExactly(4);
    }

    @Test
    void aSingleLongQuestionIsAHeading() {
        List<Block> blocks = parse("For many women suffering from cramps a question arises - which doctor should I"
                + " contact with this problem?");
        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.HEADING);
    }
}
