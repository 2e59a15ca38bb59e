package dev.careguide.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole {@link Guide} and returns every problem at once, each with the JSON path it has in
 * {@code model.json}: ids that are duplicated or not valid for their type, blank titles and steps, negative
 * quantities and ranges with min &gt; max, bad provenance lines, remedies naming unknown specialists, a guide id
 * that is not kebab-case, a source locale that is not a well-formed BCP 47 tag, and text holding a lone
 * surrogate (half of a UTF-16 pair, which is no character and which JSON, YAML and CSV would each write
 * differently).
 */
public final class GuideValidator {

    /** Validates the guide; an empty list means it is valid. Problems come in document order. */
    public List<ValidationProblem> validate(Guide guide) {
        return new Run(guide).problems;
    }

    /** One validation of one guide. */
    private static final class Run {
        private final List<ValidationProblem> problems = new ArrayList<>();
        private final Map<String, String> firstPathOfId = new HashMap<>();
        private final Set<String> specialistIds = new HashSet<>();

        Run(Guide guide) {
            guide.specialists().forEach(s -> specialistIds.add(s.id()));
            String root = JsonPaths.ROOT;
            if (!ItemIds.isValidSlug(guide.id())) {
                problem(
                        JsonPaths.field(root, "id"),
                        "guide id '" + guide.id()
                                + "' is not kebab-case (lower-case ASCII letters and digits separated by '-', at most "
                                + ItemIds.MAX_LENGTH + " characters)");
            }
            checkLocale(JsonPaths.field(root, "sourceLocale"), guide.sourceLocale());
            checkTitle(JsonPaths.field(root, "title"), guide.title());
            each(guide.causes(), "causes", this::checkCause);
            each(guide.remedies(), "remedies", this::checkRemedy);
            each(guide.exercises(), "exercises", this::checkExercise);
            each(guide.specialists(), "specialists", this::checkItem);
            each(guide.nutrientSources(), "nutrientSources", this::checkNutrientSource);
            each(guide.warningSigns(), "warningSigns", this::checkItem);
            checkSurrogates(guide);
        }

        /** Streams the guide as JSON into nothing, looking at every string on the way (no tree is built). */
        private void checkSurrogates(Guide guide) {
            try (JsonGenerator sink = CanonicalJson.DECLARED
                    .mapper()
                    .getFactory()
                    .createGenerator(java.io.OutputStream.nullOutputStream())) {
                CanonicalJson.DECLARED
                        .mapper()
                        .writeValue(
                                new JsonGeneratorDelegate(sink, false) {
                                    @Override
                                    public void writeString(String text) throws java.io.IOException {
                                        super.writeString(text);
                                        int at = Utf8Text.loneSurrogate(text, 0);
                                        if (at >= 0) {
                                            problem(
                                                    path(getOutputContext()),
                                                    String.format(
                                                            "holds the lone surrogate U+%04X at "
                                                                    + "character %d, which is no character",
                                                            (int) text.charAt(at), at + 1));
                                        }
                                    }
                                },
                                guide);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static String path(JsonStreamContext context) {
            List<Object> segments = new ArrayList<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                segments.add(0, c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
            }
            return JsonPaths.of(segments);
        }

        private interface Check<T> {
            void check(String path, T value);
        }

        private <T> void each(List<T> list, String name, Check<T> check) {
            String listPath = JsonPaths.field(JsonPaths.ROOT, name);
            for (int i = 0; i < list.size(); i++) {
                String path = JsonPaths.index(listPath, i);
                T value = list.get(i);
                if (value == null) {
                    problem(path, "is null");
                } else {
                    check.check(path, value);
                }
            }
        }

        private void problem(String path, String message) {
            problems.add(new ValidationProblem(path, message));
        }

        private void checkLocale(String path, String tag) {
            if (tag.isBlank()) {
                problem(path, "source locale is empty; expected a BCP 47 tag such as 'ru' or 'en-US'");
                return;
            }
            try {
                new Locale.Builder().setLanguageTag(tag);
            } catch (IllformedLocaleException e) {
                problem(path, "source locale '" + tag + "' is not a well-formed BCP 47 tag: " + e.getMessage());
            }
        }

        private void checkTitle(String path, String title) {
            if (title == null || title.isBlank()) {
                problem(path, "title is blank");
            }
        }

        private void checkItem(String path, Item item) {
            String idPath = JsonPaths.field(path, "id");
            String id = item.id();
            if (id == null) {
                problem(idPath, "id is missing");
            } else {
                if (!ItemIds.isValid(id, item.type())) {
                    problem(
                            idPath,
                            "'" + id + "' is not a valid " + item.type().prefix() + " id (expected '"
                                    + item.type().prefix() + ".' followed by kebab-case ASCII, at most "
                                    + ItemIds.MAX_LENGTH
                                    + " characters)");
                }
                String first = firstPathOfId.putIfAbsent(id, idPath);
                if (first != null) {
                    problem(idPath, "duplicate id '" + id + "', already used at " + first);
                }
            }
            checkTitle(JsonPaths.field(path, "title"), item.title());
            List<Provenance> provenance = item.provenance();
            String provenancePath = JsonPaths.field(path, "provenance");
            for (int i = 0; i < provenance.size(); i++) {
                checkProvenance(JsonPaths.index(provenancePath, i), provenance.get(i));
            }
        }

        private void checkProvenance(String path, Provenance p) {
            if (p.document().isBlank()) {
                problem(JsonPaths.field(path, "document"), "document is blank");
            }
            if (p.startLine() < 1) {
                problem(
                        JsonPaths.field(path, "startLine"),
                        "startLine " + p.startLine() + " is not a line (lines start at 1)");
            }
            if (p.endLine() < p.startLine()) {
                problem(
                        JsonPaths.field(path, "endLine"),
                        "endLine " + p.endLine() + " is before startLine " + p.startLine());
            }
        }

        private void checkCause(String path, Cause cause) {
            checkItem(path, cause);
            if (cause.category() == null) {
                problem(JsonPaths.field(path, "category"), "category is missing");
            }
            checkWords(JsonPaths.field(path, "nutrients"), cause.nutrients(), "nutrient");
        }

        private void checkRemedy(String path, Remedy remedy) {
            checkItem(path, remedy);
            if (remedy.kind() == null) {
                problem(JsonPaths.field(path, "kind"), "kind is missing");
            }
            checkWords(JsonPaths.field(path, "steps"), remedy.steps(), "step");
            List<Quantity> quantities = remedy.quantities();
            String quantitiesPath = JsonPaths.field(path, "quantities");
            for (int i = 0; i < quantities.size(); i++) {
                checkQuantity(JsonPaths.index(quantitiesPath, i), quantities.get(i));
            }
            Safety safety = remedy.safety();
            if (safety.level() != SafetyLevel.OK
                    && (safety.reason() == null || safety.reason().isBlank())) {
                problem(
                        JsonPaths.field(JsonPaths.field(path, "safety"), "reason"),
                        "safety level '" + safety.level().wireName() + "' needs a reason");
            }
            List<String> specialists = remedy.specialists();
            String specialistsPath = JsonPaths.field(path, "specialists");
            for (int i = 0; i < specialists.size(); i++) {
                if (!specialistIds.contains(specialists.get(i))) {
                    problem(
                            JsonPaths.index(specialistsPath, i),
                            "'" + specialists.get(i) + "' names no specialist of this guide");
                }
            }
        }

        private void checkExercise(String path, Exercise exercise) {
            checkItem(path, exercise);
            checkWords(JsonPaths.field(path, "steps"), exercise.steps(), "step");
            String dosagePath = JsonPaths.field(path, "dosage");
            Dosage dosage = exercise.dosage();
            checkQuantity(JsonPaths.field(dosagePath, "repetitions"), dosage.repetitions());
            checkQuantity(JsonPaths.field(dosagePath, "sets"), dosage.sets());
            checkQuantity(JsonPaths.field(dosagePath, "timesPerDay"), dosage.timesPerDay());
            checkQuantity(JsonPaths.field(dosagePath, "duration"), dosage.duration());
            checkWords(JsonPaths.field(path, "targetMuscles"), exercise.targetMuscles(), "target muscle");
        }

        private void checkNutrientSource(String path, NutrientSource source) {
            checkItem(path, source);
            if (source.nutrient() == null || source.nutrient().isBlank()) {
                problem(JsonPaths.field(path, "nutrient"), "nutrient is blank");
            }
            checkWords(JsonPaths.field(path, "foods"), source.foods(), "food");
        }

        private void checkWords(String path, List<String> words, String what) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word == null || word.isBlank()) {
                    problem(JsonPaths.index(path, i), what + " is blank");
                }
            }
        }

        private void checkQuantity(String path, Quantity quantity) {
            if (quantity == null) {
                return;
            }
            boolean negative = false;
            if (quantity.min().signum() < 0) {
                problem(JsonPaths.field(path, "min"), "quantity " + plain(quantity.min()) + " is negative");
                negative = true;
            }
            if (quantity.max().signum() < 0) {
                problem(JsonPaths.field(path, "max"), "quantity " + plain(quantity.max()) + " is negative");
                negative = true;
            }
            if (!negative && quantity.min().compareTo(quantity.max()) > 0) {
                problem(
                        JsonPaths.field(path, "min"),
                        "range min " + plain(quantity.min()) + " is greater than max " + plain(quantity.max()));
            }
        }

        private static String plain(BigDecimal value) {
            return value.toPlainString();
        }
    }
}
