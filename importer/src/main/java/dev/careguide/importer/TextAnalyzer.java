package dev.careguide.importer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Stage 4, analyze: splits cleaned text into sentences (ICU's sentence rules for the profile's locale) and each
 * sentence into tokens with word classes and lemmas (Apache OpenNLP models named by the {@link LanguageProfile}).
 *
 * <p>The models are loaded once per language and shared; the OpenNLP tools that use them are not thread-safe, so
 * an analyzer belongs to one import on one thread. A content word's lemma is computed from the word and its tag
 * alone (inside the profile's fixed frame for its word class) and remembered across imports: a pure function of
 * its key, so the cache cannot make output depend on the order guides are imported in.
 */
final class TextAnalyzer {

    /** A language's loaded models. */
    private record Models(TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {}

    private static final Map<String, Models> MODELS = new ConcurrentHashMap<>();
    private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_LEMMAS = 200_000;
    /** How many words are tagged again to decide whether a sentence opens with a verb. */
    private static final int PREFIX = 8;

    private final LanguageProfile profile;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final BreakIterator sentences;
    private double firstTagProbability;
    private final int tagCount;

    TextAnalyzer(LanguageProfile profile) {
        this.profile = profile;
        Models m = MODELS.computeIfAbsent(profile.language, l -> load(profile));
        this.tokenizer = new TokenizerME(m.tokens());
        this.tagger = new POSTaggerME(m.pos());
        this.tagCount = tagger.getAllPosTags().length;
        this.lemmatizer = new LemmatizerME(m.lemmas());
        this.sentences = BreakIterator.getSentenceInstance(new ULocale(profile.sentenceLocale));
    }

    LanguageProfile profile() {
        return profile;
    }

    /** The sentences of {@code text} with their tokens; spans are offsets in {@code text}. */
    List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : sentenceSpans(text)) {
            out.add(sentence(text, s));
        }
        return out;
    }

    /** One sentence: the tokens of {@code text} within {@code span}. */
    Sentence sentence(String text, Span span) {
        String s = span.of(text);
        opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(s);
        String[] forms = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            forms[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tag(visible(forms));
        if (mayOpenWithVerb(forms, tags)) {
            String[] lowered = lowerFirst(forms);
            String[] prefix = tag(lowered.length <= PREFIX ? lowered : java.util.Arrays.copyOf(lowered, PREFIX));
            double p = firstTagProbability;
            Pos next = profile.pos(prefix[1]);
            boolean subject = next == Pos.NOUN
                    && prefix.length > 2
                    && profile.pos(prefix[2]).isVerbal();
            if (profile.pos(prefix[0]) == Pos.VERB
                    && !subject
                    && (p >= 0.5
                            || p >= 0.3 && (next == Pos.DETERMINER || next == Pos.ADPOSITION || next == Pos.PRONOUN))) {
                String[] retagged = lowered.length <= PREFIX ? prefix : tag(lowered);
                if (!nominal(forms, retagged)) {
                    tags = retagged;
                }
            }
        }
        List<Token> tokens = new ArrayList<>(forms.length);
        for (int i = 0; i < forms.length; i++) {
            Pos pos = profile.pos(tags[i]);
            String lower = forms[i].toLowerCase(Locale.ROOT);
            tokens.add(new Token(
                    new Span(span.start() + spans[i].getStart(), span.start() + spans[i].getEnd()),
                    forms[i],
                    lower,
                    pos,
                    lemma(forms[i], lower, tags[i], pos)));
        }
        return new Sentence(span, tokens);
    }

    /**
     * Whether a sentence read with a verb first is a verbless "X – Y" statement ("Varicose veins – one of the most
     * frequent companions", "Thick blood and slow flow – the ideal conditions"): a noun right after the first word,
     * a dash, and no other verb anywhere.
     */
    private boolean nominal(String[] forms, String[] tags) {
        if (tags.length < 3 || profile.pos(tags[1]) != Pos.NOUN) {
            return false;
        }
        boolean dash = false;
        for (int i = 1; i < forms.length; i++) {
            dash |= forms[i].equals("\u2013") || forms[i].equals("\u2014");
            if (profile.pos(tags[i]).isVerbal()) {
                return false;
            }
        }
        return dash;
    }

    /**
     * Tags a sentence word by word, each tag the likeliest given the words around it and the tags before it: the
     * tagging model decoded greedily (a beam of one, where OpenNLP's default keeps three sequences), about twice as
     * fast with the same tags on the words the importer reads by. The benchmark's bare language pass tags the same
     * way. Remembers the first tag's probability for {@link #sentence}.
     */
    private String[] tag(String[] forms) {
        List<String> words = java.util.Arrays.asList(forms);
        List<String> tags = new ArrayList<>(forms.length);
        double[] probability = new double[tagCount];
        for (int i = 0; i < forms.length; i++) {
            tags.add(tagger.getOrderedTags(words, tags, i, probability)[0]);
            if (i == 0) {
                firstTagProbability = probability[0];
            }
        }
        return tags.toArray(String[]::new);
    }

    /**
     * Whether a sentence may open with a verb the tagger read as a noun or a name because of its capital ("Stand
     * on the floor", "Air the room"): a capitalized first word tagged as a noun, adjective, adverb or pronoun
     * and not followed by a verb. Such a sentence is tagged again with that word in lower case, and the verb
     * reading is taken when the tagger is sure enough of it and the word after it is not a subject's noun.
     */
    private boolean mayOpenWithVerb(String[] forms, String[] tags) {
        if (forms.length < 2
                || forms[0].length() < 2
                || !Character.isUpperCase(forms[0].charAt(0))
                || Character.isUpperCase(forms[0].charAt(1))) {
            return false;
        }
        return switch (profile.pos(tags[0])) {
            case NOUN, ADJECTIVE, ADVERB, AUXILIARY, PRONOUN, OTHER -> {
                Pos next = profile.pos(tags[1]);
                yield next != Pos.VERB && next != Pos.AUXILIARY && next != Pos.PUNCTUATION;
            }
            default -> false;
        };
    }

    /**
     * The words as the tagger should see them: without invisible format characters (bidirectional overrides,
     * zero-width joiners), which would otherwise make a word unknown and throw off the tags around it.
     */
    private static String[] visible(String[] forms) {
        String[] out = forms;
        for (int i = 0; i < forms.length; i++) {
            String f = forms[i];
            if (f.chars().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
                String stripped = f.codePoints()
                        .filter(c -> Character.getType(c) != Character.FORMAT)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
                if (out == forms) {
                    out = forms.clone();
                }
                out[i] = stripped.isEmpty() ? f : stripped;
            }
        }
        return out;
    }

    private static String[] lowerFirst(String[] forms) {
        String[] copy = forms.clone();
        copy[0] = forms[0].toLowerCase(Locale.ROOT);
        return copy;
    }

    /** Sentence spans of {@code text}, trimmed, by ICU's sentence rules. */
    List<Span> sentenceSpans(String text) {
        List<Span> out = new ArrayList<>();
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && (depth(text, previous) > 0 || Character.isLowerCase(text.charAt(s)))) {
                out.set(out.size() - 1, new Span(previous.start(), e));
            } else {
                out.add(new Span(s, e));
            }
        }
        return out;
    }

    /** Parentheses opened and not closed in the span: a break inside "(not hot!)" is no sentence end. */
    private static int depth(String text, Span span) {
        int depth = 0;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    private String lemma(String form, String lower, String tag, Pos pos) {
        if (!(pos == Pos.NOUN
                || pos == Pos.VERB
                || pos == Pos.AUXILIARY
                || pos == Pos.ADJECTIVE
                || pos == Pos.ADVERB)) {
            return lower;
        }
        String key = tag + ' ' + form;
        String known = LEMMAS.get(key);
        if (known != null) {
            return known;
        }
        LanguageProfile.LemmaFrame frame = profile.lemmaFrames.get(pos);
        String lemma;
        if (frame == null) {
            lemma = lemmatizer.lemmatize(new String[] {form}, new String[] {tag})[0];
        } else {
            String[] words = frame.words().clone();
            String[] tags = frame.tags().clone();
            words[frame.at()] = form;
            tags[frame.at()] = tag;
            lemma = lemmatizer.lemmatize(words, tags)[frame.at()];
        }
        int plus = lemma.indexOf('+');
        if (plus > 0) {
            lemma = lemma.substring(0, plus);
        }
        lemma = lemma.isEmpty() || lemma.equals("O") || lemma.equals("_") ? lower : lemma.toLowerCase(Locale.ROOT);
        if (LEMMAS.size() < MAX_REMEMBERED_LEMMAS) {
            LEMMAS.put(key, lemma);
        }
        return lemma;
    }

    private static Models load(LanguageProfile profile) {
        try {
            return new Models(
                    alphanumericFast(new TokenizerModel(model(profile, profile.tokenModel)), profile),
                    new POSModel(model(profile, profile.posModel)),
                    new LemmatizerModel(model(profile, profile.lemmaModel)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the OpenNLP models of " + profile.file + ": " + e, e);
        }
    }

    /**
     * The tokenizer model made to pass over plain words (those matching the profile's {@code alphanumeric}
     * pattern) without asking the model where to split them, as OpenNLP's alphanumeric optimization does: the
     * English model ships with it off, which makes tokenizing several times slower for the same tokens.
     */
    private static TokenizerModel alphanumericFast(TokenizerModel model, LanguageProfile profile) {
        if (profile.alphanumeric == null || model.useAlphaNumericOptimization()) {
            return model;
        }
        return new TokenizerModel(
                model.getMaxentModel(),
                Map.of(),
                new opennlp.tools.tokenize.TokenizerFactory(
                        profile.language, model.getAbbreviations(), true, profile.alphanumeric));
    }

    private static InputStream model(LanguageProfile profile, String name) {
        InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model '" + name + "' named by " + profile.file
                    + " is not on the class path (add its org.apache.opennlp:opennlp-models-* artifact)");
        }
        return in;
    }
}
