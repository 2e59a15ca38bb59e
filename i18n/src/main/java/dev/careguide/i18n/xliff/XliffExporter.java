package dev.careguide.i18n.xliff;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import dev.careguide.i18n.CatalogEntry;
import dev.careguide.i18n.CatalogFile;
import dev.careguide.i18n.CatalogPaths;
import dev.careguide.i18n.CatalogRules;
import dev.careguide.i18n.CatalogState;
import dev.careguide.i18n.IcuMessages;
import dev.careguide.i18n.Locales;
import dev.careguide.i18n.SourceString;
import dev.careguide.i18n.SourceStrings;
import dev.careguide.i18n.memory.Suggestion;
import dev.careguide.i18n.memory.TranslationMemory;
import dev.careguide.model.AtomicFiles;
import dev.careguide.model.Diagnostic;
import dev.careguide.model.DiagnosticException;
import dev.careguide.model.Guide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a guide's catalogs as XLIFF 2.1 for CAT tools, {@code <out>/<guide-id>.<locale>.xlf} per target
 * locale: one unit per key, in catalog order, with the source, the current translation as target and its state
 * ({@code initial} when untranslated or stale, {@code translated}, {@code reviewed}), notes with the context the
 * catalog gives translators (item type, field, source lines, length limit; the previous source of a stale
 * translation; the plural categories the locale needs) and, for untranslated and stale strings, suggestions from
 * translation memory as {@code mtc:matches}. Reads only the catalogs, which must be in step with the content.
 */
public final class XliffExporter {

    private static final List<String> PLURAL_ORDER = List.of("zero", "one", "two", "few", "many", "other");

    private final CatalogRules rules;

    public XliffExporter() {
        this(CatalogRules.defaults());
    }

    public XliffExporter(CatalogRules rules) {
        this.rules = rules;
    }

    /** The file a guide's catalog in one locale is written to. */
    public static Path fileName(Path outDir, String guideId, String tag) {
        return outDir.resolve(guideId + "." + Locales.canonical(tag) + ".xlf");
    }

    /**
     * Writes the files of one guide for the target locales (pseudo-locales and the source locale skipped), each
     * atomically. Throws a {@link DiagnosticException}, writing nothing, with the {@link #problems} there are.
     */
    public List<Path> export(
            Guide guide, Path i18nDir, List<String> targetTags, Path outDir, TranslationMemory memory) {
        List<Diagnostic> problems = problems(guide, i18nDir, targetTags);
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        String sourceTag = Locales.canonical(guide.sourceLocale());
        Path dir = CatalogPaths.folder(i18nDir, guide.id());
        List<SourceString> sources = SourceStrings.of(guide, rules);
        CatalogState state = CatalogState.read(dir);
        List<Path> written = new ArrayList<>();
        for (String tag : targets(targetTags, sourceTag)) {
            Path path = CatalogPaths.target(dir, tag);
            CatalogFile catalog = CatalogFile.read(path, CatalogPaths.display(path), tag);
            Path file = fileName(outDir, guide.id(), tag);
            AtomicFiles.write(
                    file,
                    XliffWriter.write(document(
                            guide.id(),
                            guide.id() + "/" + path.getFileName(),
                            sourceTag,
                            tag,
                            sources,
                            catalog,
                            state,
                            memory)));
            written.add(file);
        }
        return written;
    }

    /**
     * Why a guide's catalogs cannot be exported: a target catalog is missing or does not parse, the sync state
     * cannot be read, or the catalogs are not in step with the content (run sync first). Empty when they can.
     */
    public List<Diagnostic> problems(Guide guide, Path i18nDir, List<String> targetTags) {
        String sourceTag = Locales.canonical(guide.sourceLocale());
        Path dir = CatalogPaths.folder(i18nDir, guide.id());
        List<SourceString> sources = SourceStrings.of(guide, rules);
        List<Diagnostic> problems = new ArrayList<>();
        requireInStep(dir, guide.id(), sources, problems);
        try {
            CatalogState.read(dir);
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
        }
        for (String tag : targets(targetTags, sourceTag)) {
            Path path = CatalogPaths.target(dir, tag);
            String display = CatalogPaths.display(path);
            if (!Files.isRegularFile(path)) {
                problems.add(Diagnostic.error(
                        display,
                        0,
                        0,
                        "missing-catalog",
                        "no " + tag + " catalog for guide " + guide.id() + "; run careguide sync first"));
                continue;
            }
            CatalogFile catalog = CatalogFile.read(path, display, tag);
            catalog.properties().parseErrors().forEach(p -> problems.add(p.toDiagnostic()));
            Map<String, CatalogEntry> entries = catalog.byKey();
            List<String> missing = sources.stream()
                    .map(SourceString::key)
                    .filter(k -> !entries.containsKey(k))
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(Diagnostic.error(
                        display,
                        0,
                        0,
                        "out-of-step",
                        "[" + tag + "] " + missing.size()
                                + " key(s) of the content are not in the catalog (first: " + missing.get(0)
                                + "); run careguide sync first"));
            }
        }
        return problems;
    }

    /** The units of one target catalog, in the order of the source strings. */
    static XliffDocument document(
            String guideId,
            String original,
            String sourceTag,
            String tag,
            List<SourceString> sources,
            CatalogFile catalog,
            CatalogState state,
            TranslationMemory memory) {
        Map<String, CatalogEntry> entries = catalog.byKey();
        List<XliffUnit> units = new ArrayList<>(sources.size());
        for (SourceString s : sources) {
            CatalogEntry e = entries.get(s.key());
            boolean translated = e != null && e.isTranslated();
            boolean stale = translated && state.isStale(tag, e);
            XliffState xs = !translated || stale
                    ? XliffState.INITIAL
                    : e.isReviewed() ? XliffState.REVIEWED : XliffState.TRANSLATED;
            List<XliffUnit.Note> notes = new ArrayList<>();
            s.context().forEach(c -> notes.add(new XliffUnit.Note("context", c)));
            if (e != null) {
                e.notes().forEach(n -> notes.add(new XliffUnit.Note("translator", n.replaceFirst("^[#!] ?", ""))));
                if (stale) {
                    notes.add(new XliffUnit.Note(
                            "stale",
                            "The source changed after this translation was made; " + "update it or confirm it. "
                                    + String.join(" ", e.previous())));
                }
            }
            String plural = pluralNote(s.text(), tag);
            if (plural != null) {
                notes.add(new XliffUnit.Note("plural", plural));
            }
            List<Suggestion> matches = (translated && !stale) || memory == null
                    ? List.of()
                    : memory.suggest(tag, s.text(), guideId, s.key());
            units.add(new XliffUnit(s.key(), s.text(), translated ? e.value() : null, xs, stale, notes, matches, 0, 0));
        }
        return new XliffDocument(guideId, original, sourceTag, tag, units);
    }

    /** For a message with plural or select arguments, what the translator must keep and which categories apply. */
    static String pluralNote(String source, String tag) {
        MessagePattern mp = IcuMessages.parse(source);
        if (mp == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = mp.getSubstring(mp.getPart(i + 1));
            switch (p.getArgType()) {
                case PLURAL, SELECTORDINAL -> {
                    PluralRules rules = PluralRules.forLocale(
                            Locales.parse(tag),
                            p.getArgType() == MessagePattern.ArgType.PLURAL
                                    ? PluralRules.PluralType.CARDINAL
                                    : PluralRules.PluralType.ORDINAL);
                    Set<String> keywords = rules.getKeywords();
                    parts.add((p.getArgType() == MessagePattern.ArgType.PLURAL ? "plural {" : "selectordinal {")
                            + name + "}: write the variants "
                            + String.join(
                                    ", ",
                                    PLURAL_ORDER.stream()
                                            .filter(keywords::contains)
                                            .toList()) + " (CLDR rules of " + tag + ")");
                }
                case SELECT -> parts.add("select {" + name + "}: keep every variant and its keyword");
                default -> {}
            }
        }
        return parts.isEmpty()
                ? null
                : "ICU MessageFormat: keep the whole message with its braces and argument "
                        + "names, translate only the text. " + String.join("; ", parts) + ".";
    }

    private static List<String> targets(List<String> tags, String sourceTag) {
        List<String> out = new ArrayList<>();
        for (String tag : tags) {
            String c = Locales.canonical(tag);
            if (!Locales.isPseudo(c) && !c.equals(sourceTag) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Reports when the source catalog does not hold exactly the content's strings. */
    private static void requireInStep(Path dir, String guideId, List<SourceString> sources, List<Diagnostic> problems) {
        Path path = CatalogPaths.source(dir);
        String display = CatalogPaths.display(path);
        Map<String, String> expected = new LinkedHashMap<>();
        sources.forEach(s -> expected.put(s.key(), s.text()));
        Map<String, String> actual = new LinkedHashMap<>();
        if (Files.isRegularFile(path)) {
            CatalogFile.read(path, display, null).entries().stream()
                    .filter(CatalogEntry::isTranslated)
                    .forEach(e -> actual.put(e.key(), e.value()));
        }
        if (!actual.equals(expected)) {
            problems.add(Diagnostic.error(
                    display,
                    0,
                    0,
                    "out-of-step",
                    "the catalogs of guide " + guideId
                            + " are not in step with the content; run careguide sync first"));
        }
    }
}
