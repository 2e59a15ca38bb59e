package dev.careguide.importer;

import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 4, extract: walks the blocks of each document with the section context (headings, lead-ins, soft breaks,
 * article boundaries), applies the glossary to each block, splits it into sentences and turns them into drafts:
 * one per list item, and within paragraphs one per sentence that opens a new item (later sentences without a
 * cue of their own continue it). Everything that ends in no draft is recorded as unused with a reason.
 */
final class ItemExtractor {

    /** What extraction found. */
    record Extraction(List<Draft> drafts, List<ImportReport.UnusedBlock> unused, List<ImportReport.Defect> defects,
            List<ImportReport.GlossaryReplacement> replacements, int blocks, int lines, String title,
            String summary) {
    }

    private final ImportRules rules;
    private final Glossary glossary;
    private final SectionClassifier sections;
    private final SentenceClassifier sentences;
    private final SentenceSplitter splitter;
    private final TitleMaker titles;
    private final DefectDetector defects;

    private final List<Draft> drafts = new ArrayList<>();
    private final List<ImportReport.UnusedBlock> unused = new ArrayList<>();
    private final List<ImportReport.Defect> defectList = new ArrayList<>();
    private final List<ImportReport.GlossaryReplacement> replacements = new ArrayList<>();
    private final java.util.Map<String, Draft> specialistDrafts = new java.util.LinkedHashMap<>();
    private String guideTitle;
    private String guideSummary;

    // context while walking one document
    private SectionType section;
    private SectionType listContext;
    private SectionType sectionBeforeBreak;
    private Draft current;
    private Draft foodList;
    private Draft subheading;
    private int documentIndex;
    private int listCounter;
    private boolean inList;
    /** Whether {@link #current} may be continued by the next paragraph's sentences without an anaphora. */
    private boolean sticky;

    ItemExtractor(ImportRules rules, Glossary glossary) {
        this.rules = rules;
        this.glossary = glossary;
        this.sections = new SectionClassifier(rules);
        this.sentences = new SentenceClassifier(rules);
        this.splitter = new SentenceSplitter(rules.abbreviations);
        this.titles = new TitleMaker(rules);
        this.defects = new DefectDetector(rules);
    }

    Extraction extract(List<SourceDocument> documents) {
        int blockCount = 0;
        int lineCount = 0;
        for (int d = 0; d < documents.size(); d++) {
            SourceDocument doc = documents.get(d);
            documentIndex = d;
            lineCount += doc.lines().size();
            StructureParser parser = new StructureParser(rules);
            section = SectionType.NONE;
            listContext = null;
            current = null;
            foodList = null;
            subheading = null;
            int[] article = {0};
            int[] blocks = {0};
            parser.parse(doc, block -> {
                blocks[0]++;
                if (block.article() != article[0] || parser.isSoftBreak(block.startLine())) {
                    sectionBeforeBreak = block.article() != article[0] ? null : section;
                    article[0] = block.article();
                    section = SectionType.NONE;
                    listContext = null;
                    current = null;
                    subheading = null;
                }
                block(block);
            });
            blockCount += blocks[0];
        }
        for (Draft d : drafts) {
            d.releaseWords();
        }
        return new Extraction(drafts, unused, defectList, replacements, blockCount, lineCount,
                guideTitle == null ? "" : guideTitle, guideSummary == null ? "" : guideSummary);
    }

    private void block(Block block) {
        if (!block.kind().isListItem() || block.kind() == BlockKind.NUMBERED_PARAGRAPH) {
            inList = false;
        } else if (!inList) {
            inList = true;
            listCounter++;
        }
        MappedText text = TypographyNormalizer.normalize(block.source(), block.contentStart());
        Glossary.Applied applied = glossary.apply(text);
        for (Glossary.Replacement r : applied.replacements()) {
            replacements.add(new ImportReport.GlossaryReplacement(block.document(), block.lineOf(r.sourceOffset()),
                    block.columnOf(r.sourceOffset()), r.from(), r.to()));
        }
        text = applied.text();
        if (text.length() == 0) {
            unused(block, "empty after cleaning");
            return;
        }
        if (guideTitle == null && block.kind() == BlockKind.HEADING) {
            guideTitle = titles.heading(text.text());
        }
        if (guideSummary == null && block.kind() == BlockKind.PARAGRAPH) {
            int[] first = splitter.split(text.text()).get(0);
            guideSummary = text.text().substring(first[0], first[1]);
        }
        switch (block.kind()) {
            case CAPTION -> unused(block, "figure caption");
            case HEADING -> heading(block, text);
            case LEAD_IN -> leadIn(block, text);
            case BULLET, NUMBERED, NUMBERED_PARAGRAPH -> listItem(block, text);
            default -> paragraph(block, text);
        }
    }

    private void heading(Block block, MappedText text) {
        SectionType type = sections.classify(text.text());
        listContext = null;
        foodList = null;
        current = null;
        subheading = null;
        if (type == null && section == SectionType.NONE && sectionBeforeBreak != null) {
            section = sectionBeforeBreak;
        }
        sectionBeforeBreak = null;
        if (type != null) {
            section = type;
            unused(block, "heading of a " + type.wireName() + " section");
        } else if (section == SectionType.CAUSES && !text.text().endsWith("?")) {
            subheading = newDraft(ItemType.CAUSE, titles.heading(text.text()), block);
            subheading.provenance.add(span(block, text, 0, text.length()));
            current = subheading;
            sticky = true;
        } else {
            unused(block, "heading with no section cue (the section stays " + section.wireName() + ")");
        }
    }

    private void leadIn(Block block, MappedText text) {
        SectionType type = sections.classify(text.text());
        List<int[]> ranges = splitter.split(text.text());
        boolean shortLine = Words.of(text.text()).size() <= rules.maxHeadingWords;
        current = null;
        subheading = null;
        foodList = null;
        if (shortLine) {
            listContext = type != null ? type : section;
            if (type != null && type != SectionType.CAUSES || section == SectionType.NONE) {
                section = type != null ? type : section;
            }
            unused(block, "lead-in introducing a " + listContext.wireName() + " list");
            return;
        }
        listContext = type;
        int[] last = ranges.get(ranges.size() - 1);
        String lastSentence = text.text().substring(last[0], last[1]);
        boolean usedAny = sentences(block, text, ranges.subList(0, ranges.size() - 1), type == null ? section : type,
                false);
        SentenceRole role = sentences.classify(lastSentence, section, false);
        if (role == SentenceRole.NUTRIENT_SOURCE || rules.nutrientSourceCues.matches(lastSentence)
                && mentionsNutrient(lastSentence)) {
            foodList = newDraft(ItemType.NUTRIENT_SOURCE, nutrientTitle(lastSentence), block);
            foodList.nutrient = nutrientKey(lastSentence);
            foodList.provenance.add(span(block, text, last[0], last[1]));
            foodList.sentences.add(lastSentence);
            return;
        }
        if (!usedAny) {
            unused(block, "lead-in introducing a " + (listContext == null ? section : listContext).wireName()
                    + " list");
        } else {
            unusedSpan(block, text, last, "lead-in sentence");
        }
    }

    private void listItem(Block block, MappedText text) {
        subheading = null;
        String t = text.text();
        SectionType context = listContext != null ? listContext : section;
        if (foodList != null && Words.of(t).size() <= 8 && !t.contains(". ")) {
            foodList.foods.add(foodName(t));
            foodList.provenance.add(span(block, text, 0, text.length()));
            return;
        }
        List<int[]> ranges = splitter.split(t);
        String first = t.substring(ranges.get(0)[0], ranges.get(0)[1]);
        if (isFoodSourceLine(first)) {
            foodSource(block, text, first);
            return;
        }
        DefectDetector.Fragment fragment = defects.fragment(t);
        if (fragment == DefectDetector.Fragment.MEANINGLESS) {
            defectList.add(new ImportReport.Defect(block.document(), block.startLine(), "fragment",
                    "list item is a fragment with no meaning left; dropped", block.content().strip(), null));
            unused(block, "fragment: broken text with no meaning left");
            current = null;
            return;
        }
        SentenceRole role = sentences.classify(first, context, true);
        ItemType type = switch (role) {
            case CAUSE -> ItemType.CAUSE;
            case EXERCISE -> ItemType.EXERCISE;
            case WARNING -> ItemType.WARNING_SIGN;
            case REMEDY -> ItemType.REMEDY;
            default -> context == SectionType.CAUSES ? ItemType.CAUSE
                    : context.isRemedySection() ? ItemType.REMEDY : null;
        };
        if (type == null) {
            unused(block, "list item with no cause, remedy or exercise cue");
            current = null;
            return;
        }
        if (block.kind() == BlockKind.NUMBERED_PARAGRAPH && type == ItemType.REMEDY && ranges.size() > 1) {
            current = null;
            sentences(block, text, ranges, context, false);
            return;
        }
        Draft d = newDraft(type, context, titles.title(first, type), block);
        d.list = block.kind() == BlockKind.NUMBERED_PARAGRAPH ? 0 : listCounter;
        for (int[] r : ranges) {
            d.sentences.add(t.substring(r[0], r[1]));
            specialists(t.substring(r[0], r[1]), span(block, text, r[0], r[1]));
        }
        d.provenance.add(span(block, text, 0, text.length()));
        if (fragment == DefectDetector.Fragment.KEPT) {
            d.flagged = true;
            defectList.add(new ImportReport.Defect(block.document(), block.startLine(), "fragment",
                    "list item is a fragment; kept because it still names something, flagged for review",
                    block.content().strip(), null));
        }
        danglingDefects(block, text, ranges, d);
        current = block.kind() == BlockKind.NUMBERED_PARAGRAPH ? d : null;
        sticky = current != null;
    }

    private void paragraph(Block block, MappedText text) {
        List<int[]> ranges = splitter.split(text.text());
        listContext = null;
        foodList = null;
        String first = text.text().substring(ranges.get(0)[0], ranges.get(0)[1]);
        if (ranges.size() == 1 && isFoodSourceLine(first)) {
            foodSource(block, text, first);
            return;
        }
        if (ranges.size() > 1 && inlineHeading(block, text, ranges)) {
            return;
        }
        if (!sentences(block, text, ranges, section, true)) {
            unused(block, "paragraph with no cause, remedy or exercise cue");
        }
    }

    /**
     * A paragraph opening with a short verbless sentence ("Balanced diet. Increase ...") is titled by it: when
     * the title names a section ("Exercises that target the calves.") it sets the context of the paragraph,
     * otherwise it is the title of the item the paragraph describes.
     */
    private boolean inlineHeading(Block block, MappedText text, List<int[]> ranges) {
        String first = text.text().substring(ranges.get(0)[0], ranges.get(0)[1]);
        Words words = Words.of(first);
        if (words.size() > rules.maxInlineHeadingWords || !first.endsWith(".") || first.contains(",")
                || defects.isDangling(first)
                || sentences.isImperative(words) || rules.directiveCues.matches(words)
                || rules.causeCues.matches(words)) {
            return false;
        }
        SectionType named = sections.classify(first);
        List<int[]> rest = ranges.subList(1, ranges.size());
        if (named != null && named != SectionType.CAUSES) {
            unusedSpan(block, text, ranges.get(0), "inline heading of a " + named.wireName() + " paragraph");
            current = null;
            sentences(block, text, rest, named, false);
            return true;
        }
        SectionType context = section;
        ItemType type = context == SectionType.CAUSES ? ItemType.CAUSE : ItemType.REMEDY;
        Draft d = newDraft(type, context, titles.heading(first), block);
        d.add(first, span(block, text, ranges.get(0)[0], ranges.get(0)[1]), rules);
        current = d;
        sticky = true;
        sentences(block, text, rest, context, true);
        return true;
    }

    /** Turns sentences into drafts; returns whether any sentence was used. */
    private boolean sentences(Block block, MappedText text, List<int[]> ranges, SectionType context,
            boolean continueCurrent) {
        boolean usedAny = false;
        Draft open = continueCurrent ? current : null;
        Draft inherited = open;
        boolean topicSentence = false;
        boolean afterSubheading = open != null && open == subheading && open.sentences.isEmpty();
        for (int[] r : ranges) {
            String s = text.text().substring(r[0], r[1]);
            SentenceRole role = sentences.classify(s, context, false);
            Provenance p = span(block, text, r[0], r[1]);
            boolean specialist = specialists(s, p);
            if (defects.isDangling(s)) {
                defectList.add(new ImportReport.Defect(block.document(), p.startLine(), "dangling-sentence",
                        "sentence ends without its object (lost in translation)", p.text(),
                        null));
                if (open != null) {
                    open.flagged = true;
                }
            }
            if (afterSubheading && (role == SentenceRole.CAUSE || role == SentenceRole.CONTINUATION)) {
                open.add(s, p, rules);
                usedAny = true;
                continue;
            }
            afterSubheading = false;
            ItemType type = switch (role) {
                case CAUSE -> ItemType.CAUSE;
                case REMEDY -> ItemType.REMEDY;
                case EXERCISE -> ItemType.EXERCISE;
                case WARNING -> ItemType.WARNING_SIGN;
                default -> null;
            };
            if (type == null) {
                boolean mayContinue = open != null && (open != inherited || sticky
                        || sentences.startsWithAnaphora(Words.of(s)));
                if (role == SentenceRole.CONTINUATION && mayContinue) {
                    open.add(s, p, rules);
                    usedAny = true;
                } else if (specialist) {
                    usedAny = true;
                } else {
                    unusedSpan(block, text, r, role == SentenceRole.BACKGROUND
                            ? "background statement (no cause, remedy or exercise)"
                            : "no cause, remedy or exercise cue");
                }
                continue;
            }
            boolean imperative = sentences.isImperative(Words.of(s)) || sentences.isImperativeAfterClause(s);
            if (open != null && open == inherited && open.type == type && sentences.isContinuation(Words.of(s))) {
                open.add(s, p, rules);
                usedAny = true;
                continue;
            }
            if (open != null && open != inherited && (!opensNewItem(open, type, s)
                    || topicSentence && imperative && open.type == type && open.sentences.size() == 1)) {
                open.add(s, p, rules);
                usedAny = true;
                topicSentence = false;
                continue;
            }
            Draft d = newDraft(type, context, titles.title(s, type), block);
            d.add(s, p, rules);
            if (open != null) {
                open.releaseWords();
            }
            topicSentence = open == inherited && !imperative && type == ItemType.REMEDY;
            open = d;
            usedAny = true;
        }
        if (open != inherited) {
            sticky = false;
            if (inherited != null) {
                inherited.releaseWords();
            }
        }
        current = open;
        return usedAny;
    }

    /** Adds the sentence to the specialist drafts it names; returns whether it names any. */
    private boolean specialists(String sentence, Provenance p) {
        boolean any = false;
        Words words = Words.of(sentence);
        for (var e : rules.specialists.entrySet()) {
            if (e.getValue().matches(words)) {
                Draft d = specialistDrafts.get(e.getKey());
                if (d == null) {
                    String name = e.getValue().cues().get(0).phrase().replace("*", "");
                    d = new Draft(ItemType.SPECIALIST, SectionType.SPECIALISTS, titles.heading(name), documentIndex,
                            p.startLine());
                    specialistDrafts.put(e.getKey(), d);
                    drafts.add(d);
                }
                d.provenance.add(p);
                any = true;
            }
        }
        return any;
    }

    /**
     * Whether a sentence with its own role starts a new item rather than continuing the open one: it does when it
     * is of another type, when it opens with an imperative and shares under two content words with the open
     * item, or when it shares none at all.
     */
    private boolean opensNewItem(Draft open, ItemType type, String sentence) {
        if (open.type != type) {
            return true;
        }
        Set<String> a = open.words(rules);
        Set<String> b = Signature.of(sentence, rules);
        int common = Signature.common(a, b);
        Words words = Words.of(sentence);
        if (sentences.isContinuation(words)) {
            return false;
        }
        if (type == ItemType.EXERCISE && (sentences.isImperative(words) || sentences.isImperativeAfterClause(sentence)
                || sentences.opensWithPosture(sentence))) {
            return true;
        }
        if (sentences.isImperative(words) || sentences.isImperativeAfterClause(sentence)) {
            return common < 2;
        }
        return common == 0 && type == ItemType.REMEDY && sentences.kindWords(words) > 0;
    }

    private void danglingDefects(Block block, MappedText text, List<int[]> ranges, Draft d) {
        for (int[] r : ranges) {
            String s = text.text().substring(r[0], r[1]);
            if (defects.isDangling(s)) {
                Provenance p = span(block, text, r[0], r[1]);
                boolean meaningful = ranges.size() > 1;
                d.flagged = true;
                defectList.add(new ImportReport.Defect(block.document(), p.startLine(), "dangling-sentence",
                        meaningful ? "sentence ends without its object; the item keeps its other sentences and is "
                                + "flagged for review" : "sentence ends without its object; flagged for review",
                        p.text(), null));
            }
        }
    }

    private Draft newDraft(ItemType type, SectionType context, String title, Block block) {
        Draft d = new Draft(type, context, title, documentIndex, block.startLine());
        drafts.add(d);
        return d;
    }

    private Draft newDraft(ItemType type, String title, Block block) {
        return newDraft(type, section, title, block);
    }

    private Provenance span(Block block, MappedText text, int from, int to) {
        int[] src = text.sourceRange(from, to);
        return new Provenance(block.document(), block.lineOf(src[0]), block.lineOf(Math.max(src[0], src[1] - 1)),
                block.source().substring(src[0], src[1]));
    }

    private void unused(Block block, String reason) {
        unused.add(new ImportReport.UnusedBlock(block.document(), block.startLine(), block.endLine(), reason,
                block.source().strip()));
    }

    private void unusedSpan(Block block, MappedText text, int[] r, String reason) {
        Provenance p = span(block, text, r[0], r[1]);
        unused.add(new ImportReport.UnusedBlock(block.document(), p.startLine(), p.endLine(), reason, p.text()));
    }

    /** "Food sources of magnesium: rye bread, cottage cheese, ..." */
    private void foodSource(Block block, MappedText text, String first) {
        Draft d = newDraft(ItemType.NUTRIENT_SOURCE, nutrientTitle(first), block);
        d.nutrient = nutrientKey(first);
        d.foods.addAll(foods(first.substring(first.indexOf(':') + 1)));
        d.sentences.add(text.text());
        d.provenance.add(span(block, text, 0, text.length()));
        current = null;
    }

    private boolean isFoodSourceLine(String s) {
        int colon = s.indexOf(':');
        return colon > 0 && rules.nutrientSourceCues.matches(s.substring(0, colon)) && mentionsNutrient(s);
    }

    private boolean mentionsNutrient(String s) {
        return nutrientKey(s) != null;
    }

    private String nutrientKey(String s) {
        Words w = Words.of(s);
        List<String> keys = new ArrayList<>();
        for (var e : rules.nutrients.entrySet()) {
            if (e.getValue().matches(w)) {
                keys.add(e.getKey());
            }
        }
        return keys.isEmpty() ? null : String.join("-", keys);
    }

    private String nutrientTitle(String s) {
        int colon = s.indexOf(':');
        String head = colon > 0 ? s.substring(0, colon) : s;
        return titles.heading(head);
    }

    private static String foodName(String t) {
        String f = t.strip();
        while (!f.isEmpty() && ".;,".indexOf(f.charAt(f.length() - 1)) >= 0) {
            f = f.substring(0, f.length() - 1).strip();
        }
        return f;
    }

    private static List<String> foods(String list) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",| and ")) {
            String f = foodName(part);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }
}
