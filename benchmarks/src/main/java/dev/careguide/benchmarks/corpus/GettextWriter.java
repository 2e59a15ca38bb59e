package dev.careguide.benchmarks.corpus;

/**
 * Writes the GNU gettext equivalent of a {@link SyncScenario} for {@code msgmerge}: a template ({@code .pot}) of
 * the new source and the translator's {@code .po} of the old one. Each catalog key becomes the entry's
 * {@code msgctxt}, so gettext identifies entries by key and source text as our catalogs do.
 */
public final class GettextWriter {

    private GettextWriter() {}

    /** The template of the scenario's new source, every {@code msgstr} empty. */
    public static String template(SyncScenario scenario) {
        StringBuilder out = header(null);
        SyncScenario.strings(scenario.after()).forEach((key, text) -> entry(out, key, text, ""));
        return out.toString();
    }

    /** The translated catalog of the scenario's old source. */
    public static String translated(SyncScenario scenario) {
        StringBuilder out = header(scenario.locale());
        SyncScenario.strings(scenario.before())
                .forEach((key, text) ->
                        entry(out, key, text, scenario.translator().translate(text)));
        return out.toString();
    }

    private static StringBuilder header(String language) {
        StringBuilder out = new StringBuilder(8 << 20);
        out.append("msgid \"\"\nmsgstr \"\"\n");
        out.append("\"Project-Id-Version: careguide-benchmark\\n\"\n");
        out.append("\"Language: ").append(language == null ? "" : language).append("\\n\"\n");
        out.append("\"MIME-Version: 1.0\\n\"\n");
        out.append("\"Content-Type: text/plain; charset=UTF-8\\n\"\n");
        out.append("\"Content-Transfer-Encoding: 8bit\\n\"\n");
        out.append("\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n");
        return out;
    }

    private static void entry(StringBuilder out, String key, String msgid, String msgstr) {
        out.append("msgctxt ").append(quote(key)).append('\n');
        out.append("msgid ").append(quote(msgid)).append('\n');
        out.append("msgstr ").append(quote(msgstr)).append("\n\n");
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
