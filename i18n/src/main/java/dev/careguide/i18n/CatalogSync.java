package dev.careguide.i18n;

import com.ibm.icu.util.ULocale;
import dev.careguide.i18n.CatalogState.Record;
import dev.careguide.i18n.SyncResult.Change;
import dev.careguide.i18n.SyncResult.ChangeKind;
import dev.careguide.i18n.memory.TranslationMemory;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.FileTransaction;
import dev.careguide.model.Guide;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the catalogs of a guide (and the UI messages) in step with the source, like {@code msgmerge}: new keys
 * are added untranslated ({@code # key=}); a changed source keeps the translation and marks it {@code #, stale}
 * with the previous source text ({@code #|}), once, and removes the mark again when the source returns to the
 * text the translation was made for; a removed key moves with its translation to the obsolete section, deleted
 * only by purge. A new key gets a translation as a suggestion, marked stale, when an already translated key has
 * the same source text, or when its item continues an earlier item ({@link ItemLineage}: split off it, or the
 * same item under a new id) whose key of the same field or most alike text was translated. Strings of items the
 * bundle will not ship are marked {@code #, not shipped: <reason>}. Every untranslated or stale string of a guide
 * gets up to three suggestions from translation memory as {@code #?} comments (never as its translation): earlier
 * translations of similar sources in the same guide, the other guides synced with it and the project's imported
 * memory. Files are rewritten only when their bytes change, and as one {@link FileTransaction}: every new file is
 * staged first and they are moved into place only when all are ready, so a catalog that does not parse, a
 * read-only file or folder, a failed write or a killed process leaves every catalog and the sync state as they
 * were (a run killed while moving is finished by the next one).
 */
public final class CatalogSync {

    /** The flag on strings whose item the bundle leaves out, followed by the reason. */
    public static final String NOT_SHIPPED = "not shipped: ";

    /**
     * What the sync state records as the source a translation was made for when it was made for none known (a
     * suggestion, a restored or hand-marked stale entry): never equal to a real fingerprint, so such a mark stays
     * until the translator clears it.
     */
    static final String NO_SOURCE = "none";

    private final CatalogRules rules;
    private final TranslationMemory imported;
    private final ShippingPolicy shipping;

    public CatalogSync() {
        this(CatalogRules.defaults());
    }

    public CatalogSync(CatalogRules rules) {
        this(rules, TranslationMemory.empty(), ShippingPolicy.SHIP_ALL);
    }

    /** A sync whose suggestions also come from {@code imported} (the project's memory file). */
    public CatalogSync(CatalogRules rules, TranslationMemory imported) {
        this(rules, imported, ShippingPolicy.SHIP_ALL);
    }

    /** A sync that marks the strings of items {@code shipping} leaves out. */
    public CatalogSync(CatalogRules rules, ShippingPolicy shipping) {
        this(rules, TranslationMemory.empty(), shipping);
    }

    /** A sync with suggestions also from {@code imported}, marking the strings of items {@code shipping} leaves out. */
    public CatalogSync(CatalogRules rules, TranslationMemory imported, ShippingPolicy shipping) {
        this.rules = rules;
        this.imported = imported;
        this.shipping = shipping;
    }

    /** Syncs the guide's catalogs and the UI messages for the target locales (pseudo-locales are skipped). */
    public SyncResult sync(Guide guide, Path i18nDir, List<String> targetTags, boolean purge) {
        return inTransaction(
                i18nDir,
                t -> syncGuide(guide, i18nDir, targetTags, purge, null, Map.of(), t)
                        .plus(syncUi(i18nDir, targetTags, purge, t)));
    }

    /** Syncs several guides and the UI messages once; each guide's suggestions come from all of them. */
    public SyncResult sync(List<Guide> guides, Path i18nDir, List<String> targetTags, boolean purge) {
        return sync(guides, i18nDir, targetTags, purge, Map.of());
    }

    /**
     * Syncs several guides and the UI messages once; {@code formerIds} gives, per guide id, the items that
     * continue an earlier item under a new id (item id → former id), whose translations are offered.
     */
    public SyncResult sync(
            List<Guide> guides,
            Path i18nDir,
            List<String> targetTags,
            boolean purge,
            Map<String, Map<String, String>> formerIds) {
        TranslationMemory memory = memory(guides, i18nDir, targetTags);
        return inTransaction(i18nDir, t -> {
            SyncResult result = new SyncResult(List.of(), List.of(), List.of());
            for (Guide g : guides) {
                result = result.plus(
                        syncGuide(g, i18nDir, targetTags, purge, memory, formerIds.getOrDefault(g.id(), Map.of()), t));
            }
            return result.plus(syncUi(i18nDir, targetTags, purge, t));
        });
    }

    /** Syncs only the guide's catalogs, with suggestions from its own translations and the imported memory. */
    public SyncResult syncGuide(Guide guide, Path i18nDir, List<String> targetTags, boolean purge) {
        return syncGuide(guide, i18nDir, targetTags, purge, Map.of());
    }

    /** Syncs only the guide's catalogs, offering former items' translations (item id → former id). */
    public SyncResult syncGuide(
            Guide guide, Path i18nDir, List<String> targetTags, boolean purge, Map<String, String> formerIds) {
        return inTransaction(i18nDir, t -> syncGuide(guide, i18nDir, targetTags, purge, null, formerIds, t));
    }

    /** Runs a sync whose files are staged in one transaction, committed when the whole sync is done. */
    private static SyncResult inTransaction(Path i18nDir, Function<FileTransaction, SyncResult> sync) {
        try (FileTransaction transaction = FileTransaction.begin(i18nDir)) {
            SyncResult result = sync.apply(transaction);
            transaction.commit();
            return result;
        }
    }

    /** The imported memory and the translations of the guides' catalogs that are current for their sources. */
    private TranslationMemory memory(List<Guide> guides, Path i18nDir, List<String> targetTags) {
        TranslationMemory.Builder builder = TranslationMemory.builder().addAll(imported);
        List<String> tags = new ArrayList<>();
        for (String tag : targetTags) {
            if (Locales.problem(tag) == null && !Locales.isPseudo(tag)) {
                tags.add(Locales.canonical(tag));
            }
        }
        for (Guide g : guides) {
            if (!g.id().equals(CatalogPaths.UI)) {
                CatalogMemory.add(builder, i18nDir, g.id(), SourceStrings.of(g, rules), tags);
            }
        }
        return builder.build();
    }

    private SyncResult syncGuide(
            Guide guide,
            Path i18nDir,
            List<String> targetTags,
            boolean purge,
            TranslationMemory memory,
            Map<String, String> formerIds,
            FileTransaction transaction) {
        String sourceTag = Locales.canonical(guide.sourceLocale());
        List<String> header = List.of(
                "# Source strings of guide \"" + guide.id() + "\" (" + sourceTag + "), generated by careguide sync.",
                "# DO NOT EDIT: change the content and run sync; translators edit messages_<locale>.properties.");
        return new Folder(
                        CatalogPaths.guideFolder(i18nDir, guide.id()),
                        "guide \"" + guide.id() + "\"",
                        sourceTag,
                        SourceStrings.of(guide, rules, shipping),
                        header,
                        tag -> null,
                        guide.id(),
                        memory,
                        imported,
                        formerIds,
                        transaction)
                .sync(targets(targetTags, sourceTag), purge);
    }

    /** Syncs only the UI messages ({@code ui/}); new keys get the translations shipped with careguide. */
    public SyncResult syncUi(Path i18nDir, List<String> targetTags, boolean purge) {
        return inTransaction(i18nDir, t -> syncUi(i18nDir, targetTags, purge, t));
    }

    private SyncResult syncUi(Path i18nDir, List<String> targetTags, boolean purge, FileTransaction transaction) {
        String sourceTag = SourceStrings.uiSourceLocale();
        List<String> header = List.of(
                "# UI messages of careguide bundles in ICU MessageFormat (" + sourceTag
                        + "), generated by careguide sync.",
                "# DO NOT EDIT: translators edit messages_<locale>.properties.");
        return new Folder(
                        CatalogPaths.folder(i18nDir, CatalogPaths.UI),
                        "the UI messages",
                        sourceTag,
                        SourceStrings.ui(),
                        header,
                        SourceStrings::builtInUi,
                        null,
                        null,
                        null,
                        null,
                        transaction)
                .sync(targets(targetTags, sourceTag), purge);
    }

    private static List<String> targets(List<String> tags, String sourceTag) {
        List<String> out = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String tag : tags) {
            String problem = Locales.problem(tag);
            if (problem != null) {
                problems.add(Diagnostic.error("", 0, 0, "invalid-locale", problem));
                continue;
            }
            String c = Locales.canonical(tag);
            if (!Locales.isPseudo(c) && !c.equals(sourceTag) && !out.contains(c)) {
                out.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return out;
    }

    /** One folder of catalogs: a source file, one file per target locale and the state file. */
    private static final class Folder {
        final Path dir;
        final String what;
        final String sourceTag;
        final List<SourceString> sources;
        final Map<String, SourceString> sourceByKey = new LinkedHashMap<>();
        final List<String> sourceHeader;
        final Function<String, CatalogFile> seeds;
        final List<Path> written = new ArrayList<>();
        final List<Path> unchanged = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        /** Fingerprints of the source texts by key, computed once for every locale. */
        final Map<String, String> fingerprints = new HashMap<>();
        /**
         * The guide whose folder this is (null for the UI) and the memory its suggestions come from: given, or
         * (when null for a guide) made from {@code imported} and the folder's own catalogs once they are read.
         */
        final String guideId;

        TranslationMemory memory;
        final TranslationMemory imported;
        /** Where the rewritten files are staged until the whole sync is done. */
        final FileTransaction transaction;
        /** Item id → former item id as the import reports them; null for a folder without items (the UI). */
        final Map<String, String> formerIds;
        /** Item id → the earlier item whose translations it may borrow, found once for every locale. */
        Map<String, String> lineage = Map.of();

        Folder(
                Path dir,
                String what,
                String sourceTag,
                List<SourceString> sources,
                List<String> sourceHeader,
                Function<String, CatalogFile> seeds,
                String guideId,
                TranslationMemory memory,
                TranslationMemory imported,
                Map<String, String> formerIds,
                FileTransaction transaction) {
            this.dir = dir;
            this.transaction = transaction;
            this.guideId = guideId;
            this.memory = memory;
            this.imported = imported;
            this.what = what;
            this.sourceTag = sourceTag;
            this.sources = sources;
            this.sourceHeader = sourceHeader;
            this.seeds = seeds;
            this.formerIds = formerIds;
            sources.forEach(s -> sourceByKey.put(s.key(), s));
        }

        SyncResult sync(List<String> tags, boolean purge) {
            List<Diagnostic> problems = new ArrayList<>();
            Path sourcePath = CatalogPaths.source(dir);
            Map<String, String> oldSourceText = translations(read(sourcePath, sourceTag, problems));
            Map<String, CatalogFile> oldTargets = new LinkedHashMap<>();
            for (String tag : tags) {
                oldTargets.put(tag, read(CatalogPaths.target(dir, tag), tag, problems));
            }
            CatalogState state;
            try {
                state = CatalogState.read(dir);
            } catch (DiagnosticException e) {
                problems.addAll(e.diagnostics());
                state = CatalogState.empty();
            }
            if (!problems.isEmpty()) {
                throw new DiagnosticException(problems);
            }
            if (memory == null && guideId != null) {
                TranslationMemory.Builder builder = TranslationMemory.builder().addAll(imported);
                CatalogMemory.add(builder, guideId, sources, oldSourceText, oldTargets, state);
                memory = builder.build();
            }
            if (formerIds != null) {
                Map<String, String> newTexts = new HashMap<>();
                sources.forEach(s -> newTexts.put(s.key(), s.text()));
                lineage = ItemLineage.of(formerIds, oldSourceText, newTexts);
            }

            writeSource(sourcePath);

            for (String tag : tags) {
                Path path = CatalogPaths.target(dir, tag);
                CatalogFile merged = merge(path, tag, oldTargets.remove(tag), oldSourceText, state, purge);
                write(path, merged::writeTo);
            }
            Path statePath = dir.resolve(CatalogState.FILE_NAME);
            if (!state.isEmpty() || Files.exists(statePath)) {
                write(statePath, state::writeTo);
            }
            return new SyncResult(written, unchanged, changes);
        }

        /** The source catalog: every source string with its context, in source order. */
        private void writeSource(Path sourcePath) {
            List<CatalogEntry> sourceEntries = sources.stream()
                    .map(s ->
                            new CatalogEntry(s.key(), s.text(), List.of(), s.context(), List.of(), List.of(), null, 0))
                    .toList();
            write(
                    sourcePath,
                    new CatalogFile(
                            CatalogPaths.display(sourcePath),
                            sourceTag,
                            sourceHeader,
                            sourceEntries,
                            List.of(),
                            List.of())::writeTo);
        }

        /**
         * The texts of a source catalog's entries by key; empty when there is none. A key or text equal to the
         * current source's is kept as that one string, so an unchanged catalog costs no second copy.
         */
        private Map<String, String> translations(CatalogFile catalog) {
            Map<String, String> texts = new HashMap<>();
            if (catalog != null) {
                for (CatalogEntry e : catalog.entries()) {
                    if (e.isTranslated()) {
                        SourceString s = sourceByKey.get(e.key());
                        boolean same = s != null && s.text().equals(e.value());
                        texts.put(s != null ? s.key() : e.key(), same ? s.text() : e.value());
                    }
                }
            }
            return texts;
        }

        private CatalogFile merge(
                Path path,
                String tag,
                CatalogFile old,
                Map<String, String> oldSourceText,
                CatalogState state,
                boolean purge) {
            List<CatalogEntry> entries = new ArrayList<>();
            List<CatalogEntry> obsolete = new ArrayList<>(old == null ? List.of() : old.obsolete());
            List<CatalogEntry> newlyObsolete = new ArrayList<>();
            Set<String> present = new HashSet<>();

            for (CatalogEntry e : old == null ? List.<CatalogEntry>of() : old.entries()) {
                SourceString s = sourceByKey.get(e.key());
                if (s == null) {
                    if (e.isTranslated()) {
                        newlyObsolete.add(new CatalogEntry(
                                e.key(),
                                e.value(),
                                e.notes(),
                                List.of(),
                                shipped(e.flags(), null),
                                e.previous(),
                                null,
                                0));
                        changes.add(new Change(path, tag, e.key(), ChangeKind.OBSOLETED));
                    }
                    continue;
                }
                present.add(e.key());
                CatalogEntry withContext = e.withContext(context(s));
                entries.add(marked(
                        e.isTranslated()
                                ? review(path, tag, withContext, s, oldSourceText.get(e.key()), state)
                                : withContext,
                        s));
            }

            // Suggestions: translations of exactly the same source text, current ones first.
            Map<String, CatalogEntry> byFingerprint = new LinkedHashMap<>();
            for (CatalogEntry e : entries) {
                Record r = state.get(tag, e.key());
                if (e.isTranslated()
                        && !e.value().isEmpty()
                        && !e.isStale()
                        && r != null
                        && r.sourceFingerprint().equals(fingerprint(sourceByKey.get(e.key())))) {
                    byFingerprint.putIfAbsent(r.sourceFingerprint(), e);
                }
            }
            for (CatalogEntry e : concat(newlyObsolete, obsolete)) {
                Record r = state.get(tag, e.key());
                if (!e.value().isEmpty() && !e.isStale() && r != null && r.markedValueFingerprint() == null) {
                    byFingerprint.putIfAbsent(r.sourceFingerprint(), e);
                }
            }
            Map<String, List<CatalogEntry>> byItem = borrowable(old, lineage);

            CatalogFile seed = seeds.apply(tag);
            Map<String, CatalogEntry> seedEntries = seed == null ? Map.of() : seed.byKey();
            Map<String, CatalogEntry> obsoleteByKey = new LinkedHashMap<>();
            List<CatalogEntry> restored = new ArrayList<>();
            concat(obsolete, newlyObsolete).forEach(e -> obsoleteByKey.put(e.key(), e));
            for (int i = 0; i < sources.size(); i++) {
                SourceString s = sources.get(i);
                if (present.contains(s.key())) {
                    continue;
                }
                CatalogEntry added =
                        add(path, tag, s, obsoleteByKey, byFingerprint, seedEntries, state, byItem, oldSourceText);
                if (obsoleteByKey.containsKey(s.key()) && added.isTranslated()) {
                    restored.add(obsoleteByKey.remove(s.key()));
                }
                entries.add(insertionIndex(entries, i), marked(added, s));
                present.add(s.key());
            }

            // Every obsolete translation is kept (even two of one key) unless restored or purged.
            List<CatalogEntry> finalObsolete = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CatalogEntry e : concat(obsolete, newlyObsolete)) {
                if (restored.contains(e) || !seen.add(e.key() + "=" + e.value())) {
                    continue;
                }
                if (purge) {
                    changes.add(new Change(path, tag, e.key(), ChangeKind.PURGED));
                    if (!present.contains(e.key())) {
                        state.remove(tag, e.key());
                    }
                } else {
                    finalObsolete.add(e);
                }
            }
            for (CatalogEntry e : entries) {
                if (!e.isTranslated()) {
                    state.remove(tag, e.key());
                }
            }
            if (memory != null) {
                suggest(path, tag, entries);
            }
            respace(entries, old);
            List<String> header = old != null ? old.header() : targetHeader(tag);
            List<String> trailer = old != null ? old.trailer() : List.of();
            return new CatalogFile(CatalogPaths.display(path), tag, header, entries, trailer, finalObsolete);
        }

        /**
         * Regenerates the {@code #?} suggestion lines: for each untranslated or stale entry, the memory's best
         * translations of similar sources (not the entry's own value); none for the others.
         */
        private void suggest(Path path, String tag, List<CatalogEntry> entries) {
            for (int i = 0; i < entries.size(); i++) {
                CatalogEntry e = entries.get(i);
                List<String> lines = List.of();
                if (!e.isTranslated() || e.isStale()) {
                    SourceString s = sourceByKey.get(e.key());
                    lines = memory.suggest(tag, s.text(), guideId, e.key()).stream()
                            .filter(m -> !m.target().equals(e.value()))
                            .map(m -> m.commentText(sourceTag, tag))
                            .toList();
                }
                if (!lines.equals(e.suggestions())) {
                    entries.set(i, e.withSuggestions(lines));
                    if (!lines.isEmpty()) {
                        changes.add(new Change(path, tag, e.key(), ChangeKind.MEMORY_SUGGESTIONS));
                    }
                }
            }
        }

        /** Lets the writer decide the spacing of entries whose predecessor is not the one they had. */
        private static void respace(List<CatalogEntry> entries, CatalogFile old) {
            Map<String, String> previousKey = new HashMap<>();
            if (old != null) {
                for (int i = 0; i < old.entries().size(); i++) {
                    previousKey.put(
                            old.entries().get(i).key(),
                            i == 0 ? "" : old.entries().get(i - 1).key());
                }
            }
            for (int i = 0; i < entries.size(); i++) {
                String before = i == 0 ? "" : entries.get(i - 1).key();
                if (!before.equals(previousKey.get(entries.get(i).key()))) {
                    entries.set(i, entries.get(i).withBlankBefore(null));
                }
            }
        }

        /** A kept translation: mark it stale when its source changed, clear the mark when the translator did. */
        private CatalogEntry review(
                Path path, String tag, CatalogEntry e, SourceString s, String oldSourceText, CatalogState state) {
            String now = fingerprint(s);
            Record r = state.get(tag, e.key());
            String madeFor = r != null
                    ? r.sourceFingerprint()
                    : oldSourceText != null ? CatalogState.fingerprint(oldSourceText) : now;
            String marked = r == null ? null : r.markedValueFingerprint();
            if (e.isStale()) {
                boolean edited = marked != null && !marked.equals(CatalogState.fingerprint(e.value()));
                boolean reverted = r != null
                        ? marked != null && madeFor.equals(now)
                        : e.previous().equals(List.of("previous source: " + s.text()));
                if (edited || reverted) {
                    changes.add(new Change(path, tag, e.key(), ChangeKind.STALE_CLEARED));
                    state.put(tag, e.key(), new Record(now, null));
                    return e.cleared();
                }
                state.put(
                        tag,
                        e.key(),
                        new Record(
                                r != null ? madeFor : NO_SOURCE,
                                marked != null ? marked : CatalogState.fingerprint(e.value())));
                return e;
            }
            if (marked != null) {
                changes.add(new Change(path, tag, e.key(), ChangeKind.STALE_CLEARED));
                state.put(tag, e.key(), new Record(now, null));
                return e.cleared();
            }
            if (!madeFor.equals(now)) {
                List<String> previous = oldSourceText != null
                                && CatalogState.fingerprint(oldSourceText).equals(madeFor)
                        ? List.of("previous source: " + oldSourceText)
                        : List.of("previous source: (not known; the source changed since this translation was made)");
                changes.add(new Change(path, tag, e.key(), ChangeKind.MARKED_STALE));
                state.put(tag, e.key(), new Record(madeFor, CatalogState.fingerprint(e.value())));
                return e.markedStale(previous);
            }
            state.put(tag, e.key(), new Record(now, null));
            return e;
        }

        private CatalogEntry add(
                Path path,
                String tag,
                SourceString s,
                Map<String, CatalogEntry> obsoleteByKey,
                Map<String, CatalogEntry> byFingerprint,
                Map<String, CatalogEntry> seeds,
                CatalogState state,
                Map<String, List<CatalogEntry>> byItem,
                Map<String, String> oldSourceText) {
            String now = fingerprint(s);
            CatalogEntry back = obsoleteByKey.get(s.key());
            if (back != null) {
                Record r = state.get(tag, s.key());
                CatalogEntry restored = new CatalogEntry(
                        s.key(), back.value(), back.notes(), context(s), back.flags(), back.previous(), null, 0);
                changes.add(new Change(path, tag, s.key(), ChangeKind.RESTORED));
                if (r != null
                        && r.sourceFingerprint().equals(now)
                        && (r.markedValueFingerprint() != null || !restored.isStale())) {
                    state.put(tag, s.key(), new Record(now, null));
                    return restored.cleared();
                }
                state.put(
                        tag,
                        s.key(),
                        new Record(
                                r != null ? r.sourceFingerprint() : NO_SOURCE, CatalogState.fingerprint(back.value())));
                return restored.isStale()
                        ? restored
                        : restored.markedStale(List.of("previous source: (restored from the obsolete section)"));
            }
            CatalogEntry seed = seeds.get(s.key());
            if (seed != null && seed.isTranslated()) {
                state.put(tag, s.key(), new Record(now, null));
                changes.add(new Change(path, tag, s.key(), ChangeKind.ADDED));
                return new CatalogEntry(s.key(), seed.value(), List.of(), context(s), seed.flags(), List.of(), null, 0);
            }
            CatalogEntry same = byFingerprint.get(now);
            if (same != null) {
                state.put(tag, s.key(), new Record(NO_SOURCE, CatalogState.fingerprint(same.value())));
                changes.add(new Change(path, tag, s.key(), ChangeKind.SUGGESTED));
                return new CatalogEntry(
                        s.key(),
                        same.value(),
                        List.of(),
                        context(s),
                        List.of(CatalogEntry.STALE),
                        List.of("suggested: the translation of " + same.key() + ", whose source text is the same"),
                        null,
                        0);
            }
            String item = ItemLineage.item(s.key());
            String former = item == null ? null : lineage.get(item);
            CatalogEntry borrowed =
                    former == null ? null : closest(s, byItem.getOrDefault(former, List.of()), oldSourceText);
            if (borrowed != null) {
                state.put(tag, s.key(), new Record(NO_SOURCE, CatalogState.fingerprint(borrowed.value())));
                changes.add(new Change(path, tag, s.key(), ChangeKind.SUGGESTED));
                String was = oldSourceText.get(borrowed.key());
                return new CatalogEntry(
                        s.key(),
                        borrowed.value(),
                        List.of(),
                        context(s),
                        List.of(CatalogEntry.STALE),
                        List.of("suggested: the translation of " + borrowed.key() + " (" + item + " continues " + former
                                + ")" + (was == null ? "" : ", made for: " + was)),
                        null,
                        0);
            }
            changes.add(new Change(path, tag, s.key(), ChangeKind.ADDED));
            return CatalogEntry.untranslated(s.key(), context(s));
        }

        /**
         * The former item's translation that suits a new key best: the one made for the most alike source text
         * (at least {@value ItemLineage#SIMILARITY} of the words), else the one of the same field, else none.
         */
        private static CatalogEntry closest(
                SourceString s, List<CatalogEntry> candidates, Map<String, String> oldSourceText) {
            CatalogEntry best = null;
            double bestSimilarity = ItemLineage.SIMILARITY;
            CatalogEntry sameField = null;
            String field = ItemLineage.field(s.key());
            for (CatalogEntry e : candidates) {
                String was = oldSourceText.get(e.key());
                double similarity = was == null ? 0 : ItemLineage.similarity(was, s.text());
                if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                    best = e;
                    bestSimilarity = similarity;
                }
                if (ItemLineage.field(e.key()).equals(field)) {
                    sameField = e;
                }
            }
            return best != null ? best : sameField;
        }

        /** The translations of the last sync that earlier items of {@code lineage} had, by item. */
        private static Map<String, List<CatalogEntry>> borrowable(CatalogFile old, Map<String, String> lineage) {
            if (old == null || lineage.isEmpty()) {
                return Map.of();
            }
            Set<String> formers = new HashSet<>(lineage.values());
            Map<String, List<CatalogEntry>> byItem = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (CatalogEntry e : concat(old.entries(), old.obsolete())) {
                String item = ItemLineage.item(e.key());
                if (item != null
                        && formers.contains(item)
                        && e.isTranslated()
                        && !e.value().isEmpty()
                        && seen.add(e.key())) {
                    byItem.computeIfAbsent(item, i -> new ArrayList<>()).add(e);
                }
            }
            return byItem;
        }

        /** An entry with the not-shipped flag its item calls for (none when it ships). */
        private static CatalogEntry marked(CatalogEntry e, SourceString s) {
            List<String> flags = shipped(e.flags(), s.notShipped());
            return flags.equals(e.flags()) ? e : e.withFlags(flags);
        }

        /** The flags without a not-shipped mark, then the mark for {@code reason} when there is one. */
        private static List<String> shipped(List<String> flags, String reason) {
            List<String> out = new ArrayList<>();
            for (String f : flags) {
                if (!f.startsWith(NOT_SHIPPED)) {
                    out.add(f);
                }
            }
            if (reason != null) {
                out.add(NOT_SHIPPED + reason);
            }
            return out;
        }

        /** Where a new key goes: after the nearest key that precedes it in the source, else first. */
        private int insertionIndex(List<CatalogEntry> entries, int sourceIndex) {
            for (int i = sourceIndex - 1; i >= 0; i--) {
                String previousKey = sources.get(i).key();
                for (int j = entries.size() - 1; j >= 0; j--) {
                    if (entries.get(j).key().equals(previousKey)) {
                        return j + 1;
                    }
                }
            }
            return 0;
        }

        private String fingerprint(SourceString s) {
            return fingerprints.computeIfAbsent(s.key(), k -> CatalogState.fingerprint(s.text()));
        }

        private List<String> context(SourceString s) {
            return new SourceContext(s, sourceTag);
        }

        private List<String> targetHeader(String tag) {
            String name = Locales.parse(tag).getDisplayName(ULocale.ENGLISH);
            return Arrays.asList(
                    "# " + name + " (" + tag + ") translation of " + what + ", kept in step by careguide sync.",
                    "# Untranslated keys are comments \"# key=\": remove \"# \" and type the translation after \"=\".",
                    "# \"#, stale\" marks a translation made for an older source text (\"#|\" shows it): update the",
                    "# translation or delete the mark line. \"#.\" lines are regenerated; your own comments are kept.");
        }

        /**
         * What sync keeps of a catalog it read: no positions and no context lines (merge writes the current
         * context on every entry it keeps, and decides the spacing), so the file's text and those lines are let go
         * of at once; a key of the source is kept as the source's own string.
         */
        private CatalogFile forMerge(CatalogFile read) {
            CatalogFile detached = read.detached();
            List<CatalogEntry> entries = new ArrayList<>(detached.entries().size());
            for (CatalogEntry e : detached.entries()) {
                SourceString s = sourceByKey.get(e.key());
                entries.add(new CatalogEntry(
                        s != null ? s.key() : e.key(),
                        e.value(),
                        e.notes(),
                        List.of(),
                        e.flags(),
                        e.previous(),
                        e.property(),
                        e.line(),
                        null,
                        e.suggestions()));
            }
            return new CatalogFile(
                    detached.file(),
                    detached.locale(),
                    detached.header(),
                    entries,
                    detached.trailer(),
                    detached.obsolete());
        }

        private CatalogFile read(Path path, String tag, List<Diagnostic> problems) {
            if (!Files.exists(path)) {
                return null;
            }
            try {
                CatalogFile file = CatalogFile.readWithoutContext(path, CatalogPaths.display(path), tag);
                file.properties().parseErrors().stream()
                        .map(p -> new Diagnostic(
                                p.severity(),
                                p.file(),
                                p.line(),
                                p.column(),
                                p.code(),
                                p.qualifiedMessage() + " (sync does not rewrite a file that does not parse)"))
                        .forEach(problems::add);
                return forMerge(file);
            } catch (UncheckedIOException e) {
                problems.add(Diagnostic.error(
                        CatalogPaths.display(path),
                        0,
                        0,
                        "unreadable",
                        "cannot read catalog: " + e.getCause().getMessage()));
                return null;
            }
        }

        /** Streams a file's new text as UTF-8 into the transaction, staged only when its bytes change. */
        private void write(Path path, TextContent text) {
            boolean changed = transaction.stageIfChanged(path, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                text.writeTo(writer);
                writer.flush();
            });
            (changed ? written : unchanged).add(path);
        }

        /** What a catalog or state file holds, written as text. */
        @FunctionalInterface
        private interface TextContent {
            void writeTo(Writer out) throws IOException;
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }
}
