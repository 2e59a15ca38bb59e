package dev.careguide.i18n;

import dev.careguide.i18n.properties.PropertiesElement;
import dev.careguide.i18n.properties.PropertiesFile;
import dev.careguide.i18n.properties.PropertiesReader;
import dev.careguide.i18n.properties.PropertiesWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sync state kept beside a guide's catalogs ({@value #FILE_NAME}, committed with them): for each locale and
 * key, the fingerprint of the source text the translation was made for and, while the translation is marked
 * stale, the fingerprint of the value at the time it was marked. It lets sync mark a changed source once and
 * only once, and tells an edited stale translation (mark cleared) from an untouched one.
 */
public final class CatalogState {

    public static final String FILE_NAME = "sync-state.properties";

    private static final String HEADER = "# careguide sync state: fingerprints of the source text each translation "
            + "was made for.\n# Commit it with the catalogs; do not edit.\n";

    /** What the state says about one translation. */
    public record Record(String sourceFingerprint, String markedValueFingerprint) {}

    /** Locale → key → record, for the file's keys {@code locale/key}. */
    private final Map<String, Map<String, Record>> byLocale = new HashMap<>();
    /** Records under a key without {@code /}, which no lookup reaches but the file keeps. */
    private final Map<String, Record> unaddressable = new HashMap<>();

    private CatalogState() {}

    public static CatalogState empty() {
        return new CatalogState();
    }

    /** Reads the state file of a catalog folder; an absent file is an empty state. */
    public static CatalogState read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        PropertiesFile pf = PropertiesReader.read(file, file.toString(), null).requireValid();
        CatalogState state = new CatalogState();
        for (PropertiesElement e : pf.elements()) {
            if (e instanceof PropertiesElement.Property p) {
                String[] parts = p.value().strip().split(" ");
                Record r = new Record(parts[0], parts.length >= 3 && parts[1].equals("stale") ? parts[2] : null);
                int slash = p.key().indexOf('/');
                if (slash < 0) {
                    state.unaddressable.put(p.key(), r);
                } else {
                    state.put(p.key().substring(0, slash), p.key().substring(slash + 1), r);
                }
            }
        }
        return state;
    }

    public Record get(String locale, String key) {
        Map<String, Record> records = byLocale.get(locale);
        return records == null ? null : records.get(key);
    }

    public void put(String locale, String key, Record record) {
        Map<String, Record> records = byLocale.computeIfAbsent(locale, l -> new HashMap<>());
        // The caller's key replaces an equal one read from the file, so the state keeps no copy of the keys.
        records.remove(key);
        records.put(key, record);
    }

    public void remove(String locale, String key) {
        Map<String, Record> records = byLocale.get(locale);
        if (records != null) {
            records.remove(key);
        }
    }

    /** The file's text: sorted, one line per translation. */
    public String write() {
        StringWriter out = new StringWriter();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the text of {@link #write()} to {@code out} line by line. */
    public void writeTo(Writer out) throws IOException {
        Map<String, Record> all = new TreeMap<>(unaddressable);
        byLocale.forEach((locale, records) -> records.forEach((key, r) -> all.put(locale + "/" + key, r)));
        out.write(HEADER);
        StringBuilder line = new StringBuilder(128);
        for (Map.Entry<String, Record> e : all.entrySet()) {
            Record r = e.getValue();
            line.setLength(0);
            PropertiesWriter.appendProperty(
                            line,
                            e.getKey(),
                            r.markedValueFingerprint() == null
                                    ? r.sourceFingerprint()
                                    : r.sourceFingerprint() + " stale " + r.markedValueFingerprint())
                    .append('\n');
            out.append(line);
        }
    }

    public boolean isEmpty() {
        return unaddressable.isEmpty() && byLocale.values().stream().allMatch(Map::isEmpty);
    }

    /** Whether a catalog entry still counts as stale: marked, and not edited since sync marked it. */
    public boolean isStale(String locale, CatalogEntry entry) {
        if (!entry.isStale()) {
            return false;
        }
        Record r = get(locale, entry.key());
        return r == null
                || r.markedValueFingerprint() == null
                || r.markedValueFingerprint().equals(fingerprint(entry.value()));
    }

    /** A short stable fingerprint of a text (the first 12 hex digits of its SHA-256). */
    public static String fingerprint(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 6);
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
