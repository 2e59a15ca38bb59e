package dev.careguide.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.YamlDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The grammar of one source language as data ({@code lang/<language>.yaml}): the tagging models, what their
 * part-of-speech tags mean, and the words and phrases of mood, negation, cause, stance and reference the
 * importer reads advice by. Chosen by the guide's source locale; immutable and shared.
 */
final class LanguageProfile {

    private static final Map<String, LanguageProfile> LOADED = new ConcurrentHashMap<>();
    private static final List<String> AVAILABLE = List.of("en");

    final String language;
    final String file;
    final String sentenceLocale;
    final String tokenModel;
    final String posModel;
    final String lemmaModel;
    /** Words the tokenizer passes over unsplit; null to let the model look at every character. */
    final java.util.regex.Pattern alphanumeric;

    final Map<String, Pos> tags;
    /** A frame per word class that a word is lemmatized in: words and tags, "_" standing for the word's own. */
    final Map<Pos, LemmaFrame> lemmaFrames;

    /** Words and tags around a word being lemmatized; {@code at} is where the word stands. */
    record LemmaFrame(String[] words, String[] tags, int at) {}

    final Set<String> functionWords;
    final Set<String> anaphora;
    final Set<String> connectives;
    final Phrases expletives;
    final Phrases leadingPhrases;
    final Phrases asides;
    final Set<String> dependentOpeners;
    final Phrases ellipticalAdvice;
    final Set<String> imperativeFillers;
    final Set<String> particles;
    final Set<String> lightVerbs;
    final Phrases negatedImperative;
    final Set<String> negations;
    final Phrases recommendationLeads;
    final Phrases modals;
    final Phrases weakModals;
    final Set<String> experienceVerbs;
    final Set<String> cognitiveVerbs;
    /** Verbs and nouns of seeing a doctor: "tell the doctor", "go to the gynecologist". */
    final Set<String> referralVerbs;

    final Set<String> referralNouns;
    final Phrases helps;
    /** Predicates of {@link #helps} that praise only with an object: "magnesium calms the nerves", not "the state improves". */
    final Phrases actsOn;

    final Phrases causesAgentFirst;
    final Phrases causesAgentAfter;
    final Phrases effects;
    final Set<String> causeNouns;
    final Phrases authorWords;
    final Phrases unsafe;
    final Phrases prohibition;
    final Phrases doctorOnly;
    final Phrases restricted;
    final Phrases hearsay;
    final Set<String> continuation;
    final Set<String> causatives;
    final Set<String> episodeNouns;
    final Set<String> procedureNouns;
    final Set<String> questionWords;
    final Set<String> conditionWords;
    final Set<String> infinitiveMarkers;
    /** "There" in "there appear knots": a subject, so the verb after it is no command. */
    final Set<String> existentialSubjects;

    final Set<String> nonFiniteLeads;
    final List<String> participleEndings;
    /** Endings of a past form ("planned"), and endings of base forms that look like one ("need"). */
    final List<String> pastEndings;

    final List<String> pastLookalikes;
    final String copula;
    final Set<String> listConjunctions;
    final List<String> pluralEndings;
    final Phrases answerYes;
    final Phrases answerNo;
    final int titleMaxWords;
    final String prohibitionTitle;

    private final List<Diagnostic> problems = new ArrayList<>();
    private final YamlDocument source;

    private LanguageProfile(YamlDocument doc) {
        this.source = doc;
        this.file = doc.file();
        JsonNode root = doc.root();
        language = text(root, "language");
        sentenceLocale = text(root, "sentenceLocale");
        JsonNode models = root.path("models");
        tokenModel = text(models, "tokens");
        posModel = text(models, "pos");
        lemmaModel = text(models, "lemmas");
        JsonNode plain = models.get("plainWords");
        java.util.regex.Pattern pattern = null;
        if (plain != null) {
            try {
                pattern = java.util.regex.Pattern.compile(plain.asText());
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.add(doc.error(
                        plain, "profile-bad-value", "plainWords is no regular expression: " + e.getDescription()));
            }
        }
        alphanumeric = pattern;
        tags = new HashMap<>();
        Map<String, Pos> classes = new HashMap<>();
        for (Pos p : Pos.values()) {
            classes.put(p.name().toLowerCase(Locale.ROOT), p);
        }
        classes.put("coordinator", Pos.COORDINATOR);
        for (Map.Entry<String, JsonNode> e : root.path("tags").properties()) {
            Pos p = classes.get(e.getKey());
            if (p == null) {
                problems.add(doc.error(
                        e.getValue(),
                        "profile-unknown-class",
                        "unknown word class '" + e.getKey() + "'; expected one of "
                                + classes.keySet().stream().sorted().toList()));
                continue;
            }
            for (String tag : strings(e.getValue(), false)) {
                tags.put(tag, p);
            }
        }
        lemmaFrames = new java.util.EnumMap<>(Pos.class);
        for (Map.Entry<String, JsonNode> e : root.path("lemmaFrames").properties()) {
            Pos p = classes.get(e.getKey());
            List<String> words = strings(e.getValue().get("words"), false);
            List<String> frameTags = strings(e.getValue().get("tags"), false);
            int at = words.indexOf("_");
            if (p == null || words.size() != frameTags.size() || at < 0 || !"_".equals(frameTags.get(at))) {
                problems.add(doc.error(
                        e.getValue(),
                        "profile-bad-value",
                        "a lemma frame needs a known word class, "
                                + "words and tags of the same length and '_' at the same place in both"));
                continue;
            }
            lemmaFrames.put(p, new LemmaFrame(words.toArray(String[]::new), frameTags.toArray(String[]::new), at));
        }
        functionWords = set(root.get("functionWords"));
        anaphora = set(root.get("anaphora"));
        connectives = set(root.get("connectives"));
        expletives = phrases(root.get("expletives"));
        leadingPhrases = phrases(root.get("leadingPhrases"));
        asides = phrases(root.get("asides"));
        dependentOpeners = set(root.get("dependentOpeners"));
        ellipticalAdvice = phrases(root.get("ellipticalAdvice"));
        imperativeFillers = set(root.get("imperativeFillers"));
        particles = set(root.get("particles"));
        lightVerbs = set(root.get("lightVerbs"));
        JsonNode negation = root.path("negation");
        negatedImperative = phrases(negation.get("imperative"));
        negations = set(negation.get("words"));
        JsonNode recommendation = root.path("recommendation");
        recommendationLeads = phrases(recommendation.get("leads"));
        modals = phrases(recommendation.get("modals"));
        weakModals = phrases(recommendation.get("weakModals"));
        experienceVerbs = set(recommendation.get("experienceVerbs"));
        cognitiveVerbs = set(recommendation.get("cognitiveVerbs"));
        referralVerbs = set(recommendation.path("referral").get("verbs"));
        referralNouns = set(recommendation.path("referral").get("nouns"));
        helps = phrases(recommendation.get("predicates"));
        actsOn = phrases(recommendation.get("actsOn"));
        JsonNode causal = root.path("causal");
        causesAgentFirst = phrases(causal.get("agentFirst"));
        causesAgentAfter = phrases(causal.get("agentAfter"));
        effects = phrases(causal.get("effects"));
        causeNouns = set(causal.get("nouns"));
        authorWords = phrases(root.get("authorWords"));
        JsonNode stance = root.path("stance");
        unsafe = phrases(stance.get("unsafe"));
        prohibition = phrases(stance.get("prohibition"));
        doctorOnly = phrases(stance.get("doctorOnly"));
        restricted = phrases(stance.get("restricted"));
        hearsay = phrases(stance.get("hearsay"));
        continuation = set(root.get("continuation"));
        causatives = set(root.get("causatives"));
        episodeNouns = set(root.get("episodeNouns"));
        procedureNouns = set(root.get("procedureNouns"));
        questionWords = set(root.get("questionWords"));
        conditionWords = set(root.get("conditionWords"));
        JsonNode forms = root.path("wordForms");
        infinitiveMarkers = set(forms.get("infinitiveMarkers"));
        existentialSubjects = set(forms.get("existentialSubjects"));
        nonFiniteLeads = set(forms.get("nonFiniteLeads"));
        participleEndings = List.copyOf(
                set(forms.get("participleEndings")).stream().sorted().toList());
        pastEndings =
                List.copyOf(set(forms.get("pastEndings")).stream().sorted().toList());
        pastLookalikes =
                List.copyOf(set(forms.get("pastLookalikes")).stream().sorted().toList());
        copula = text(forms, "copula");
        listConjunctions = set(forms.get("listConjunctions"));
        pluralEndings =
                List.copyOf(set(forms.get("pluralEndings")).stream().sorted().toList());
        answerYes = phrases(root.get("answerYes"));
        answerNo = phrases(root.get("answerNo"));
        JsonNode max = root.get("titleMaxWords");
        int words = 8;
        if (max != null) {
            try {
                words = Integer.parseInt(max.asText().strip());
            } catch (NumberFormatException e) {
                words = 0;
            }
            if (words < 3) {
                problems.add(doc.error(
                        max,
                        "profile-bad-value",
                        "titleMaxWords must be a whole number of at " + "least 3, not '" + max.asText() + "'"));
            }
        }
        titleMaxWords = words;
        prohibitionTitle = text(root, "prohibitionTitle");
        if (!prohibitionTitle.contains("{0}")) {
            problems.add(doc.error(
                    root.get("prohibitionTitle"),
                    "profile-bad-value",
                    "prohibitionTitle must hold {0} where the verb phrase goes"));
        }
        if (tags.isEmpty()) {
            problems.add(doc.error(root, "profile-missing", "the profile maps no part-of-speech tags"));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
    }

    /** Whether a verb is a participle or gerund by its ending ("lying", "holding"): no finite verb of its own. */
    boolean isParticiple(Token t) {
        return t.pos().isVerbal() && endsWithAny(t.lower(), participleEndings);
    }

    /** Whether a word has the ending of a past form ("unplanned", "increased"), so no command opens with it. */
    boolean isPastForm(Token t) {
        return endsWithAny(t.lower(), pastEndings) && !endsWithAny(t.lower(), pastLookalikes);
    }

    /** Whether a token marks the infinitive after it ("to rest"). */
    boolean isInfinitiveMarker(Token t) {
        return infinitiveMarkers.contains(t.lower());
    }

    /** Whether the verb after this token is not finite ("to rest", "having rested"). */
    boolean leadsNonFinite(Token t) {
        return nonFiniteLeads.contains(t.lower());
    }

    /** Whether a token is a form of the copula ("is", "are", "be"). */
    boolean isCopula(Token t) {
        return t.lemma().equals(copula) || t.lower().equals(copula);
    }

    /** Whether a coordinator joins the members of a list ("and", "or"), not clauses ("but"). */
    boolean joinsList(Token t) {
        return t.is(Pos.COORDINATOR) && listConjunctions.contains(t.lower());
    }

    /** Whether a noun is written in the plural by its ending ("exercises"). */
    boolean isPlural(Token t) {
        return endsWithAny(t.lower(), pluralEndings);
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String e : endings) {
            if (word.length() > e.length() && word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The profile for a BCP 47 source locale's language, loaded once. */
    static LanguageProfile forLocale(String sourceLocale) {
        String language = Locale.forLanguageTag(sourceLocale).getLanguage();
        if (!AVAILABLE.contains(language)) {
            throw new DiagnosticException(Diagnostic.error(
                    "sourceLocale",
                    0,
                    0,
                    "no-language-profile",
                    "no language profile for '" + sourceLocale + "' (language '" + language + "'); available: "
                            + String.join(", ", AVAILABLE)));
        }
        return LOADED.computeIfAbsent(
                language,
                l -> parse(
                        YamlDocument.resource(LanguageProfile.class, "/dev/careguide/importer/lang/" + l + ".yaml")));
    }

    /** A profile read from a YAML document; every bad value is reported with its position. */
    static LanguageProfile parse(YamlDocument doc) {
        return new LanguageProfile(doc);
    }

    Pos pos(String tag) {
        Pos p = tags.get(tag);
        if (p != null) {
            return p;
        }
        int plus = tag.indexOf('+');
        return plus > 0 ? pos(tag.substring(0, plus)) : Pos.OTHER;
    }

    boolean isFunctionWord(Token t) {
        return switch (t.pos()) {
            case DETERMINER, ADPOSITION, COORDINATOR, SUBORDINATOR, PARTICLE, PRONOUN, AUXILIARY, PUNCTUATION -> true;
            default -> functionWords.contains(t.lower());
        };
    }

    private String text(JsonNode parent, String key) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            problems.add(source.error(n == null ? parent : n, "profile-missing", "'" + key + "' must be a text"));
            return "";
        }
        return n.asText();
    }

    private List<String> strings(JsonNode node) {
        return strings(node, true);
    }

    private List<String> strings(JsonNode node, boolean lowerCase) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            problems.add(source.error(node, "profile-bad-value", "expected a list of words or phrases"));
            return out;
        }
        for (JsonNode n : node) {
            if (!n.isTextual() || n.asText().isBlank()) {
                problems.add(source.error(n, "profile-bad-value", "expected a non-empty word or phrase"));
            } else {
                String text = n.asText().strip();
                out.add(lowerCase ? text.toLowerCase(Locale.ROOT) : text);
            }
        }
        return out;
    }

    private Set<String> set(JsonNode node) {
        return Set.copyOf(new HashSet<>(strings(node)));
    }

    private Phrases phrases(JsonNode node) {
        return new Phrases(strings(node));
    }

    @Override
    public String toString() {
        return "LanguageProfile[" + language + "]";
    }
}
