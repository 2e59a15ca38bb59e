package dev.careguide.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.careguide.i18n.properties.PropertiesElement;
import dev.careguide.model.Diagnostic.Severity;
import dev.careguide.model.Guide;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the translators' catalogs against the source and reports every problem of a run at once, each with
 * file, line, column, locale, key, check code and the severity the {@link CheckConfig} gives it. It only reads:
 * nothing in the i18n folder is written.
 */
public final class CatalogChecker {

    /**
     * A translator silences one check for one key with a flag line above it, e.g.
     * {@code #, ignore:same-as-source} for a word that is the same in both languages.
     */
    public static final String IGNORE_FLAG = "ignore:";

    /** Checks the guide's catalogs and the UI messages. */
    public CheckResult check(Guide guide, Path i18nDir, List<String> targetTags, CheckConfig config) {
        return checkGuide(guide, i18nDir, targetTags, config).plus(checkUi(i18nDir, targetTags, config));
    }

    /** Checks several guides' catalogs and the UI messages once. */
    public CheckResult check(List<Guide> guides, Path i18nDir, List<String> targetTags, CheckConfig config) {
        List<CheckResult> parts = new ArrayList<>();
        parts.add(checkUi(i18nDir, targetTags, config));
        for (Guide g : guides) {
            parts.add(checkGuide(g, i18nDir, targetTags, config));
        }
        return CheckResult.of(parts);
    }

    public CheckResult checkGuide(Guide guide, Path i18nDir, List<String> targetTags, CheckConfig config) {
        return checkGuide(guide, i18nDir, targetTags, config, ShippingPolicy.SHIP_ALL);
    }

    /** Checks the guide's catalogs; completeness counts only the strings of items {@code shipping} ships. */
    public CheckResult checkGuide(
            Guide guide, Path i18nDir, List<String> targetTags, CheckConfig config, ShippingPolicy shipping) {
        String sourceTag = Locales.canonical(guide.sourceLocale());
        return new Run(
                        CatalogPaths.guideFolder(i18nDir, guide.id()),
                        guide.id(),
                        sourceTag,
                        SourceStrings.of(guide, config.rules(), shipping),
                        config,
                        true)
                .check(targetTags);
    }

    public CheckResult checkUi(Path i18nDir, List<String> targetTags, CheckConfig config) {
        return new Run(
                        CatalogPaths.folder(i18nDir, CatalogPaths.UI),
                        CatalogPaths.UI,
                        SourceStrings.uiSourceLocale(),
                        SourceStrings.ui(),
                        config,
                        false)
                .check(targetTags);
    }

    private static final class Run {
        final Path dir;
        final String name;
        final String sourceTag;
        final Map<String, SourceString> sources = new LinkedHashMap<>();
        final CheckConfig config;
        final boolean catalogRequired;
        final CatalogRules rules;
        final List<CatalogProblem> problems = new ArrayList<>();
        final Map<String, Double> completeness = new TreeMap<>();
        /** One word iterator per locale for this run: ICU builds each from its break rules, and none is thread-safe. */
        private final Map<ULocale, BreakIterator> wordIterators = new HashMap<>();

        private final Map<String, SourceFacts> sourceFacts = new HashMap<>();
        private final Map<String, Integer> scriptCodes = new HashMap<>();
        private final ULocale sourceLocale;

        /**
         * @param catalogRequired whether a target locale without a catalog is reported; the UI messages have
         *        built-in translations, so only a guide's catalogs are required
         */
        Run(
                Path dir,
                String name,
                String sourceTag,
                List<SourceString> sourceStrings,
                CheckConfig config,
                boolean catalogRequired) {
            this.dir = dir;
            this.name = name;
            this.sourceTag = sourceTag;
            this.config = config;
            this.catalogRequired = catalogRequired;
            this.rules = config.rules();
            this.sourceLocale = Locales.parse(sourceTag);
            sourceStrings.forEach(s -> sources.put(s.key(), s));
        }

        /** What the checks compare in a source text, worked out once per text for every locale. */
        private record SourceFacts(
                MessagePattern pattern,
                Map<String, String> arguments,
                boolean hasLetters,
                boolean leadingSpace,
                boolean trailingSpace,
                String punctuation,
                List<QuantityCheck.Quantity> quantities,
                String negation,
                int length,
                Set<String> doubles) {}

        private SourceFacts facts(String source) {
            SourceFacts f = sourceFacts.get(source);
            if (f == null) {
                MessagePattern pattern = parse(source);
                String plain = plainText(source, pattern);
                f = new SourceFacts(
                        pattern,
                        pattern == null ? null : arguments(pattern),
                        plain.codePoints().anyMatch(Character::isLetter),
                        edgeWhitespace(source, true),
                        edgeWhitespace(source, false),
                        punctuationClass(source),
                        QuantityCheck.quantities(plain, sourceLocale),
                        SafetyWords.of(sourceLocale).findNegation(plain, wordIterator(sourceLocale)),
                        source.codePointCount(0, source.length()),
                        doubledWords(source, sourceLocale).keySet());
                sourceFacts.put(source, f);
            }
            return f;
        }

        CheckResult check(List<String> tags) {
            checkSource();
            CatalogState state;
            try {
                state = CatalogState.read(dir);
            } catch (dev.careguide.model.DiagnosticException e) {
                e.diagnostics().forEach(d -> report(d.code(), d.file(), d.line(), d.column(), "", "", d.message(), 0));
                state = CatalogState.empty();
            }
            for (String tag : tags) {
                String problem = Locales.problem(tag);
                if (problem != null) {
                    report("invalid-locale", "", 0, 0, tag, "", problem, 0);
                    continue;
                }
                String c = Locales.canonical(tag);
                if (Locales.isPseudo(c) || c.equals(sourceTag)) {
                    continue;
                }
                checkTarget(c, state);
            }
            return new CheckResult(
                    problems,
                    completeness.entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    e -> name + "/" + e.getKey(), Map.Entry::getValue)));
        }

        private void checkSource() {
            Path path = CatalogPaths.source(dir);
            String file = CatalogPaths.display(path);
            if (!Files.isRegularFile(path)) {
                report("source-out-of-date", file, 0, 0, sourceTag, "", "source catalog missing; run sync", 0);
                return;
            }
            CatalogFile source = read(path, sourceTag);
            if (source == null) {
                return;
            }
            Map<String, String> actual = new LinkedHashMap<>();
            source.entries().stream().filter(CatalogEntry::isTranslated).forEach(e -> actual.put(e.key(), e.value()));
            Map<String, String> expected = new LinkedHashMap<>();
            sources.values().forEach(s -> expected.put(s.key(), s.text()));
            if (!actual.equals(expected)) {
                report(
                        "source-out-of-date",
                        file,
                        0,
                        0,
                        sourceTag,
                        "",
                        "source catalog does not match the content; run sync",
                        0);
            }
        }

        private CatalogFile read(Path path, String tag) {
            try {
                CatalogFile catalog = CatalogFile.read(path, CatalogPaths.display(path), tag);
                catalog.problems().forEach(this::report);
                return catalog;
            } catch (UncheckedIOException e) {
                report(
                        "unreadable",
                        CatalogPaths.display(path),
                        0,
                        0,
                        tag,
                        "",
                        "cannot read catalog: " + e.getCause().getMessage(),
                        0);
                return null;
            }
        }

        private void checkTarget(String tag, CatalogState state) {
            Path path = CatalogPaths.target(dir, tag);
            String file = CatalogPaths.display(path);
            boolean exists = Files.isRegularFile(path);
            if (!exists && catalogRequired && !sources.isEmpty()) {
                report(
                        "missing-catalog",
                        file,
                        0,
                        0,
                        tag,
                        "",
                        "no " + tag + " catalog for " + name
                                + ": every string falls back to the source; run careguide:sync (CLI: careguide sync)"
                                + " to create " + path.getFileName(),
                        0);
            }
            CatalogFile catalog = exists ? read(path, tag) : null;
            int translated = 0;
            if (catalog != null) {
                ULocale locale = Locales.parse(tag);
                boolean sameLanguage = locale.getLanguage().equals(sourceLocale.getLanguage());
                for (CatalogEntry e : catalog.entries()) {
                    if (!e.isTranslated()) {
                        continue;
                    }
                    checkControlCharacters(catalog, e, tag);
                    SourceString s = sources.get(e.key());
                    if (s == null) {
                        at(
                                catalog,
                                e,
                                0,
                                "unknown-key",
                                tag,
                                "key is not in the source; sync moves it to the obsolete section");
                        continue;
                    }
                    boolean stale = state.isStale(tag, e);
                    if (stale) {
                        at(
                                catalog,
                                e,
                                0,
                                "stale-translation",
                                tag,
                                "translation was made for an older source text;"
                                        + " update it or delete the \"#, stale\" line");
                    } else if (!e.value().isEmpty() && s.ships()) {
                        translated++;
                    }
                    checkValue(catalog, e, s, tag, locale, sameLanguage);
                }
            }
            long shipped = sources.values().stream().filter(SourceString::ships).count();
            double percent = shipped == 0 ? 100.0 : 100.0 * translated / shipped;
            completeness.put(tag, percent);
            double minimum = config.minimumCompleteness(tag);
            if (percent + 1e-9 < minimum) {
                report(
                        "completeness",
                        file,
                        0,
                        0,
                        tag,
                        "",
                        String.format(
                                Locale.ROOT,
                                "%.1f%% translated (%d of %d strings%s), below the required %.1f%%",
                                percent,
                                translated,
                                shipped,
                                shipped == sources.size()
                                        ? ""
                                        : "; " + (sources.size() - shipped) + " of items that do not ship left out",
                                minimum),
                        0);
            }
        }

        private void checkValue(
                CatalogFile catalog, CatalogEntry e, SourceString s, String tag, ULocale locale, boolean sameLanguage) {
            String value = e.value();
            String source = s.text();
            if (value.isEmpty()) {
                at(catalog, e, 0, "empty-translation", tag, "empty translation");
                return;
            }
            SourceFacts facts = facts(source);
            MessagePattern target = null;
            if (facts.pattern() != null) {
                IcuSyntax.Result syntax = IcuSyntax.parse(value);
                syntax.problems().forEach(p -> at(catalog, e, p.index(), p.code(), tag, p.message()));
                int stray = IcuMessages.strayBrace(value);
                if (syntax.problems().isEmpty() && stray >= 0 && IcuMessages.strayBrace(source) < 0) {
                    at(
                            catalog,
                            e,
                            stray,
                            "stray-brace",
                            tag,
                            "this '}' closes no brace: ICU shows it as text, but it"
                                    + " is most likely a typo; remove it, or write '}' in apostrophes to show a brace");
                }
                target = syntax.pattern();
                if (target != null) {
                    compareArguments(catalog, e, facts.arguments(), target, syntax, tag);
                    checkPluralCategories(catalog, e, target, syntax, tag, locale);
                }
                if (!syntax.problems().isEmpty()) {
                    target = null;
                }
            }
            if (value.equals(source) && !sameLanguage && facts.hasLetters()) {
                at(catalog, e, 0, "same-as-source", tag, "translation is the same as the source text");
            }
            if (edgeWhitespace(value, true) != facts.leadingSpace()
                    || edgeWhitespace(value, false) != facts.trailingSpace()) {
                at(catalog, e, 0, "whitespace", tag, "leading or trailing whitespace differs from the source");
            }
            String sp = facts.punctuation();
            String tp = punctuationClass(value);
            if (!sp.equals(tp)) {
                at(
                        catalog,
                        e,
                        value.length() - 1,
                        "final-punctuation",
                        tag,
                        "ends with "
                                + (tp.isEmpty() ? "no punctuation" : tp) + " but the source ends with "
                                + (sp.isEmpty() ? "no punctuation" : sp));
            }
            MessagePattern parsedTarget = target != null ? target : parse(value);
            String plainTarget = plainText(value, parsedTarget);
            boolean sameIndexes = plainTarget.equals(value);
            for (QuantityCheck.Problem p : QuantityCheck.compare(
                    plainText(source, facts.pattern()), facts.quantities(), plainTarget, locale)) {
                at(catalog, e, sameIndexes ? p.index() : 0, "quantity", tag, p.message());
            }
            SafetyWords negations = SafetyWords.of(locale);
            if (facts.negation() != null
                    && negations.hasNegation()
                    && negations.findNegation(plainTarget, wordIterator(locale)) == null) {
                at(
                        catalog,
                        e,
                        0,
                        "negation",
                        tag,
                        "the source says \"" + facts.negation() + "\" but the "
                                + "translation has no negation (" + locale.getLanguage() + ": " + negations.examples()
                                + "); a dropped negation turns the advice around");
            }
            int sourceLength = facts.length();
            int length = value.codePointCount(0, value.length());
            if (sourceLength >= rules.minimumSourceLengthForRatio()) {
                double ratio = (double) length / sourceLength;
                if (ratio < rules.minLengthRatio() || ratio > rules.maxLengthRatio()) {
                    at(
                            catalog,
                            e,
                            0,
                            "length-ratio",
                            tag,
                            String.format(
                                    Locale.ROOT,
                                    "translation is %.1f times the length of the source (usual: %.1f to %.1f)",
                                    ratio,
                                    rules.minLengthRatio(),
                                    rules.maxLengthRatio()));
                }
            }
            if (s.maxLength() > 0 && length > s.maxLength()) {
                at(
                        catalog,
                        e,
                        0,
                        "length-limit",
                        tag,
                        length + " characters, more than the " + s.maxLength() + " this field allows");
            }
            checkScript(catalog, e, tag, parsedTarget);
            checkDoubledWords(catalog, e, facts.doubles(), tag, locale);
        }

        private void compareArguments(
                CatalogFile catalog,
                CatalogEntry e,
                Map<String, String> expected,
                MessagePattern target,
                IcuSyntax.Result syntax,
                String tag) {
            Map<String, String> actual = arguments(target);
            if (expected.equals(actual)) {
                return;
            }
            List<String> differences = new ArrayList<>();
            expected.forEach((name, type) -> {
                if (!actual.containsKey(name)) {
                    differences.add("missing {" + name + "}");
                } else if (!actual.get(name).equals(type)) {
                    differences.add("{" + name + "} is " + actual.get(name) + " but " + type + " in the source");
                }
            });
            actual.keySet().stream()
                    .filter(n -> !expected.containsKey(n))
                    .forEach(n -> differences.add("unknown {" + n + "}"));
            int index = 0;
            for (int i = 0; i < target.countParts(); i++) {
                MessagePattern.Part p = target.getPart(i);
                if (p.getType() == MessagePattern.Part.Type.ARG_NAME
                        && !target.getSubstring(p).equals("")
                        && !actual.get(target.getSubstring(p)).equals(expected.get(target.getSubstring(p)))) {
                    index = p.getIndex();
                    break;
                }
            }
            at(
                    catalog,
                    e,
                    syntax.originalIndex(index),
                    "argument-mismatch",
                    tag,
                    "arguments differ from the source: " + String.join(", ", differences));
        }

        /** Argument name → type ({@code none}, {@code number}, {@code plural}, ...) of a parsed message. */
        private static Map<String, String> arguments(MessagePattern mp) {
            Map<String, String> args = new TreeMap<>();
            for (int i = 0; i < mp.countParts(); i++) {
                MessagePattern.Part p = mp.getPart(i);
                if (p.getType() != MessagePattern.Part.Type.ARG_START) {
                    continue;
                }
                String argName = mp.getSubstring(mp.getPart(i + 1));
                String type = p.getArgType().name().toLowerCase(Locale.ROOT);
                if (p.getArgType() == MessagePattern.ArgType.SIMPLE) {
                    type = mp.getSubstring(mp.getPart(i + 2));
                }
                args.merge(argName, type, (a, b) -> a.equals(b) ? a : a + "/" + b);
            }
            return args;
        }

        private void checkPluralCategories(
                CatalogFile catalog,
                CatalogEntry e,
                MessagePattern mp,
                IcuSyntax.Result syntax,
                String tag,
                ULocale locale) {
            for (int i = 0; i < mp.countParts(); i++) {
                MessagePattern.Part p = mp.getPart(i);
                if (p.getType() != MessagePattern.Part.Type.ARG_START
                        || (p.getArgType() != MessagePattern.ArgType.PLURAL
                                && p.getArgType() != MessagePattern.ArgType.SELECTORDINAL)) {
                    continue;
                }
                PluralRules pluralRules = PluralRules.forLocale(
                        locale,
                        p.getArgType() == MessagePattern.ArgType.PLURAL
                                ? PluralRules.PluralType.CARDINAL
                                : PluralRules.PluralType.ORDINAL);
                Set<String> keywords = new TreeSet<>(pluralRules.getKeywords());
                String kind = p.getArgType() == MessagePattern.ArgType.PLURAL ? "plural" : "selectordinal";
                String argName = mp.getSubstring(mp.getPart(i + 1));
                Set<String> present = new TreeSet<>();
                int limit = mp.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part q = mp.getPart(j);
                    if (q.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        String selector = mp.getSubstring(q);
                        present.add(selector);
                        if (!selector.startsWith("=") && !keywords.contains(selector)) {
                            at(
                                    catalog,
                                    e,
                                    syntax.originalIndex(q.getIndex()),
                                    "unused-plural-category",
                                    tag,
                                    kind
                                            + " {" + argName + "} has '" + selector + "', which " + tag
                                            + " never uses (CLDR "
                                            + kind + " categories of " + tag + ": " + String.join(", ", keywords)
                                            + "): remove it");
                        }
                    } else if (q.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = mp.getLimitPartIndex(j);
                    }
                }
                Set<String> missing = new TreeSet<>(keywords);
                missing.removeAll(present);
                if (!missing.isEmpty()) {
                    at(
                            catalog,
                            e,
                            syntax.originalIndex(p.getIndex()),
                            "plural-categories",
                            tag,
                            kind + " {"
                                    + argName + "} lacks " + String.join(", ", missing) + ", which " + tag
                                    + " needs (CLDR " + kind + " categories of " + tag + ": "
                                    + String.join(", ", keywords)
                                    + ")");
                }
            }
        }

        private int scriptCode(String tag) {
            return scriptCodes.computeIfAbsent(tag, t -> UScript.getCodeFromName(Locales.script(t)));
        }

        private void checkScript(CatalogFile catalog, CatalogEntry e, String tag, MessagePattern parsed) {
            int targetScript = scriptCode(tag);
            int sourceScript = scriptCode(sourceTag);
            if (targetScript == sourceScript || targetScript == UScript.INVALID_CODE) {
                return;
            }
            String text = plainText(e.value(), parsed);
            int letters = 0;
            int inSource = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!UCharacter.isLetter(cp)) {
                    continue;
                }
                letters++;
                if (UScript.getScript(cp) == sourceScript) {
                    inSource++;
                }
            }
            if (letters > 0 && (double) inSource / letters > rules.sourceScriptShare()) {
                at(
                        catalog,
                        e,
                        0,
                        "source-script",
                        tag,
                        String.format(
                                Locale.ROOT,
                                "%d of %d letters are %s, but %s is written in %s: left untranslated?",
                                inSource,
                                letters,
                                UScript.getName(sourceScript),
                                tag,
                                UScript.getName(targetScript)));
            }
        }

        private void checkDoubledWords(
                CatalogFile catalog, CatalogEntry e, Set<String> inSource, String tag, ULocale locale) {
            for (Map.Entry<String, Integer> d : doubledWords(e.value(), locale).entrySet()) {
                if (!inSource.contains(d.getKey()) && !rules.allowsDoubled(tag, d.getKey())) {
                    at(catalog, e, d.getValue(), "doubled-word", tag, "doubled word \"" + d.getKey() + "\"");
                }
            }
        }

        /** Words repeated right after themselves (case-insensitive) → index of the repetition. */
        private Map<String, Integer> doubledWords(String text, ULocale locale) {
            if (!RepeatedWords.possible(text)) {
                return Map.of();
            }
            return RepeatedWords.scan(text, wordIterator(locale));
        }

        private BreakIterator wordIterator(ULocale locale) {
            return wordIterators.computeIfAbsent(locale, BreakIterator::getWordInstance);
        }

        private String punctuationClass(String text) {
            String t = text.stripTrailing();
            if (t.isEmpty()) {
                return "";
            }
            int last = t.codePointBefore(t.length());
            for (Map.Entry<String, String> c : rules.punctuationClasses().entrySet()) {
                if (c.getValue().indexOf(last) >= 0) {
                    return c.getKey();
                }
            }
            return "";
        }

        private static boolean edgeWhitespace(String s, boolean leading) {
            if (s.isEmpty()) {
                return false;
            }
            int cp = leading ? s.codePointAt(0) : s.codePointBefore(s.length());
            return UCharacter.isWhitespace(cp) || UCharacter.isUWhiteSpace(cp);
        }

        private static MessagePattern parse(String text) {
            return IcuMessages.parse(text);
        }

        /** The literal text of a message, without ICU argument syntax when it parses ({@code mp} non-null). */
        private static String plainText(String value, MessagePattern mp) {
            if (mp == null || mp.countParts() <= 2) {
                return value;
            }
            StringBuilder sb = new StringBuilder();
            int depth = 0;
            int pos = 0;
            for (int i = 0; i < mp.countParts(); i++) {
                MessagePattern.Part p = mp.getPart(i);
                if (p.getType() == MessagePattern.Part.Type.ARG_START) {
                    sb.append(value, pos, p.getIndex());
                    depth++;
                } else if (p.getType() == MessagePattern.Part.Type.ARG_LIMIT) {
                    depth--;
                    pos = p.getLimit();
                } else if (p.getType() == MessagePattern.Part.Type.MSG_START && depth > 0) {
                    pos = p.getLimit();
                } else if (p.getType() == MessagePattern.Part.Type.MSG_LIMIT && depth > 0) {
                    sb.append(value, pos, p.getIndex()).append(' ');
                }
            }
            if (depth == 0 && pos < value.length()) {
                sb.append(value.substring(pos));
            }
            return sb.toString();
        }

        /**
         * A control character (C0 but TAB and line breaks, DEL, C1) in a key or translation: apps and terminals
         * act on it instead of showing it. The message names it by code point, never as itself.
         */
        private void checkControlCharacters(CatalogFile catalog, CatalogEntry e, String tag) {
            int inKey = controlCharacter(e.key());
            if (inKey >= 0) {
                PropertiesElement.Property p = e.property();
                report(
                        "control-character",
                        catalog.file(),
                        e.line(),
                        p == null ? 0 : p.column(),
                        tag,
                        e.key(),
                        String.format(
                                "the key holds the control character U+%04X; keys are plain text",
                                (int) e.key().charAt(inKey)),
                        0);
            }
            int inValue = controlCharacter(e.value());
            if (inValue >= 0) {
                at(
                        catalog,
                        e,
                        inValue,
                        "control-character",
                        tag,
                        String.format(
                                "the translation holds the control"
                                        + " character U+%04X, which apps and terminals act on instead of showing; remove it",
                                (int) e.value().charAt(inValue)));
            }
        }

        private static int controlCharacter(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                    return i;
                }
            }
            return -1;
        }

        /** Reports a problem at value character {@code index} of an entry. */
        private void at(CatalogFile catalog, CatalogEntry e, int index, String code, String tag, String message) {
            if (e.flags().contains(IGNORE_FLAG + code)) {
                return;
            }
            PropertiesElement.Property p = e.property();
            int line = e.line();
            int column = 0;
            if (p != null && catalog.properties() != null) {
                int[] pos = catalog.properties().valuePosition(p, Math.max(0, index));
                line = pos[0];
                column = pos[1];
            }
            report(code, catalog.file(), line, column, tag, e.key(), message, 0);
        }

        private void report(CatalogProblem p) {
            Severity severity = config.severity(p.code());
            if (severity != null) {
                problems.add(p.withSeverity(severity));
            }
        }

        private void report(
                String code, String file, int line, int column, String tag, String key, String message, int related) {
            report(new CatalogProblem(Severity.ERROR, file, line, column, code, tag, key, message, related));
        }
    }
}
