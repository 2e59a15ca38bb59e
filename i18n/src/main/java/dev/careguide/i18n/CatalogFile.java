package dev.careguide.i18n;

import dev.careguide.i18n.properties.PropertiesElement;
import dev.careguide.i18n.properties.PropertiesFile;
import dev.careguide.i18n.properties.PropertiesReader;
import dev.careguide.i18n.properties.PropertiesWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translation catalog: header comments, entries in file order, trailing comments and the obsolete section
 * ({@code #~ key=value} lines that {@link java.util.ResourceBundle} ignores). Reading then writing a file this
 * class wrote gives the same bytes; a hand-edited file keeps its comments, order and spelling.
 *
 * <p>Comment conventions follow gettext: {@code #.} generated context, {@code #,} flags, {@code #|} previous
 * source text, {@code #~} obsolete entries, {@code # key=} an untranslated key; any other comment is the
 * translator's and is kept with the key below it.
 */
public final class CatalogFile {

    /** The first line of the obsolete section. */
    public static final String OBSOLETE_HEADING =
            "#. Obsolete: keys no longer in the source, kept with their translations until sync --purge.";

    private static final Pattern PLACEHOLDER = Pattern.compile("#[ \\t]?([A-Za-z0-9][A-Za-z0-9._\\-]*)=[ \\t]*");

    private final String file;
    private final String locale;
    private final List<String> header;
    private final List<CatalogEntry> entries;
    private final List<String> trailer;
    private final List<CatalogEntry> obsolete;
    private final PropertiesFile properties;

    public CatalogFile(String file, String locale, List<String> header, List<CatalogEntry> entries,
            List<String> trailer, List<CatalogEntry> obsolete) {
        this(file, locale, header, entries, trailer, obsolete, null);
    }

    private CatalogFile(String file, String locale, List<String> header, List<CatalogEntry> entries,
            List<String> trailer, List<CatalogEntry> obsolete, PropertiesFile properties) {
        this.file = Objects.requireNonNull(file, "file");
        this.locale = locale == null ? "" : locale;
        this.header = List.copyOf(header);
        this.entries = List.copyOf(entries);
        this.trailer = List.copyOf(trailer);
        this.obsolete = List.copyOf(obsolete);
        this.properties = properties;
    }

    /** Reads a catalog file, keeping its problems (see {@link #problems()}); never throws for bad content. */
    public static CatalogFile read(Path path, String displayName, String locale) {
        return of(PropertiesReader.read(path, displayName, locale), locale);
    }

    /** Reads a catalog when the file exists, else returns {@code null}. */
    public static CatalogFile readIfExists(Path path, String displayName, String locale) {
        return Files.isRegularFile(path) ? read(path, displayName, locale) : null;
    }

    public static CatalogFile of(PropertiesFile pf, String locale) {
        List<String> header = new ArrayList<>();
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> trailer = new ArrayList<>();
        List<CatalogEntry> obsolete = new ArrayList<>();
        List<PropertiesElement> elements = pf.elements();

        int start = 0;
        int firstNonComment = 0;
        while (firstNonComment < elements.size() && elements.get(firstNonComment) instanceof PropertiesElement.Comment c
                && !isManaged(c.text())) {
            firstNonComment++;
        }
        if (firstNonComment > 0 && (firstNonComment == elements.size()
                || elements.get(firstNonComment) instanceof PropertiesElement.Blank)) {
            for (int i = 0; i < firstNonComment; i++) {
                header.add(((PropertiesElement.Comment) elements.get(i)).text());
            }
            start = firstNonComment;
        }

        Pending pending = new Pending();
        for (int i = start; i < elements.size(); i++) {
            PropertiesElement e = elements.get(i);
            if (e instanceof PropertiesElement.Blank) {
                pending.blank = true;
                continue;
            }
            if (e instanceof PropertiesElement.Property p) {
                entries.add(pending.entry(p.key(), p.value(), p, p.line()));
                continue;
            }
            PropertiesElement.Comment c = (PropertiesElement.Comment) e;
            String text = c.text();
            if (text.equals(OBSOLETE_HEADING)) {
                trailer.addAll(pending.notes);
                pending = new Pending();
            } else if (text.startsWith("#.")) {
                pending.context.add(strip(text));
            } else if (text.startsWith("#,")) {
                for (String flag : strip(text).split(",")) {
                    if (!flag.isBlank() && !pending.flags.contains(flag.strip())) {
                        pending.flags.add(flag.strip());
                    }
                }
            } else if (text.startsWith("#|")) {
                pending.previous.add(strip(text));
            } else if (text.startsWith("#~")) {
                PropertiesFile inner = PropertiesReader.parse(strip(text), pf.file(), locale);
                PropertiesElement.Property p = inner.elements().stream()
                        .filter(PropertiesElement.Property.class::isInstance).map(PropertiesElement.Property.class::cast)
                        .findFirst().orElse(null);
                if (p == null) {
                    pending.notes.add(text);
                } else {
                    CatalogEntry entry = pending.entry(p.key(), p.value(), null, c.line());
                    obsolete.add(entry.withContext(List.of()));
                }
            } else {
                Matcher m = PLACEHOLDER.matcher(text);
                if (m.matches()) {
                    entries.add(pending.entry(m.group(1), null, null, c.line()));
                } else {
                    pending.notes.add(text);
                }
            }
        }
        trailer.addAll(pending.notes);
        return new CatalogFile(pf.file(), locale, header, entries, trailer, obsolete, pf);
    }

    private static boolean isManaged(String comment) {
        return comment.startsWith("#.") || comment.startsWith("#,") || comment.startsWith("#|")
                || comment.startsWith("#~") || PLACEHOLDER.matcher(comment).matches();
    }

    private static String strip(String comment) {
        return comment.substring(comment.startsWith(" ", 2) ? 3 : 2);
    }

    private static final class Pending {
        final List<String> notes = new ArrayList<>();
        final List<String> context = new ArrayList<>();
        final List<String> flags = new ArrayList<>();
        final List<String> previous = new ArrayList<>();
        boolean blank;

        CatalogEntry entry(String key, String value, PropertiesElement.Property p, int line) {
            CatalogEntry e = new CatalogEntry(key, value, notes, context, flags, previous, p, line, blank);
            blank = false;
            notes.clear();
            context.clear();
            flags.clear();
            previous.clear();
            return e;
        }
    }

    public String file() {
        return file;
    }

    public String locale() {
        return locale;
    }

    public List<String> header() {
        return header;
    }

    /** Entries in file order, translated ones and untranslated placeholders. */
    public List<CatalogEntry> entries() {
        return entries;
    }

    public List<String> trailer() {
        return trailer;
    }

    public List<CatalogEntry> obsolete() {
        return obsolete;
    }

    /** The properties as read, with positions and read problems; {@code null} for a catalog built in memory. */
    public PropertiesFile properties() {
        return properties;
    }

    /** Problems found while reading (invalid UTF-8, escapes, duplicate keys); empty for one built in memory. */
    public List<CatalogProblem> problems() {
        return properties == null ? List.of() : properties.problems();
    }

    /** Entries by key (the last one for duplicated keys, like {@link java.util.Properties}). */
    public Map<String, CatalogEntry> byKey() {
        Map<String, CatalogEntry> map = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            if (e.isTranslated() || !map.containsKey(e.key())) {
                map.put(e.key(), e);
            }
        }
        return map;
    }

    /** The file's text: LF line endings, a blank line between items, the obsolete section last. */
    public String write() {
        StringBuilder sb = new StringBuilder(estimatedLength());
        if (!header.isEmpty()) {
            header.forEach(h -> sb.append(h).append('\n'));
        }
        String group = null;
        for (CatalogEntry e : entries) {
            String g = group(e.key());
            boolean blank = e.blankBefore() != null ? e.blankBefore() : !g.equals(group);
            if (sb.length() > 0 && blank) {
                sb.append('\n');
            }
            group = g;
            writeComments(sb, e, true);
            if (e.value() == null) {
                sb.append("# ").append(PropertiesWriter.escapeKey(e.key())).append("=\n");
            } else {
                String raw = e.rawIfUnchanged();
                if (raw != null) {
                    sb.append(raw);
                } else {
                    PropertiesWriter.appendProperty(sb, e.key(), e.value());
                }
                sb.append('\n');
            }
        }
        if (!trailer.isEmpty()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            trailer.forEach(t -> sb.append(t).append('\n'));
        }
        if (!obsolete.isEmpty()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(OBSOLETE_HEADING).append('\n');
            for (CatalogEntry e : obsolete) {
                writeComments(sb, e, false);
                PropertiesWriter.appendProperty(sb.append("#~ "), e.key(), e.value()).append('\n');
            }
        }
        return sb.toString();
    }

    /** About the length of {@link #write()}'s text, so its builder rarely grows. */
    private int estimatedLength() {
        long n = 64;
        for (List<String> lines : List.of(header, trailer)) {
            for (String line : lines) {
                n += line.length() + 1;
            }
        }
        for (List<CatalogEntry> list : List.of(entries, obsolete)) {
            for (CatalogEntry e : list) {
                n += e.key().length() + (e.value() == null ? 0 : e.value().length()) + 8;
                for (List<String> lines : List.of(e.notes(), e.context(), e.flags(), e.previous())) {
                    for (String line : lines) {
                        n += line.length() + 4;
                    }
                }
            }
        }
        return (int) Math.min(n + n / 32, 1 << 30);
    }

    private static void writeComments(StringBuilder sb, CatalogEntry e, boolean withContext) {
        e.notes().forEach(n -> sb.append(n).append('\n'));
        if (withContext) {
            e.context().forEach(c -> PropertiesWriter.appendComment(sb, "#.", c).append('\n'));
        }
        if (!e.flags().isEmpty()) {
            sb.append("#, ").append(String.join(", ", e.flags())).append('\n');
        }
        e.previous().forEach(p -> PropertiesWriter.appendComment(sb, "#|", p).append('\n'));
    }

    /** The item a key belongs to, for grouping: {@code cause.x.title} → {@code cause.x}, {@code section.y} → {@code section}. */
    static String group(String key) {
        int first = key.indexOf('.');
        if (first < 0) {
            return key;
        }
        if (dev.careguide.model.ItemType.ofId(key) != null) {
            int second = key.indexOf('.', first + 1);
            return second < 0 ? key : key.substring(0, second);
        }
        return key.substring(0, first);
    }
}
