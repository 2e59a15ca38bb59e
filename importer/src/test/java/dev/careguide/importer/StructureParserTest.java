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
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(
                        BlockKind.HEADING,
                        BlockKind.PARAGRAPH,
                        BlockKind.BULLET,
                        BlockKind.BULLET,
                        BlockKind.NUMBERED,
                        BlockKind.NUMBERED,
                        BlockKind.HEADING,
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

    @Test
    void markdownHeadingsBoldLinesStarBulletsAndParenthesisNumbering() {
        List<Block> blocks = parse("""
                ## What helps

                **After a meal**

                * Walk slowly.
                1) Sit upright.
                """);
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(BlockKind.HEADING, BlockKind.HEADING, BlockKind.BULLET, BlockKind.NUMBERED);
        assertThat(blocks.get(0).content()).isEqualTo("What helps");
        assertThat(blocks.get(2).content()).isEqualTo("Walk slowly.");
    }

    @Test
    void checkMarkCrossAndExclamationBulletsAreListItems() {
        List<Block> blocks = parse("\u2714 Drink water.\n\u2718 Salty food.\n\u2757 Tablets only on prescription.");
        assertThat(blocks)
                .extracting(Block::kind)
                .containsOnly(BlockKind.BULLET)
                .hasSize(3);
        assertThat(blocks.get(1).content()).isEqualTo("Salty food.");
    }

    @Test
    void aDashLineAnsweringAQuestionIsAParagraph() {
        List<Block> blocks = parse("""
                Can I go outside?
                \u2014 Yes, after rain. Wear sunglasses.

                \u2014 a bullet after a paragraph
                """);
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET);
        assertThat(blocks.get(1).content()).isEqualTo("Yes, after rain. Wear sunglasses.");
    }

    @Test
    void aTablePastedAsTextGivesOneRowPerLineAndItsRuleIsNoRow() {
        List<Block> blocks = parse("""
                | Food | Why it helps |
                |------|--------------|
                | Prunes | They soften the stool |
                Oat bran\tThey add fiber
                """);
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(BlockKind.TABLE_ROW, BlockKind.CAPTION, BlockKind.TABLE_ROW, BlockKind.TABLE_ROW);
        assertThat(blocks).extracting(Block::startLine).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aTableOfContentsBeforeTheTextIsMarkedAndLeavesTheRealHeadingsAlone() {
        List<Block> blocks = parse("""
                Contents
                1. Causes of constipation
                2. What to eat

                Constipation is a delay of the stool.

                Causes of constipation

                Little water slows down the bowel.

                What to eat

                Prunes and bran.
                """);
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(
                        BlockKind.HEADING,
                        BlockKind.CONTENTS,
                        BlockKind.CONTENTS,
                        BlockKind.PARAGRAPH,
                        BlockKind.HEADING,
                        BlockKind.PARAGRAPH,
                        BlockKind.HEADING,
                        BlockKind.PARAGRAPH);
    }
}
