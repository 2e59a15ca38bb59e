package dev.careguide.importer;

import dev.careguide.model.ItemType;
import dev.careguide.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 6, extract: walks each document section by section and turns its clauses into drafts by their grammar
 * and their place. A list item is one item of the type its list or section is about; in running text each
 * clause that advises (an imperative, a recommendation), states a cause (a causal connective, or any statement in
 * a section about causes) or describes an exercise opens an item, and the clauses after it that refer back or
 * only explain it continue that item. A heading starts a section; a heading that names no type gets its type
 * from its own words and the first sentences under it. Everything that ends in no item is recorded as unused
 * with the reason.
 */
final class ItemExtractor {

    /** What extraction found. */
    record Extraction(
            List<Draft> drafts,
            List<ImportReport.UnusedBlock> unused,
            List<ImportReport.Defect> defects,
            List<ImportReport.GlossaryReplacement> replacements,
            int blocks,
            int lines,
            String title,
            String summary,
            java.util.Set<String> topic) {}

    /** A section: its heading (null before the first one), its type and its blocks. */
    private record Section(AnalyzedBlock heading, SectionType type, List<AnalyzedBlock> blocks) {}

    /** What a clause does in the walk. */
    /** What a clause does; a RESTRICTION continues the open item and limits where or when it is done. */
    private enum Role {
        CAUSE,
        REMEDY,
        EXERCISE,
        WARNING,
        CONTINUE,
        RESTRICTION,
        BACKGROUND
    }

    /** Marks, while a sentence is read, that a colon has introduced a procedure whose first step is to come. */
    private static final Draft PROCEDURE_FOLLOWS = new Draft(ItemType.REMEDY, SectionType.NONE, "", -1, 0);

    /** A first paragraph this short introduces the article: its lede. */
    private static final int LEDE_SENTENCES = 3;

    /** A section this long is worked on in parts, so a huge document is never held whole. */
    private static final int MAX_SECTION_BLOCKS = 256;

    private final ImportRules rules;
    private final LanguageProfile profile;
    private final Glossary glossary;
    private final SectionClassifier sections;
    private final TitleMaker titles;
    private final DefectDetector defects;
    private final DosageParser dosages;

    ItemExtractor(ImportRules rules, LanguageProfile profile, Glossary glossary) {
        this.rules = rules;
        this.profile = profile;
        this.glossary = glossary;
        this.sections = new SectionClassifier(rules);
        this.titles = new TitleMaker(rules, profile);
        this.defects = new DefectDetector(rules);
        this.dosages = new DosageParser(rules);
    }

    Extraction extract(List<SourceDocument> documents) {
        Output out = new Output(new TextAnalyzer(profile), new ClauseReader(profile, rules.audience));
        for (int d = 0; d < documents.size(); d++) {
            new DocumentWalk(documents.get(d), d, out).run();
        }
        String title = out.title != null
                ? out.title
                : untitled(out.summary, documents.get(0).name());
        return new Extraction(
                out.drafts,
                out.unused,
                out.defects,
                out.replacements,
                out.blocks,
                out.lines,
                title,
                out.summary == null ? "" : out.summary,
                java.util.Set.copyOf(out.topic));
    }

    /** Everything the walk of all documents writes. */
    private static final class Output {
        final TextAnalyzer analyzer;
        final ClauseReader clauses;
        final List<Draft> drafts = new ArrayList<>();
        final List<ImportReport.UnusedBlock> unused = new ArrayList<>();
        final List<ImportReport.Defect> defects = new ArrayList<>();
        final List<ImportReport.GlossaryReplacement> replacements = new ArrayList<>();
        final Map<String, Draft> specialists = new LinkedHashMap<>();
        /** One instance of each text of the finished drafts and unused blocks (see {@link Draft#finish}). */
        final Map<String, String> texts = new java.util.HashMap<>();
        /** How many of the drafts made so far, in all documents, are finished (see {@code finishDrafts}). */
        int finished;
        /** How many of the unused blocks found so far share their texts. */
        int finishedUnused;

        final java.util.Set<String> topic = new java.util.TreeSet<>();
        int blocks;
        int lines;
        String title;
        String summary;

        Output(TextAnalyzer analyzer, ClauseReader clauses) {
            this.analyzer = analyzer;
            this.clauses = clauses;
        }
    }

    /** The walk of one document: its sections in order, each worked on as soon as it is complete. */
    private final class DocumentWalk {
        private final SourceDocument document;
        private final int index;
        private final Output out;
        private int lists;
        /** Sections worked on since the article began: the first paragraph of the first is the lede. */
        private int sectionsInArticle;

        private int lastArticle = -1;
        /** Lemmas of the nouns the document's headings keep coming back to: what the document is about. */
        private final java.util.Set<String> topic = new java.util.HashSet<>();
        /** Whether the document is prose under its title at most, with no section headings. */
        private boolean prose;

        DocumentWalk(SourceDocument document, int index, Output out) {
            this.document = document;
            this.index = index;
            this.out = out;
        }

        void run() {
            out.lines += document.lines().size();
            StructureParser parser = new StructureParser(rules);
            List<String> headings = parser.headingTexts(document);
            prose = headings.size() <= 1;
            topic(headings);
            List<AnalyzedBlock> body = new ArrayList<>();
            AnalyzedBlock[] heading = {null};
            SectionType[] carried = {null};
            int[] article = {0};
            parser.parse(document, block -> {
                out.blocks++;
                AnalyzedBlock b = analyze(block);
                if (b == null) {
                    return;
                }
                boolean breaks = block.kind() == BlockKind.HEADING
                        || block.article() != article[0]
                        || parser.isSoftBreak(block.startLine());
                if (breaks) {
                    carried[0] = null;
                    section(heading[0], body, null);
                    finishDrafts(null);
                    body.clear();
                    heading[0] = block.kind() == BlockKind.HEADING ? b : null;
                    article[0] = block.article();
                    if (block.kind() == BlockKind.HEADING) {
                        return;
                    }
                }
                body.add(b);
                if (body.size() >= MAX_SECTION_BLOCKS) {
                    carried[0] = section(heading[0], body, carried[0]);
                    finishDrafts(out.drafts.isEmpty() ? null : out.drafts.get(out.drafts.size() - 1));
                    body.clear();
                    heading[0] = null;
                }
            });
            section(heading[0], body, carried[0]);
        }

        /**
         * Finishes every draft made so far up to {@code open}, which the next blocks may still continue, and the
         * unused blocks found since the last call, which then share their texts like drafts do.
         */
        private void finishDrafts(Draft open) {
            for (; out.finished < out.drafts.size(); out.finished++) {
                Draft d = out.drafts.get(out.finished);
                if (d == open) {
                    break;
                }
                d.finish(out.texts);
            }
            for (; out.finishedUnused < out.unused.size(); out.finishedUnused++) {
                ImportReport.UnusedBlock u = out.unused.get(out.finishedUnused);
                out.unused.set(
                        out.finishedUnused,
                        new ImportReport.UnusedBlock(
                                u.document(),
                                u.startLine(),
                                u.endLine(),
                                out.texts.computeIfAbsent(u.reason(), r -> r),
                                out.texts.computeIfAbsent(u.text(), t -> t)));
            }
        }

        /** Nouns standing in the first heading or in two headings or more are the document's topic. */
        private void topic(List<String> headings) {
            Map<String, Integer> count = new java.util.HashMap<>();
            for (int h = 0; h < headings.size(); h++) {
                java.util.Set<String> nouns = new java.util.HashSet<>();
                for (Sentence s : out.analyzer.sentences(headings.get(h))) {
                    for (Token t : s.tokens()) {
                        if (t.is(Pos.NOUN)) {
                            nouns.add(rules.synonyms.getOrDefault(t.lemma(), t.lemma()));
                        }
                    }
                }
                for (String n : nouns) {
                    if (count.merge(n, 1, Integer::sum) >= 2 || h == 0) {
                        topic.add(n);
                    }
                }
            }
            topic.removeAll(profile.causeNouns);
            topic.removeAll(rules.audience);
            out.topic.addAll(topic);
        }

        /**
         * Whether the clause's subject (what stands before its verb) names the document's topic, or an episode of
         * it ("attacks can also occur in the morning"); with no noun before a copula, the subject stands after it
         * ("the most painful are the cramps at night").
         */
        private boolean aboutTopic(Clause c) {
            boolean noun = false;
            boolean inverted = false;
            for (int k = c.head(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                if (t.isWord()
                        && (topic.contains(rules.synonyms.getOrDefault(t.lemma(), t.lemma()))
                                || topic.contains(t.lower())
                                || t.is(Pos.NOUN) && profile.episodeNouns.contains(t.lemma()))) {
                    return true;
                }
                if (inverted && t.is(Pos.NOUN)) {
                    return false;
                }
                if (t.pos().isVerbal()) {
                    if (noun || inverted || !profile.isCopula(t)) {
                        return false;
                    }
                    inverted = true;
                }
                noun |= t.is(Pos.NOUN);
            }
            return false;
        }

        /** Where a condition after the main clause starts ("see a doctor | if the leg becomes weak"), or its end. */
        private int conditionAt(Clause c) {
            for (int k = c.head() + 1; k < c.to(); k++) {
                if (profile.conditionWords.contains(c.sentence().token(k).lower())) {
                    return k;
                }
            }
            return c.to();
        }

        /** Whether the clause says what people do ("many people lie in bed for a week"): a person, then a verb. */
        private boolean peopleDo(Clause c) {
            for (int k = c.head(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                if (t.is(Pos.NOUN) || t.is(Pos.PRONOUN)) {
                    return (rules.audience.contains(t.lower()) || rules.audience.contains(t.lemma()))
                            && k + 1 < c.to()
                            && c.sentence().token(k + 1).is(Pos.VERB);
                }
                if (t.pos().isVerbal()) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether the clause's subject is the reader or the patient and nothing else is named ("some women do not
         * know it"), or the subject is only a pronoun ("not all of them are studied"): no cause stands there.
         */
        private boolean personalSubject(Clause c) {
            boolean pronoun = false;
            for (int k = c.from(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                if (t.is(Pos.NOUN)) {
                    return (rules.audience.contains(t.lower()) || rules.audience.contains(t.lemma()))
                            && !namesSomething(c, k + 1);
                }
                if (t.pos().isVerbal()) {
                    return pronoun;
                }
                pronoun |= t.is(Pos.PRONOUN);
            }
            return false;
        }

        /**
         * Whether a noun after token {@code from}, outside a prepositional phrase ("up to the birth"), names
         * something other than the reader and the topic.
         */
        private boolean namesSomething(Clause c, int from) {
            boolean phrase = false;
            for (int k = from; k < c.to(); k++) {
                Token t = c.sentence().token(k);
                phrase = t.is(Pos.ADPOSITION) || phrase && !t.pos().isVerbal() && t.pos() != Pos.PUNCTUATION;
                if (t.is(Pos.NOUN)
                        && !phrase
                        && !rules.audience.contains(t.lower())
                        && !rules.audience.contains(t.lemma())
                        && !topic.contains(t.lemma())
                        && !rules.isNoise(t.lemma())) {
                    return true;
                }
            }
            return false;
        }

        private AnalyzedBlock analyze(Block block) {
            MappedText text = TypographyNormalizer.normalize(block.source(), block.contentStart());
            if (block.kind() == BlockKind.TABLE_ROW) {
                text = cells(text);
            }
            Glossary.Applied applied = glossary.apply(text);
            for (Glossary.Replacement r : applied.replacements()) {
                out.replacements.add(new ImportReport.GlossaryReplacement(
                        block.document(),
                        block.lineOf(r.sourceOffset()),
                        block.columnOf(r.sourceOffset()),
                        r.from(),
                        r.to()));
            }
            text = applied.text();
            if (text.length() == 0 || !hasLetterOrDigit(text.text())) {
                unused(block, "empty after cleaning");
                return null;
            }
            List<Sentence> sentences = new ArrayList<>();
            for (Span span : out.analyzer.sentenceSpans(text.text())) {
                if (span.length() > rules.maxSentenceChars) {
                    Provenance p = new AnalyzedBlock(block, text, List.of(), List.of()).provenance(span);
                    out.defects.add(new ImportReport.Defect(
                            block.document(),
                            p.startLine(),
                            "sentence-too-long",
                            "a sentence of " + span.length() + " characters is longer than the limit of "
                                    + rules.maxSentenceChars + " (structure.maxSentenceChars); it was not read",
                            p.text().substring(0, Math.min(p.text().length(), 200)),
                            null));
                    out.unused.add(new ImportReport.UnusedBlock(
                            p.document(),
                            p.startLine(),
                            p.endLine(),
                            "sentence too long to read (" + span.length() + " characters)",
                            p.text().substring(0, Math.min(p.text().length(), 200))));
                    continue;
                }
                sentences.add(out.analyzer.sentence(text.text(), span));
            }
            List<List<Clause>> clauses = new ArrayList<>(sentences.size());
            for (Sentence s : sentences) {
                clauses.add(out.clauses.read(s));
            }
            AnalyzedBlock b = new AnalyzedBlock(block, text, sentences, clauses);
            if (out.title == null && block.kind() == BlockKind.HEADING) {
                out.title = titles.heading(text.text());
            }
            if (out.summary == null && block.kind() == BlockKind.PARAGRAPH && !sentences.isEmpty()) {
                out.summary = b.text(sentences.get(0));
            }
            return b;
        }

        /** A table row's cells joined by dashes, as a line of text reads: "Buckwheat – 200 mg". */
        private MappedText cells(MappedText row) {
            MappedText t = row;
            String s = t.text();
            while (!s.isEmpty() && (s.charAt(0) == '|' || s.charAt(0) == ' ')) {
                t = t.replace(0, 1, "");
                s = t.text();
            }
            while (!s.isEmpty() && (s.charAt(s.length() - 1) == '|' || s.charAt(s.length() - 1) == ' ')) {
                t = t.replace(s.length() - 1, s.length(), "");
                s = t.text();
            }
            for (int i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 3)) {
                int from = i;
                int to = i + 1;
                while (from > 0 && s.charAt(from - 1) == ' ') {
                    from--;
                }
                while (to < s.length() && s.charAt(to) == ' ') {
                    to++;
                }
                t = t.replace(from, to, " \u2013 ");
                s = t.text();
                i = from;
            }
            return t;
        }

        /** Works on one section; returns its type, for the next part of a section too long to hold at once. */
        private SectionType section(AnalyzedBlock heading, List<AnalyzedBlock> body, SectionType carried) {
            if (heading == null && body.isEmpty()) {
                return carried;
            }
            SectionType type = carried != null ? carried : type(heading, body);
            boolean named = heading != null && sections.classify(heading.text().text()) != null;
            if (heading != null) {
                unused(heading.block(), "heading of a " + type.wireName() + " section");
            }
            int article = heading != null
                    ? heading.block().article()
                    : body.get(0).block().article();
            if (article != lastArticle) {
                lastArticle = article;
                sectionsInArticle = 0;
            }
            boolean titled = heading == null
                    || heading.block().startLine() == 1
                    || sectionsInArticle == 0 && heading.block().startLine() <= 2;
            boolean ledeOpen = sectionsInArticle++ == 0 && titled && carried == null;
            Draft answered = heading == null ? null : questionAnsweredNo(heading, body);
            int answerSentences =
                    answered == null ? 0 : Math.min(2, body.get(0).sentences().size());
            if (answered != null && answerSentences == body.get(0).sentences().size()) {
                unused(body.get(0).block(), "answer \"no\" to the question: the practice it asks about is unsafe");
                body = body.subList(1, body.size());
                answered = null;
                answerSentences = 0;
            }
            SectionType listType = null;
            Draft foodList = null;
            List<Draft> listDrafts = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                AnalyzedBlock b = body.get(i);
                switch (b.block().kind()) {
                    case CAPTION -> unused(b.block(), "figure caption or table rule");
                    case CONTENTS -> unused(b.block(), "table of contents entry");
                    case HEADING -> unused(b.block(), "heading");
                    case LEAD_IN -> {
                        foodList = foodSource(b, true);
                        listType = foodList != null ? null : leadIn(b, type);
                        listDrafts.clear();
                        lists++;
                    }
                    case TABLE_ROW -> {
                        if (i == 0 || body.get(i - 1).block().kind() != BlockKind.TABLE_ROW) {
                            listType = leadIn(b, type);
                            listDrafts.clear();
                            lists++;
                            continue;
                        }
                        Draft d = listItem(b, listType != null ? listType : type);
                        if (d != null) {
                            listDrafts.add(d);
                        }
                    }
                    case BULLET, NUMBERED, NUMBERED_PARAGRAPH -> {
                        if (foodList != null && b.sentences().size() == 1 && wordCount(b) <= 8) {
                            foodList.foods.add(trimPunctuation(b.text().text()));
                            foodList.provenance.add(b.provenance());
                            continue;
                        }
                        foodList = null;
                        Draft last = listDrafts.isEmpty() ? null : listDrafts.get(listDrafts.size() - 1);
                        if (last != null && continuesBrokenItem(last, b)) {
                            for (int s = 0; s < b.sentences().size(); s++) {
                                addSentence(last, b, s);
                            }
                            last.provenance.add(b.provenance());
                            out.defects.add(new ImportReport.Defect(
                                    b.block().document(),
                                    b.block().startLine(),
                                    "broken-list-item",
                                    "a list item broken in two (the one before ends in '" + lastWord(last)
                                            + "'); joined",
                                    b.block().content().strip(),
                                    null));
                            continue;
                        }
                        Draft d = listItem(b, listType != null ? listType : type);
                        if (d != null) {
                            listDrafts.add(d);
                        }
                    }
                    default -> {
                        foodList = null;
                        lists++;
                        if (!noteOnList(b, listDrafts)) {
                            paragraph(
                                    b,
                                    named || !prose || type == SectionType.WARNINGS ? type : paragraphType(b, type),
                                    ledeOpen && i == 0 && b.sentences().size() <= LEDE_SENTENCES,
                                    i == 0 ? answerSentences : 0,
                                    i == 0 ? answered : null);
                        }
                        listDrafts.clear();
                        boolean listFollows =
                                i + 1 < body.size() && body.get(i + 1).isListItem();
                        listType = listFollows ? listType(b, type) : null;
                    }
                }
            }
            return type;
        }

        /** A list item that goes on with the one before it: that one ends in a conjunction, this one is lower case. */
        private boolean continuesBrokenItem(Draft last, AnalyzedBlock b) {
            String text = b.text().text();
            return !text.isEmpty()
                    && Character.isLowerCase(text.charAt(0))
                    && !last.sentences.isEmpty()
                    && rules.danglingEndWords.contains(lastWord(last));
        }

        private static String lastWord(Draft d) {
            String t = trimPunctuation(d.sentences.get(d.sentences.size() - 1));
            int space = t.lastIndexOf(' ');
            return t.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        }

        /** The type of a list a paragraph introduces without a colon: causes, when it names them. */
        private SectionType listType(AnalyzedBlock b, SectionType section) {
            for (Sentence s : b.sentences()) {
                for (Token t : s.tokens()) {
                    if (t.is(Pos.NOUN) && profile.causeNouns.contains(t.lemma())) {
                        return SectionType.CAUSES;
                    }
                }
            }
            return null;
        }

        /**
         * A paragraph right after a list that speaks of the list's items ("Any of these recipes only after the
         * doctor's permission"): its stance applies to the items (all of them, or those it names); it is kept as
         * a warning sign. Returns false when the paragraph is no such note.
         */
        private boolean noteOnList(AnalyzedBlock b, List<Draft> items) {
            if (items.isEmpty() || b.clauses().isEmpty() || b.clauses().get(0).isEmpty()) {
                return false;
            }
            Clause first = b.clauses().get(0).get(0);
            boolean refersBack = false;
            for (int k = first.from(); k < Math.min(first.to(), first.from() + 4); k++) {
                refersBack |=
                        profile.anaphora.contains(first.sentence().token(k).lower());
            }
            java.util.Set<Clause.Stance> stance = java.util.EnumSet.noneOf(Clause.Stance.class);
            for (List<Clause> sentence : b.clauses()) {
                for (Clause c : sentence) {
                    stance.addAll(c.stance());
                }
            }
            stance.remove(Clause.Stance.PROHIBITION);
            if (!refersBack || stance.isEmpty() || b.sentences().size() > 2) {
                return false;
            }
            for (List<Clause> sentence : b.clauses()) {
                for (Clause c : sentence) {
                    java.util.Set<String> named = new java.util.HashSet<>();
                    for (Token t : c.tokens()) {
                        if (t.is(Pos.NOUN)) {
                            named.add(t.lemma());
                        }
                    }
                    for (Draft d : items) {
                        if (d.type != ItemType.REMEDY) {
                            continue;
                        }
                        boolean all = c.has(Clause.Stance.DOCTOR_ONLY) && c == first;
                        boolean names = !java.util.Collections.disjoint(named, d.words);
                        if (all || names && c.has(Clause.Stance.UNSAFE)) {
                            for (Clause.Stance st : c.stance()) {
                                if (st != Clause.Stance.PROHIBITION) {
                                    d.stance.add(st);
                                    d.warnings.putIfAbsent(st, b.text(c));
                                }
                            }
                        }
                    }
                }
            }
            Draft note = newDraft(ItemType.WARNING_SIGN, SectionType.WARNINGS, b, List.of(first));
            for (int s = 0; s < b.sentences().size(); s++) {
                addSentence(note, b, s);
            }
            note.provenance.add(b.provenance());
            return true;
        }

        /** A section's type: named by its heading, else read from the heading's and the first sentences' grammar. */
        private SectionType type(AnalyzedBlock heading, List<AnalyzedBlock> body) {
            if (heading == null) {
                return SectionType.NONE;
            }
            SectionType named = sections.classify(heading.text().text());
            if (named != null) {
                return named;
            }
            Clause asked = firstClause(heading);
            boolean conditionQuestion = asked != null
                    && asked.mood() == Clause.Mood.QUESTION
                    && profile.conditionWords.contains(
                            asked.sentence().token(asked.from()).lower());
            List<AnalyzedBlock> look = new ArrayList<>();
            look.add(heading);
            for (AnalyzedBlock b : body) {
                if (look.size() > 6) {
                    break;
                }
                if (b.block().kind() != BlockKind.CONTENTS) {
                    look.add(b);
                }
            }
            return vote(look, conditionQuestion);
        }

        /**
         * The type of a paragraph of a document written as prose, with no headings but its title: what its
         * opening question names ("What helps?"), else what most of its clauses do (exercises, when its first
         * sentence names them as a heading would); the section's type when they do neither. Under headings,
         * paragraphs take their section's type.
         */
        private SectionType paragraphType(AnalyzedBlock b, SectionType section) {
            Clause first = firstClause(b);
            if (first != null && first.mood() == Clause.Mood.QUESTION) {
                SectionType asked = sections.classify(b.text(first));
                if (asked != null) {
                    return asked;
                }
            }
            int advice = 0;
            int causes = 0;
            for (List<Clause> sentence : b.clauses()) {
                for (Clause c : sentence) {
                    if (c.mood() == Clause.Mood.IMPERATIVE || c.mood() == Clause.Mood.RECOMMENDATION) {
                        advice++;
                    } else if (c.causal() != null || c.mood() == Clause.Mood.STATEMENT && announcesCauses(c)) {
                        causes++;
                    }
                }
            }
            if (advice > causes) {
                boolean exercises = !b.sentences().isEmpty()
                        && sections.classify(b.text(b.sentences().get(0))) == SectionType.EXERCISES;
                return exercises ? SectionType.EXERCISES : SectionType.ADVICE;
            }
            return causes > advice ? SectionType.CAUSES : section;
        }

        /** Advice, causes or neither: what most of the first clauses of these blocks give. */
        private SectionType vote(List<AnalyzedBlock> look, boolean conditionQuestion) {
            int advice = 0;
            int causes = 0;
            int statements = 0;
            int seen = 0;
            for (AnalyzedBlock b : look) {
                for (List<Clause> sentence : b.clauses()) {
                    for (Clause c : sentence) {
                        if (seen++ >= 12) {
                            break;
                        }
                        if (c.mood() == Clause.Mood.QUESTION) {
                            continue;
                        }
                        if (c.isAdvice() || c.has(Clause.Stance.UNSAFE) || c.has(Clause.Stance.DOCTOR_ONLY)) {
                            advice++;
                        } else if (strongCause(c)) {
                            causes++;
                        } else {
                            statements++;
                        }
                    }
                }
            }
            if (conditionQuestion && advice <= statements) {
                return SectionType.WARNINGS;
            }
            if (advice > 0 && advice >= causes) {
                return SectionType.ADVICE;
            }
            if (causes > 0) {
                return SectionType.CAUSES;
            }
            return SectionType.NONE;
        }

        private SectionType leadIn(AnalyzedBlock b, SectionType section) {
            SectionType named = sections.classify(b.text().text());
            if (named != null) {
                unused(b.block(), "lead-in introducing a " + named.wireName() + " list");
                return named;
            }
            Clause last = lastClause(b);
            SectionType type = section;
            if (last != null && strongCause(last)) {
                type = SectionType.CAUSES;
            } else if (last != null
                    && last.isAdvice()
                    && !section.isRemedySection()
                    && section != SectionType.EXERCISES) {
                type = SectionType.ADVICE;
            }
            if (b.sentences().size() > 1 || wordCount(b) > rules.maxHeadingWords) {
                paragraph(b, section, false);
            } else {
                unused(b.block(), "lead-in introducing a " + type.wireName() + " list");
            }
            return type;
        }

        private Draft listItem(AnalyzedBlock b, SectionType context) {
            String t = b.text().text();
            if (foodSource(b, false) != null) {
                return null;
            }
            DefectDetector.Fragment fragment = defects.fragment(t);
            if (fragment == DefectDetector.Fragment.MEANINGLESS) {
                out.defects.add(new ImportReport.Defect(
                        b.block().document(),
                        b.block().startLine(),
                        "fragment",
                        "list item is a fragment with no meaning left; dropped",
                        b.block().content().strip(),
                        null));
                unused(b.block(), "fragment: broken text with no meaning left");
                return null;
            }
            Clause first = firstClause(b);
            if (first == null) {
                unused(b.block(), "list item with no words");
                return null;
            }
            if (b.block().kind() == BlockKind.NUMBERED_PARAGRAPH
                    && context.isRemedySection()
                    && imperativeSentences(b) > 1) {
                paragraph(b, context, false, 0);
                return null;
            }
            if (isLabelled(b) && b.sentences().size() > 1) {
                Provenance label = b.provenance(b.sentences().get(0).span());
                out.unused.add(new ImportReport.UnusedBlock(
                        label.document(),
                        label.startLine(),
                        label.endLine(),
                        "label of a numbered paragraph in a " + context.wireName() + " list",
                        label.text()));
                paragraph(b, context, false, 1);
                return null;
            }
            ItemType type = listItemType(b, context);
            if (type == null) {
                unused(
                        b.block(),
                        "list item with no cause, advice or exercise in a " + context.wireName() + " section");
                return null;
            }
            Draft d = newDraft(type, context, b, b.clauses().get(0));
            for (int s = 0; s < b.sentences().size(); s++) {
                addSentence(d, b, s);
            }
            d.provenance.clear();
            d.provenance.add(b.provenance());
            d.list = b.block().kind() == BlockKind.NUMBERED_PARAGRAPH ? 0 : lists;
            if (fragment == DefectDetector.Fragment.KEPT) {
                d.flagged = true;
                out.defects.add(new ImportReport.Defect(
                        b.block().document(),
                        b.block().startLine(),
                        "fragment",
                        "list item is a fragment; kept because it still names something, flagged for review",
                        b.block().content().strip(),
                        null));
            }
            dangling(b, d);
            return d;
        }

        private ItemType listItemType(AnalyzedBlock b, SectionType context) {
            boolean advice = false;
            boolean causal = false;
            boolean dosage = false;
            for (List<Clause> sentence : b.clauses()) {
                for (Clause c : sentence) {
                    advice |= c.isAdvice();
                    causal |= strongCause(c) && !c.anaphoric();
                }
            }
            dosage = !dosages.find(b.text().text()).isEmpty();
            return switch (context) {
                case CAUSES -> ItemType.CAUSE;
                case WARNINGS -> ItemType.WARNING_SIGN;
                case EXERCISES -> advice || dosage || !warns(b) ? ItemType.EXERCISE : ItemType.WARNING_SIGN;
                case SPECIALISTS, NONE -> advice ? ItemType.REMEDY : causal ? ItemType.CAUSE : null;
                default -> isExercise(b) ? ItemType.EXERCISE : ItemType.REMEDY;
            };
        }

        /** Whether a block limits or forbids something ("not done until the doctor allows"). */
        private boolean warns(AnalyzedBlock b) {
            for (List<Clause> sentence : b.clauses()) {
                for (Clause c : sentence) {
                    if (!c.stance().isEmpty() || c.negated()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** An imperative procedure that names an exercise or counts repetitions of a movement. */
        private boolean isExercise(AnalyzedBlock b) {
            Words words = Words.of(b.text().text());
            if (!rules.exerciseCues.matches(words)) {
                return false;
            }
            for (List<Clause> sentence : b.clauses()) {
                for (Clause c : sentence) {
                    if (c.mood() == Clause.Mood.IMPERATIVE) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * A question heading asking whether something may be done ("Is it possible to X?"), answered with "No": the
         * practice it names becomes a remedy the text warns against, its reason the answer. Returns that remedy, or
         * null when the heading is no such question.
         */
        private Draft questionAnsweredNo(AnalyzedBlock heading, List<AnalyzedBlock> body) {
            Clause asked = firstClause(heading);
            if (asked == null
                    || asked.mood() != Clause.Mood.QUESTION
                    || body.isEmpty()
                    || body.get(0).block().kind() != BlockKind.PARAGRAPH) {
                return null;
            }
            AnalyzedBlock answer = body.get(0);
            Clause reply = firstClause(answer);
            if (reply == null || profile.answerNo.at(reply.sentence().tokens(), reply.from(), reply.to()) == null) {
                return null;
            }
            int verb = -1;
            for (int k = asked.from(); k < asked.to(); k++) {
                Token t = asked.sentence().token(k);
                if (t.is(Pos.VERB) && t.isBaseForm()) {
                    verb = k;
                    break;
                }
            }
            if (verb < 0) {
                return null;
            }
            Draft d = new Draft(
                    ItemType.REMEDY,
                    SectionType.ADVICE,
                    titles.phrase(heading.text().text(), asked.sentence().tokens(), verb, asked.to()),
                    index,
                    heading.block().startLine());
            head(d, asked);
            d.sentences.add(heading.text(asked.sentence().span(verb, asked.to())));
            d.provenance.add(heading.provenance());
            for (int s = 0; s < Math.min(2, answer.sentences().size()); s++) {
                Sentence sentence = answer.sentences().get(s);
                d.sentences.add(answer.text(sentence));
                d.provenance.add(answer.provenance(sentence.span()));
            }
            d.warnings.put(Clause.Stance.UNSAFE, answer.text(answer.sentences().get(0)));
            d.stance.add(Clause.Stance.UNSAFE);
            for (Token t : asked.tokens()) {
                if (t.pos().isContent() && !profile.isFunctionWord(t) && t.isWord()) {
                    d.lemmas.add(t.lemma());
                }
            }
            out.drafts.add(d);
            return d;
        }

        private static int imperativeSentences(AnalyzedBlock b) {
            int n = 0;
            for (List<Clause> sentence : b.clauses()) {
                if (!sentence.isEmpty() && sentence.get(0).mood() == Clause.Mood.IMPERATIVE) {
                    n++;
                }
            }
            return n;
        }

        /** A numbered paragraph opening with a label of a few verbless words ("2. Mechanical. The uterus ..."). */
        private boolean isLabelled(AnalyzedBlock b) {
            if (b.block().kind() != BlockKind.NUMBERED_PARAGRAPH
                    || b.sentences().isEmpty()) {
                return false;
            }
            Sentence label = b.sentences().get(0);
            int words = 0;
            for (Token t : label.tokens()) {
                if (t.pos().isVerbal()) {
                    return false;
                }
                words += t.isWord() ? 1 : 0;
            }
            return words <= 3;
        }

        private void paragraph(AnalyzedBlock b, SectionType section, boolean lede) {
            paragraph(b, section, lede, 0, null);
        }

        private void paragraph(AnalyzedBlock b, SectionType section, boolean lede, int from) {
            paragraph(b, section, lede, from, null);
        }

        /**
         * The item the block just before this one ended with, when this block opens by referring back to it
         * ("This will help relieve the spasm."); null otherwise.
         */
        private Draft previousBlockDraft(AnalyzedBlock b) {
            Clause first = firstClause(b);
            if (first == null || !first.anaphoric() || out.drafts.isEmpty()) {
                return null;
            }
            Draft last = out.drafts.get(out.drafts.size() - 1);
            boolean adjacent = last.documentIndex == index
                    && !last.provenance.isEmpty()
                    && b.block().startLine()
                                    - last.provenance
                                            .get(last.provenance.size() - 1)
                                            .endLine()
                            <= 2;
            return adjacent && last.type != ItemType.SPECIALIST && last.type != ItemType.NUTRIENT_SOURCE ? last : null;
        }

        /**
         * Turns the clauses of sentences {@code from} on of a paragraph into items; {@code answered}, when not
         * null, is the item the sentences before them made, which the rest may go on with.
         */
        private void paragraph(AnalyzedBlock b, SectionType section, boolean lede, int from, Draft answered) {
            if (b.sentences().size() == 1 && foodSource(b, false) != null) {
                return;
            }
            Draft open = answered != null ? answered : previousBlockDraft(b);
            List<Clause> pending = new ArrayList<>();
            boolean usedAny = false;
            for (int s = from; s < b.clauses().size(); s++) {
                List<Clause> sentence = b.clauses().get(s);
                Draft procedure = null;
                for (int k = 0; k < sentence.size(); k++) {
                    Clause c = sentence.get(k);
                    specialists(b, c);
                    if (procedure != null && procedure != PROCEDURE_FOLLOWS && c.mood() == Clause.Mood.IMPERATIVE) {
                        add(procedure, b, c);
                        continue;
                    }
                    Role role = role(c, section, open, k > 0);
                    boolean introduces = introducesProcedure(sentence, k) && role != Role.CONTINUE;
                    if (introduces
                            && c.mood() == Clause.Mood.IMPERATIVE
                            && (role == Role.REMEDY || role == Role.EXERCISE)
                            && namesThing(c)) {
                        Draft d = newDraft(
                                role == Role.EXERCISE ? ItemType.EXERCISE : ItemType.REMEDY, section, b, List.of(c));
                        for (Clause before : pending) {
                            d.provenance.add(0, b.provenance(before.span()));
                        }
                        pending.clear();
                        add(d, b, c);
                        d.procedure = true;
                        procedure = d;
                        open = d;
                        usedAny = true;
                        continue;
                    }
                    if (introduces) {
                        pending.add(c);
                        open = null;
                        procedure = PROCEDURE_FOLLOWS;
                        continue;
                    }
                    if (lede
                            && role != Role.CONTINUE
                            && role != Role.RESTRICTION
                            && c.mood() != Clause.Mood.IMPERATIVE) {
                        role = Role.BACKGROUND;
                    }
                    switch (role) {
                        case CONTINUE -> {
                            add(open, b, c);
                            usedAny = true;
                        }
                        case RESTRICTION -> {
                            add(open, b, c);
                            open.stance.add(Clause.Stance.RESTRICTED);
                            open.warnings.putIfAbsent(Clause.Stance.RESTRICTED, b.text(c));
                            usedAny = true;
                        }
                        case BACKGROUND -> {
                            if (c.isAdvice() || strongCause(c) || k == 0 && sentence.size() == 1) {
                                unusedAll(b, pending);
                            }
                            if (section.isRemedySection()
                                    && open == null
                                    && !c.anaphoric()
                                    && c.mood() == Clause.Mood.STATEMENT
                                    && k == 0) {
                                pending.add(c);
                            } else {
                                unused(
                                        b,
                                        c,
                                        c.isAdvice()
                                                ? "advice that names no practice: to know something, to see a doctor, or advice as such"
                                                : section == SectionType.NONE
                                                        ? "background statement"
                                                        : "statement that is no cause, advice or exercise");
                            }
                            open = null;
                        }
                        case CAUSE -> {
                            List<Span> members = enumeratedCauses(c);
                            if (members.size() < 2) {
                                Draft d = newDraft(ItemType.CAUSE, section, b, List.of(c));
                                add(d, b, c);
                                open = d;
                            } else {
                                for (Span m : members) {
                                    open = enumeratedCause(section, b, c, m);
                                }
                            }
                            unusedAll(b, pending);
                            usedAny = true;
                        }
                        default -> {
                            ItemType type = switch (role) {
                                case CAUSE -> ItemType.CAUSE;
                                case EXERCISE -> ItemType.EXERCISE;
                                case WARNING -> ItemType.WARNING_SIGN;
                                default -> ItemType.REMEDY;
                            };
                            Draft d = newDraft(type, section, b, List.of(c));
                            if (type == ItemType.REMEDY || type == ItemType.EXERCISE) {
                                for (Clause lead : pending) {
                                    d.provenance.add(0, b.provenance(lead.span()));
                                }
                                pending.clear();
                            }
                            unusedAll(b, pending);
                            add(d, b, c);
                            open = d;
                            usedAny = true;
                            if (procedure == PROCEDURE_FOLLOWS && c.mood() == Clause.Mood.IMPERATIVE) {
                                procedure = d;
                                d.procedure = true;
                            }
                        }
                    }
                }
            }
            unusedAll(b, pending);
            if (!usedAny && b.clauses().isEmpty()) {
                unused(b.block(), "paragraph with no sentence");
            }
        }

        /** Reports the statements held back as a possible lead when nothing took them, and forgets them. */
        private void unusedAll(AnalyzedBlock b, List<Clause> pending) {
            for (Clause c : pending) {
                unused(b, c, "statement that is no cause, advice or exercise");
            }
            pending.clear();
        }

        /**
         * Whether the clause speaks only of advice as such ("general recommendations should be followed", "you can
         * turn to folk ways"): it names a piece of advice and nothing one takes or does.
         */
        private boolean onlyNamesAdvice(Clause c) {
            boolean advice = false;
            for (int k = c.head(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                advice |= t.is(Pos.NOUN) && profile.procedureNouns.contains(t.lemma());
            }
            return advice && !namesThing(c);
        }

        /** Whether the imperative names a thing of its own, not only what follows ("the following steps"). */
        private boolean namesThing(Clause c) {
            for (int k = c.head(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                if (t.is(Pos.NOUN) && !rules.isNoise(t.lemma()) && !profile.procedureNouns.contains(t.lemma())) {
                    return true;
                }
            }
            return false;
        }

        /** A clause closed by a colon and followed by an imperative: the lead of what follows, not an item. */
        private boolean introducesProcedure(List<Clause> sentence, int k) {
            if (k + 1 >= sentence.size()) {
                return false;
            }
            Clause c = sentence.get(k);
            Clause next = sentence.get(k + 1);
            return c.to() < c.sentence().size()
                    && c.sentence().token(c.to()).isPunctuation(':')
                    && next.isAdvice()
                    && next.from() == c.to() + 1;
        }

        /** Whether a colon stands right before the clause: it explains the one before it. */
        private static boolean afterColon(Clause c) {
            int k = c.from() - 1;
            while (k >= 0
                    && c.sentence().token(k).is(Pos.PUNCTUATION)
                    && !c.sentence().token(k).isPunctuation(':')) {
                k--;
            }
            return k >= 0 && c.sentence().token(k).isPunctuation(':');
        }

        /** What a clause of running text does, given the section and the item still open before it. */
        private Role role(Clause c, SectionType section, Draft open, boolean sameSentence) {
            if (c.mood() == Clause.Mood.QUESTION || c.authorial()) {
                return Role.BACKGROUND;
            }
            if (section == SectionType.CAUSES && out.clauses.praisesOnly(c) && !namesPractice(c)) {
                return role(c.withMood(Clause.Mood.STATEMENT), section, open, sameSentence);
            }
            if (open != null
                    && sameSentence
                    && afterColon(c)
                    && (open.stance.contains(Clause.Stance.UNSAFE) || open.stance.contains(Clause.Stance.HEARSAY))) {
                return Role.CONTINUE;
            }
            boolean causal = c.causal() != null && (!c.causal().weak() || section == SectionType.CAUSES);
            boolean background = rules.backgroundCues.matches(clauseText(c));
            boolean connective = c.anaphoric() && profile.connectives.contains(firstWord(c)) && c.isAdvice();
            if (open != null
                    && (c.anaphoric() && !connective
                            || sameSentence
                                    && !c.isAdvice()
                                    && !causal
                                    && !(section == SectionType.CAUSES
                                            && open.type == ItemType.CAUSE
                                            && ownSubject(c)
                                            && !sharesContent(c, open)
                                            && !afterColon(c)))) {
                return Role.CONTINUE;
            }
            if (open != null
                    && c.has(Clause.Stance.UNSAFE)
                    && c.mood() == Clause.Mood.STATEMENT
                    && sharesContent(c, open)
                    && !namesOtherPractice(c, open)) {
                return Role.CONTINUE;
            }
            if (open != null && open.type == ItemType.REMEDY && restricts(c, open)) {
                return Role.RESTRICTION;
            }
            if (open != null
                    && open.type == ItemType.EXERCISE
                    && !c.has(Clause.Stance.HEARSAY)
                    && !(c.has(Clause.Stance.UNSAFE) && !sharesContent(c, open))
                    && (c.mood() == Clause.Mood.STATEMENT
                            || c.mood() == Clause.Mood.IMPERATIVE
                                    && (!hasDosage(c) || continues(c) || !hasDosage(open)))) {
                return Role.CONTINUE;
            }
            if (section == SectionType.EXERCISES
                    && (c.isAdvice() || c.mood() == Clause.Mood.STATEMENT)
                    && aboutExercisesThemselves(c)) {
                return Role.BACKGROUND;
            }
            if (section == SectionType.EXERCISES
                    && c.mood() == Clause.Mood.IMPERATIVE
                    && c.negated()
                    && !hasDosage(c)) {
                return Role.WARNING;
            }
            if (background && !c.isAdvice()) {
                return Role.BACKGROUND;
            }
            if (c.isAdvice() && profile.cognitiveVerbs.contains(headVerbLemma(c))) {
                return Role.BACKGROUND;
            }
            if (c.isAdvice() && onlyRefers(c)) {
                return c.head() > c.from() || conditionAt(c) < c.to() ? Role.WARNING : Role.BACKGROUND;
            }
            boolean warningSign = isWarningSign(c)
                    || c.mood() == Clause.Mood.IMPERATIVE
                            && rules.warningCues.matches(clauseText(c))
                            && !namesPractice(c, c.head(), conditionAt(c));
            if (section == SectionType.WARNINGS) {
                return warningSign || !c.isAdvice() ? Role.WARNING : Role.REMEDY;
            }
            if (warningSign) {
                return Role.WARNING;
            }
            if (causal
                    && !c.anaphoric()
                    && c.mood() != Clause.Mood.IMPERATIVE
                    && !(c.isAdvice() && purpose(c))
                    && hasContentAgent(c)
                    && !section.isRemedySection()
                    && !(c.causal().agentFirst() && aboutTopic(c))) {
                return Role.CAUSE;
            }
            boolean warned = c.has(Clause.Stance.UNSAFE) || c.has(Clause.Stance.DOCTOR_ONLY);
            boolean practice = c.has(Clause.Stance.HEARSAY)
                    || (warned || section.isRemedySection() && !c.anaphoric() && c.causal() == null)
                            && (namesPractice(c)
                                    || warned && namesPractice(c, c.head(), subjectEnd(c, c.head()))
                                    || warned && peopleDo(c))
                            && section != SectionType.CAUSES;
            if ((c.isAdvice() || practice) && onlyNamesSpecialist(c)) {
                return Role.BACKGROUND;
            }
            if (c.mood() == Clause.Mood.RECOMMENDATION && onlyNamesAdvice(c)) {
                return Role.BACKGROUND;
            }
            if (c.isAdvice() || practice) {
                if (section == SectionType.EXERCISES && (c.mood() == Clause.Mood.IMPERATIVE || hasDosage(c))
                        || isExerciseClause(c)) {
                    return open != null && open.type == ItemType.EXERCISE && !hasDosage(c)
                            ? Role.CONTINUE
                            : Role.EXERCISE;
                }
                return Role.REMEDY;
            }
            if (section == SectionType.CAUSES
                    && !c.anaphoric()
                    && hasNoun(c)
                    && !announcesCauses(c)
                    && !personalSubject(c)
                    && !aboutTopic(c)
                    && !profile.cognitiveVerbs.contains(headVerbLemma(c))) {
                return Role.CAUSE;
            }
            if (open != null && open.type == ItemType.EXERCISE && hasDosage(c)) {
                return Role.CONTINUE;
            }
            return Role.BACKGROUND;
        }

        /** The lemma of the verb the clause advises (after "you need to", "it is better to"), or "". */
        private String headVerbLemma(Clause c) {
            List<Token> tokens = c.sentence().tokens();
            int from = c.head();
            for (int k = c.head(); k < c.to(); k++) {
                Phrases.Match m = profile.recommendationLeads.at(tokens, k, c.to());
                if (m != null) {
                    from = m.to();
                    break;
                }
            }
            for (int k = from; k < c.to(); k++) {
                if (tokens.get(k).is(Pos.VERB)) {
                    return tokens.get(k).lemma();
                }
            }
            return "";
        }

        /** Advice about a specialist and nothing one takes or does ("the participation of a phlebologist is needed"). */
        private boolean onlyNamesSpecialist(Clause c) {
            Words words = Words.of(clauseText(c));
            return rules.specialistCues.matches(words)
                    && !namesPractice(c, c.from(), c.to())
                    && c.mood() != Clause.Mood.IMPERATIVE;
        }

        /** Whether the clause's causal connective is negated: the purpose of advice ("so as not to provoke cramps"). */
        private boolean purpose(Clause c) {
            return negatedAt(c, c.causal().from());
        }

        /** Whether a negation stands in the three words before token {@code k} of the clause ("not to provoke"). */
        private boolean negatedAt(Clause c, int k) {
            for (int j = Math.max(c.from(), k - 3); j < k; j++) {
                if (profile.negations.contains(c.sentence().token(j).lower())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Advice only to see a doctor ("tell the doctor about it", "go to the gynecologist the same day"): a
         * referral, which the warning signs and specialists carry, not a practice of its own.
         */
        private boolean onlyRefers(Clause c) {
            if (!profile.referralVerbs.contains(headVerbLemma(c))) {
                return false;
            }
            List<Token> rest = new ArrayList<>();
            boolean doctor = false;
            for (Token t : c.sentence().tokens().subList(c.head(), c.to())) {
                if (profile.referralNouns.contains(t.lemma())) {
                    doctor = true;
                } else {
                    rest.add(t);
                }
            }
            if (namesPractice(Words.of(joined(rest)))) {
                return false;
            }
            return doctor || rules.specialistCues.matches(Words.of(clauseText(c)));
        }

        /** Whether the clause's subject names something one can take or do (a remedy-kind or safety cue). */
        private boolean namesPractice(Clause c) {
            int end = c.to();
            for (int k = c.head(); k < c.to(); k++) {
                if (c.sentence().token(k).pos().isVerbal()) {
                    end = k;
                    break;
                }
            }
            return namesPractice(c, c.head(), end);
        }

        /** Whether tokens {@code [from, to)} of the clause name a practice (a remedy-kind or safety cue). */
        private boolean namesPractice(Clause c, int from, int to) {
            return namesPractice(Words.of(joined(c.sentence().tokens().subList(from, Math.max(from, to)))));
        }

        private boolean namesPractice(Words words) {
            for (CueSet cues : rules.remedyKinds.values()) {
                if (cues.matches(words)) {
                    return true;
                }
            }
            for (ImportRules.SafetyRule rule : rules.safety) {
                if (rule.cues().matches(words)) {
                    return true;
                }
            }
            return false;
        }

        /** "Mechanical reasons are added", "Doctors argue about the causes": names causes without stating one. */
        private boolean announcesCauses(Clause c) {
            for (Token t : c.tokens()) {
                if (profile.causeNouns.contains(t.lemma())) {
                    return c.causal() == null;
                }
            }
            return false;
        }

        private boolean strongCause(Clause c) {
            return c.causal() != null && !c.causal().weak();
        }

        /** An imperative that goes on with the procedure before it ("Repeat 10 times", "Then return"). */
        private boolean continues(Clause c) {
            for (int k = c.head(); k < Math.min(c.to(), c.head() + 2); k++) {
                if (profile.continuation.contains(c.sentence().token(k).lemma())) {
                    return true;
                }
            }
            return false;
        }

        /** A condition with a call to see a doctor: "If the pain lasts a week, tell the doctor." */
        private boolean isWarningSign(Clause c) {
            if (c.head() == c.from()) {
                return false;
            }
            Token first = c.sentence().token(c.from());
            boolean conditional = first.is(Pos.SUBORDINATOR) || profile.conditionWords.contains(first.lower());
            return conditional && rules.warningCues.matches(clauseText(c));
        }

        /** An imperative in a sentence that names an exercise, or one that counts repetitions of a movement. */
        private boolean isExerciseClause(Clause c) {
            if (c.mood() != Clause.Mood.IMPERATIVE) {
                return false;
            }
            boolean named = rules.exerciseCues.matches(joined(c.sentence().tokens()));
            return named || rules.exerciseCues.matches(clauseText(c)) && hasDosage(c);
        }

        private boolean hasDosage(Draft d) {
            return !dosages.find(String.join(" ", d.sentences)).isEmpty();
        }

        /** Advice about the exercises of the section as a whole ("Do the exercises in an aired room"). */
        private boolean aboutExercisesThemselves(Clause c) {
            for (int k = c.head(); k < Math.min(c.to(), c.head() + 4); k++) {
                Token t = c.sentence().token(k);
                if (t.is(Pos.NOUN)) {
                    return rules.exerciseCues.matches(t.lower())
                            && (profile.isPlural(t) || c.mood() != Clause.Mood.IMPERATIVE);
                }
            }
            return false;
        }

        private boolean hasDosage(Clause c) {
            return !dosages.find(clauseText(c)).isEmpty();
        }

        /** Whether the cause side of the clause names a thing: "the many reasons that lead to cramps" names none. */
        private boolean hasContentAgent(Clause c) {
            Clause.Causal causal = c.causal();
            int from = causal.agentFirst() ? c.from() : causal.to();
            int to = causal.agentFirst() ? causal.from() : c.to();
            for (int k = from; k < to; k++) {
                Token t = c.sentence().token(k);
                if (t.is(Pos.NOUN)
                        && !topic.contains(rules.synonyms.getOrDefault(t.lemma(), t.lemma()))
                        && !profile.causeNouns.contains(t.lemma())) {
                    return true;
                }
            }
            return false;
        }

        private String firstWord(Clause c) {
            for (int k = c.from(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                if (t.isWord() && !t.is(Pos.COORDINATOR)) {
                    return t.lower();
                }
            }
            return "";
        }

        /** Whether the clause's main part opens with a subject of its own: a noun before its first verb. */
        private boolean ownSubject(Clause c) {
            for (int k = c.head(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                if (t.pos().isVerbal()) {
                    return false;
                }
                if (t.is(Pos.NOUN)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the clause's subject names a practice with a noun the draft does not have ("Vacuum massage ..."). */
        private boolean namesOtherPractice(Clause c, Draft d) {
            int end = subjectEnd(c, c.from());
            for (int k = c.from(); k < end; k++) {
                Token t = c.sentence().token(k);
                if (t.is(Pos.NOUN)
                        && !rules.isNoise(t.lemma())
                        && !d.words.contains(t.lower())
                        && !d.words.contains(t.lemma())) {
                    return namesPractice(c, c.from(), end);
                }
            }
            return false;
        }

        /** Where the subject starting at {@code from} ends: the first verb that is not a participle ("cupping"). */
        private int subjectEnd(Clause c, int from) {
            int k = from;
            while (k < c.to()
                    && !(c.sentence().token(k).pos().isVerbal()
                            && !profile.isParticiple(c.sentence().token(k)))) {
                k++;
            }
            return k;
        }

        /**
         * A prohibition of the draft's own action (its head verb or noun) with no object of its own, which limits where
         * or when it is done: "Massage the back gently ... Do not massage over a bruise".
         */
        private boolean restricts(Clause c, Draft d) {
            if (!(c.negated() || c.has(Clause.Stance.PROHIBITION) || c.has(Clause.Stance.UNSAFE))) {
                return false;
            }
            List<Token> tokens = c.sentence().tokens();
            for (int k = c.from(); k < c.to(); k++) {
                Token t = tokens.get(k);
                boolean bare = k + 1 == c.to()
                        || tokens.get(k + 1).pos() == Pos.PUNCTUATION
                        || tokens.get(k + 1).is(Pos.ADPOSITION);
                if (t.is(Pos.VERB)
                        && t.isBaseForm()
                        && bare
                        && (t.lemma().equals(d.headVerb) || d.headNouns.contains(t.lemma()))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the clause names a word of the draft's text (not a stop or domain word). */
        private boolean sharesContent(Clause c, Draft d) {
            for (Token t : c.tokens()) {
                boolean named = t.is(Pos.NOUN) || t.is(Pos.ADPOSITION) || t.is(Pos.OTHER);
                if (named
                        && t.isWord()
                        && t.lower().length() > 2
                        && !profile.functionWords.contains(t.lower())
                        && !rules.isNoise(t.lemma())
                        && (d.words.contains(t.lower()) || d.words.contains(t.lemma()))) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasNoun(Clause c) {
            for (Token t : c.tokens()) {
                if (t.is(Pos.NOUN)) {
                    return true;
                }
            }
            return false;
        }

        private String clauseText(Clause c) {
            return c.sentence().tokens().isEmpty() ? "" : joined(c.tokens());
        }

        private Draft newDraft(ItemType type, SectionType section, AnalyzedBlock b, List<Clause> head) {
            Clause first = head.isEmpty() ? null : head.get(0);
            String title = first == null ? trimPunctuation(b.text().text()) : titles.title(b, first, type);
            if (b.block().kind() == BlockKind.TABLE_ROW) {
                int cell = b.text().text().indexOf(" \u2013 ");
                title = titles.heading(
                        cell > 0 ? b.text().text().substring(0, cell) : b.text().text());
            }
            Draft d = new Draft(type, section, title, index, b.block().startLine());
            if (first != null) {
                head(d, first);
            }
            out.drafts.add(d);
            return d;
        }

        /**
         * The causes a causal clause lists after its connective ("caused by stress, poor posture and lack of
         * sleep"): the token spans of the conjuncts, each holding a noun; empty when it lists one cause or states
         * the cause before the connective.
         */
        private List<Span> enumeratedCauses(Clause c) {
            List<Span> out = new ArrayList<>();
            boolean verbless = c.causal() == null && isVerbless(c);
            if (!verbless && (c.causal() == null || c.causal().agentFirst())) {
                return out;
            }
            Sentence s = c.sentence();
            int first = verbless ? c.from() : c.causal().to();
            int start = first;
            int end = verbless || c.causal().from() >= c.head() ? c.to() : c.head();
            for (int k = start; k < end; k++) {
                Token t = s.token(k);
                boolean opensMember = k > start && s.token(k - 1).isPunctuation(',');
                boolean gerundMember = opensMember && profile.isParticiple(t);
                if (t.pos().isVerbal() && !gerundMember
                        || opensMember
                                && (profile.anaphora.contains(t.lower())
                                        || profile.dependentOpeners.contains(t.lower()))) {
                    end = k;
                }
            }
            int depth = 0;
            boolean noun = false;
            for (int k = start; k <= end; k++) {
                if (k < end && afterAside(s.tokens(), k, end) > k) {
                    k = afterAside(s.tokens(), k, end) - 1;
                    continue;
                }
                Token t = k < end ? s.token(k) : null;
                if (t != null && (t.isPunctuation('(') || t.isPunctuation('\u201C'))) {
                    depth++;
                } else if (t != null && (t.isPunctuation(')') || t.isPunctuation('\u201D')) && depth > 0) {
                    depth--;
                }
                boolean boundary = t == null
                        || depth == 0 && (t.isPunctuation(',') || t.isPunctuation(';') || profile.joinsList(t));
                if (boundary) {
                    if (noun) {
                        out.add(new Span(start, k));
                        start = k + 1;
                        noun = false;
                    } else if (t == null && !out.isEmpty()) {
                        Span last = out.remove(out.size() - 1);
                        out.add(new Span(last.start(), k));
                    }
                } else if (t.is(Pos.NOUN)
                        || profile.isParticiple(t) && k > 0 && s.token(k - 1).isPunctuation(',')) {
                    noun = true;
                }
            }
            boolean listed = false;
            for (int k = first; k < end && !listed; k++) {
                listed = s.token(k).isPunctuation(',');
            }
            return listed ? out : List.of();
        }

        /** Where the list goes on after an aside and its comma at {@code k} ("on the contrary,"), or {@code k}. */
        private int afterAside(List<Token> tokens, int k, int end) {
            Phrases.Match m = profile.asides.at(tokens, k, end);
            return m != null && m.to() < end && tokens.get(m.to()).isPunctuation(',') ? m.to() + 1 : k;
        }

        /** No verb but participles ("the habit of sitting"): a list of things, not a statement. */
        private boolean isVerbless(Clause c) {
            for (Token t : c.tokens()) {
                if (t.pos().isVerbal() && !profile.isParticiple(t)) {
                    return false;
                }
            }
            return true;
        }

        /** One cause of an enumeration: titled by its conjunct, described by the clause with only that conjunct. */
        private Draft enumeratedCause(SectionType section, AnalyzedBlock b, Clause c, Span member) {
            Sentence s = c.sentence();
            List<Token> tokens = s.tokens();
            int first = member.start();
            while (first < member.end()
                    && (tokens.get(first).is(Pos.COORDINATOR)
                            || tokens.get(first).is(Pos.PUNCTUATION)
                            || afterAside(tokens, first, member.end()) > first)) {
                first = Math.max(first + 1, afterAside(tokens, first, member.end()));
            }
            Draft d = new Draft(
                    ItemType.CAUSE,
                    section,
                    titles.phrase(b.text().text(), tokens, first, member.end()),
                    index,
                    b.block().startLine());
            String text = b.text().text();
            Span clause = c.span();
            Span listed = s.span(c.causal() == null ? c.from() : c.causal().to(), c.to());
            Span own = s.span(first, member.end());
            d.sentences.add(text.substring(clause.start(), listed.start())
                    + own.of(text)
                    + text.substring(Math.min(listed.end(), clause.end()), clause.end()));
            d.provenance.add(b.provenance(clause));
            for (int k = first; k < member.end(); k++) {
                Token t = tokens.get(k);
                if (t.is(Pos.NOUN) && !rules.isNoise(t.lemma()) && d.headNouns.size() < 3) {
                    noteSubject(d, tokens, first, k);
                    d.headNouns.add(t.lemma());
                }
            }
            note(
                    d,
                    b,
                    new Clause(
                            s,
                            first,
                            member.end(),
                            first,
                            Clause.Mood.STATEMENT,
                            false,
                            null,
                            java.util.EnumSet.noneOf(Clause.Stance.class),
                            false,
                            false));
            out.drafts.add(d);
            return d;
        }

        /**
         * Notes the verb and the nouns of the clause that opens the item: what merging compares first. The verb of
         * advice is what the reader does, so a verb after a preposition ("before sleep") is passed over there; the
         * verb of a causal connective ("can cause") says nothing about which cause it is, and a noun of the
         * document's topic ("the knee" in an article on knee pain) tells no two of its items apart.
         */
        private void head(Draft d, Clause c) {
            for (int k = c.head(); k < c.to(); k++) {
                Token t = c.sentence().token(k);
                Token before = k > c.head() ? c.sentence().token(k - 1) : null;
                boolean governed = d.type != ItemType.CAUSE
                        && before != null
                        && (before.is(Pos.ADPOSITION) || before.is(Pos.SUBORDINATOR));
                boolean connective = d.type == ItemType.CAUSE
                        && c.causal() != null
                        && k >= c.causal().from()
                        && k < c.causal().to();
                if (t.is(Pos.VERB)
                        && !governed
                        && !connective
                        && d.headVerb == null
                        && !rules.isNoise(t.lemma())
                        && !profile.lightVerbs.contains(t.lemma())) {
                    d.headVerb = rules.synonyms.getOrDefault(t.lemma(), t.lemma());
                    d.negatedVerb = negatedAt(c, k);
                } else if (t.is(Pos.NOUN)
                        && !rules.isNoise(t.lemma())
                        && !topic.contains(rules.synonyms.getOrDefault(t.lemma(), t.lemma()))
                        && d.headNouns.size() < 3) {
                    noteSubject(d, c.sentence().tokens(), c.head(), k);
                    d.headNouns.add(rules.synonyms.getOrDefault(t.lemma(), t.lemma()));
                }
            }
        }

        /** Notes a cause's subject when the noun at {@code k} is its first: the noun and its modifiers. */
        private void noteSubject(Draft d, List<Token> tokens, int from, int k) {
            if (d.type != ItemType.CAUSE
                    || !d.headNouns.isEmpty()
                    || profile.causeNouns.contains(tokens.get(k).lemma())) {
                return;
            }
            int start = k;
            while (start > from
                    && (tokens.get(start - 1).is(Pos.ADJECTIVE)
                            || tokens.get(start - 1).is(Pos.NOUN))
                    && !profile.isParticiple(tokens.get(start - 1))) {
                start--;
            }
            StringBuilder subject = new StringBuilder();
            for (int j = start; j <= k; j++) {
                String lemma = tokens.get(j).lemma();
                subject.append(j > start ? " " : "").append(rules.synonyms.getOrDefault(lemma, lemma));
            }
            d.subject = subject.toString();
        }

        /** Adds a whole sentence of a list item to its draft. */
        private void addSentence(Draft d, AnalyzedBlock b, int s) {
            Sentence sentence = b.sentences().get(s);
            d.sentences.add(b.text(sentence));
            for (Clause c : b.clauses().get(s)) {
                note(d, b, c);
            }
        }

        private void add(Draft d, AnalyzedBlock b, Clause c) {
            d.sentences.add(b.text(c));
            d.provenance.add(b.provenance(c.span()));
            note(d, b, c);
        }

        private void note(Draft d, AnalyzedBlock b, Clause c) {
            d.stance.addAll(c.stance());
            for (Clause.Stance st : c.stance()) {
                d.warnings.putIfAbsent(st, b.text(c));
            }
            if (c.mood() == Clause.Mood.IMPERATIVE) {
                d.steps.add(b.text(c));
            }
            for (Token t : c.tokens()) {
                if (t.pos().isContent() && !profile.isFunctionWord(t) && t.isWord()) {
                    d.lemmas.add(t.lemma());
                }
                if (t.isWord() && !profile.functionWords.contains(t.lower())) {
                    d.words.add(t.lower());
                    d.words.add(t.lemma());
                }
            }
        }

        private void dangling(AnalyzedBlock b, Draft d) {
            for (Sentence s : b.sentences()) {
                String text = b.text(s);
                if (defects.isDangling(text)) {
                    Provenance p = b.provenance(s.span());
                    d.flagged = true;
                    out.defects.add(new ImportReport.Defect(
                            b.block().document(),
                            p.startLine(),
                            "dangling-sentence",
                            "sentence ends without its object; flagged for review",
                            p.text(),
                            null));
                }
            }
        }

        /** "Food sources of magnesium: rye bread, ..." (or such a lead-in before a list of foods). */
        private Draft foodSource(AnalyzedBlock b, boolean leadIn) {
            String t = b.text().text();
            int colon = t.indexOf(':');
            if (colon <= 0 || !rules.nutrientSourceCues.matches(t.substring(0, colon))) {
                return null;
            }
            String nutrient = nutrientKey(t.substring(0, colon));
            if (nutrient == null) {
                return null;
            }
            Draft d = new Draft(
                    ItemType.NUTRIENT_SOURCE,
                    SectionType.NUTRITION,
                    titles.heading(t.substring(0, colon)),
                    index,
                    b.block().startLine());
            d.nutrient = nutrient;
            if (!leadIn) {
                for (String food : t.substring(colon + 1).split(",| and ")) {
                    String f = trimPunctuation(food);
                    if (!f.isEmpty()) {
                        d.foods.add(f);
                    }
                }
            }
            d.sentences.add(t);
            d.provenance.add(b.provenance());
            out.drafts.add(d);
            return d;
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

        /** Adds the clause to the specialist drafts it names. */
        private void specialists(AnalyzedBlock b, Clause c) {
            Words words = Words.of(b.text(c));
            for (var e : rules.specialists.entrySet()) {
                if (e.getValue().matches(words)) {
                    Draft d = out.specialists.get(e.getKey());
                    Provenance p = b.provenance(c.span());
                    if (d == null) {
                        String name = e.getValue().cues().get(0).phrase().replace("*", "");
                        d = new Draft(
                                ItemType.SPECIALIST,
                                SectionType.SPECIALISTS,
                                titles.heading(name),
                                index,
                                p.startLine());
                        out.specialists.put(e.getKey(), d);
                        out.drafts.add(d);
                    }
                    d.provenance.add(p);
                }
            }
        }

        private void unused(Block block, String reason) {
            out.unused.add(new ImportReport.UnusedBlock(
                    block.document(),
                    block.startLine(),
                    block.endLine(),
                    reason,
                    block.source().strip()));
        }

        private void unused(AnalyzedBlock b, Clause c, String reason) {
            Provenance p = b.provenance(c.span());
            out.unused.add(new ImportReport.UnusedBlock(p.document(), p.startLine(), p.endLine(), reason, p.text()));
        }
    }

    /**
     * A title for a guide whose text has no heading (an article of prose only): its first sentence up to the
     * first comma, colon or dash when that is short enough to be a heading, else the document's file name.
     */
    private String untitled(String summary, String document) {
        if (summary != null) {
            String head = summary.split("[,:;\u2013\u2014]| - ", 2)[0];
            if (Words.of(head).size() <= rules.maxHeadingWords && Words.of(head).size() >= 2) {
                return titles.heading(head);
            }
        }
        String name = document.substring(document.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return titles.heading((dot > 0 ? name.substring(0, dot) : name)
                .replace('-', ' ')
                .replace('_', ' ')
                .strip());
    }

    private static Clause firstClause(AnalyzedBlock b) {
        for (List<Clause> sentence : b.clauses()) {
            if (!sentence.isEmpty()) {
                return sentence.get(0);
            }
        }
        return null;
    }

    private static Clause lastClause(AnalyzedBlock b) {
        for (int s = b.clauses().size() - 1; s >= 0; s--) {
            List<Clause> sentence = b.clauses().get(s);
            if (!sentence.isEmpty()) {
                return sentence.get(sentence.size() - 1);
            }
        }
        return null;
    }

    private static int wordCount(AnalyzedBlock b) {
        int n = 0;
        for (Sentence s : b.sentences()) {
            for (Token t : s.tokens()) {
                if (t.isWord()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String joined(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.form());
        }
        return sb.toString();
    }

    static String trimPunctuation(String t) {
        return trimEnd(t, ".;,:");
    }

    /** The text stripped, without any run of the given characters and white space at its end. */
    static String trimEnd(String t, String chars) {
        int end = t.length();
        while (end > 0 && (Character.isWhitespace(t.charAt(end - 1)) || chars.indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        return t.substring(0, end).strip();
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
