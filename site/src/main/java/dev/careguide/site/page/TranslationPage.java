package dev.careguide.site.page;

import java.util.List;

/**
 * What a translator has to do in one catalog: each string missing or stale with its source text, the previous
 * source text, the current translation, the check problems and the {@code file:line} to edit; then the check
 * problems of strings that are translated.
 *
 * @param subject the guide's title, or "UI messages"
 */
public record TranslationPage(
        String id,
        String subject,
        String locale,
        String direction,
        String catalog,
        Bar bar,
        List<Entry> todo,
        List<Entry> problems,
        List<Problem> fileProblems) {

    public TranslationPage {
        todo = List.copyOf(todo);
        problems = List.copyOf(problems);
        fileProblems = List.copyOf(fileProblems);
    }

    /**
     * One string: {@code state} is {@code missing}, {@code stale}, {@code fallback} or {@code translated};
     * {@code fallbackFrom} names the locale whose text the bundle shows instead.
     */
    public record Entry(
            String key,
            String state,
            String source,
            String previousSource,
            String translation,
            String fallbackFrom,
            String where,
            List<Problem> problems) {
        public Entry {
            problems = List.copyOf(problems);
        }
    }

    /** A check problem: severity, check code, message and {@code file:line:column}. */
    public record Problem(String severity, String code, String message, String where) {}
}
