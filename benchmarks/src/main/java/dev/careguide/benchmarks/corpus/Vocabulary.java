package dev.careguide.benchmarks.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The words and sentence templates the generator builds articles from, read from a YAML file so that they can
 * be edited without touching Java. The default file is the {@code vocabulary.yaml} resource beside this type.
 */
public record Vocabulary(
        List<Topic> topics,
        List<Population> populations,
        List<Nutrient> nutrients,
        List<String> specialists,
        List<String> herbs,
        Map<String, List<String>> dosages,
        List<String> intro,
        List<Question> questions,
        Map<String, List<String>> headings,
        Map<String, List<String>> leads,
        List<Concept> causes,
        List<String> details,
        List<String> broken,
        List<Concept> firstAid,
        List<Concept> prevention,
        List<Concept> folk,
        List<Concept> exercises,
        List<String> doctor,
        List<String> warning,
        List<String> closing) {

    /** A complaint a guide is about: its id stem, the symptom, the muscle and the body part it affects. */
    public record Topic(String id, String symptom, String muscle, String bodyPart) {}

    /** Who the article addresses, as a phrase ("during pregnancy"), one person and a group. */
    public record Population(String id, String phrase, String person, String people) {}

    /** A nutrient and the foods that contain it. */
    public record Nutrient(String name, List<String> foods) {}

    /** A question heading and the paragraphs that may answer it. */
    public record Question(String heading, List<String> answers) {}

    /** One piece of advice or one cause, in several wordings; exercises also carry a figure caption. */
    public record Concept(String id, List<String> variants, String caption) {}

    /** The vocabulary shipped with the generator. */
    public static Vocabulary standard() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.yaml")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.yaml resource is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a vocabulary from YAML; unknown fields are an error so that typos do not pass silently. */
    public static Vocabulary read(InputStream yaml) throws IOException {
        ObjectMapper mapper =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(yaml, Vocabulary.class);
    }

    /** The templates of a keyed list ({@code headings}, {@code leads}, {@code dosages}), never empty. */
    static List<String> required(Map<String, List<String>> lists, String key) {
        List<String> values = lists.get(key);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("vocabulary has no entries for '" + key + "'");
        }
        return values;
    }
}
