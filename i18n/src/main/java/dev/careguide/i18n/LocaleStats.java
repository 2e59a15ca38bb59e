package dev.careguide.i18n;

/**
 * Translation progress of one locale: source strings and their words in total, how many are translated
 * (current), of those how many a reviewer approved, how many are stale and missing, with their words, the
 * obsolete entries kept in the catalog and the share translated.
 */
public record LocaleStats(
        String locale,
        int strings,
        int words,
        int translated,
        int translatedWords,
        int reviewed,
        int stale,
        int staleWords,
        int missing,
        int missingWords,
        int obsolete) {

    /** Current translations as a share of all strings, 0–100 (100 when there is nothing to translate). */
    public double percentComplete() {
        return strings == 0 ? 100.0 : 100.0 * translated / strings;
    }

    /** The sum of two counts of the same locale (e.g. of two guides). */
    public LocaleStats plus(LocaleStats o) {
        return new LocaleStats(
                locale,
                strings + o.strings,
                words + o.words,
                translated + o.translated,
                translatedWords + o.translatedWords,
                reviewed + o.reviewed,
                stale + o.stale,
                staleWords + o.staleWords,
                missing + o.missing,
                missingWords + o.missingWords,
                obsolete + o.obsolete);
    }
}
