package dev.careguide.i18n.memory;

import dev.careguide.i18n.Locales;
import dev.careguide.i18n.memory.TranslationMemory.Entry;
import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the pairs of a TMX 1.4 file with the JDK's StAX reader (no DTDs, no external entities): for every
 * {@code <tu>}, its source {@code <tuv>} (the header's {@code srclang}, or the project's source language for
 * {@code *all*}) paired with each other {@code <tuv>}. The text of a {@code <seg>} is read with its
 * {@code <hi>} and {@code <sub>} text; inline codes ({@code <bpt>}, {@code <ept>}, {@code <ph>}, {@code <it>},
 * {@code <ut>}) hold native markup and are left out. Problems carry file, line and column.
 */
public final class TmxReader {

    /** The origin of an imported TMX's pairs when it names none: the file's name. */
    private static final String ORIGIN_PROP = "x-careguide-origin";

    private static final XMLInputFactory FACTORY = factory();

    private TmxReader() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * The pairs of {@code path} whose source is in {@code sourceTag}'s language; {@code origin} is put on pairs
     * whose unit names none. Problems are added to {@code problems}.
     */
    public static List<Entry> read(
            Path path, String display, String sourceTag, String origin, List<Diagnostic> problems) {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                read(r, display, sourceTag, origin, out, problems);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null
                    ? ""
                    : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
            problems.add(Diagnostic.error(
                    display,
                    at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(),
                    "tmx",
                    "not well-formed XML: " + message.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + display, e);
        }
        return out;
    }

    private static void read(
            XMLStreamReader r, String file, String sourceTag, String origin, List<Entry> out, List<Diagnostic> problems)
            throws XMLStreamException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // up to the root element
        }
        if (!r.isStartElement() || !"tmx".equals(r.getLocalName())) {
            problems.add(error(r, file, "not a TMX file: the root element must be <tmx>"));
            return;
        }
        String sourceLanguage = TranslationMemory.language(sourceTag);
        String srclang = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("header")) {
                srclang = r.getAttributeValue(null, "srclang");
                if (srclang == null) {
                    problems.add(error(r, file, "the <header> has no srclang"));
                    return;
                }
                if (!srclang.equalsIgnoreCase("*all*")
                        && (Locales.problem(srclang) != null
                                || !TranslationMemory.language(Locales.canonical(srclang))
                                        .equals(sourceLanguage))) {
                    problems.add(error(
                            r,
                            file,
                            "srclang is '" + srclang + "', but the project's source language is " + sourceTag));
                    return;
                }
            } else if (r.getLocalName().equals("tu")) {
                if (srclang == null) {
                    problems.add(error(r, file, "a <tu> before the <header>"));
                    return;
                }
                unit(r, file, sourceLanguage, origin, out, problems);
            }
        }
    }

    private static void unit(
            XMLStreamReader r,
            String file,
            String sourceLanguage,
            String origin,
            List<Entry> out,
            List<Diagnostic> problems)
            throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        String unitOrigin = origin;
        Map<String, String> variants = new LinkedHashMap<>();
        int depth = 1;
        String lang = null;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (r.getLocalName()) {
                case "prop" -> {
                    if (ORIGIN_PROP.equals(r.getAttributeValue(null, "type"))) {
                        unitOrigin = r.getElementText();
                        depth--;
                    }
                }
                case "tuv" -> {
                    lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                    if (lang == null) {
                        lang = r.getAttributeValue(null, "lang");
                    }
                    if (lang == null || Locales.problem(lang) != null) {
                        problems.add(error(r, file, "a <tuv> without a valid xml:lang ('" + lang + "')"));
                        lang = null;
                    }
                }
                case "seg" -> {
                    String text = segment(r);
                    depth--;
                    if (lang != null && !variants.containsKey(Locales.canonical(lang))) {
                        variants.put(Locales.canonical(lang), text);
                    }
                }
                default -> {}
            }
        }
        String source = null;
        for (Map.Entry<String, String> v : variants.entrySet()) {
            if (TranslationMemory.language(v.getKey()).equals(sourceLanguage)) {
                source = v.getValue();
                break;
            }
        }
        if (source == null) {
            problems.add(Diagnostic.warning(
                    file,
                    line,
                    0,
                    "tmx",
                    "a <tu> without a variant in the source language " + sourceLanguage + "; skipped"));
            return;
        }
        for (Map.Entry<String, String> v : variants.entrySet()) {
            if (!TranslationMemory.language(v.getKey()).equals(sourceLanguage)) {
                out.add(new Entry(v.getKey(), source, v.getValue(), unitOrigin, null));
            }
        }
    }

    /** The text of a seg, up to its end tag, without the native codes of inline elements. */
    private static String segment(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        int codeDepth = 0;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = r.getLocalName();
                if (codeDepth > 0
                        || name.equals("bpt")
                        || name.equals("ept")
                        || name.equals("ph")
                        || name.equals("it")
                        || name.equals("ut")) {
                    codeDepth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (codeDepth > 0) {
                    codeDepth--;
                }
            } else if (codeDepth == 0
                    && (event == XMLStreamConstants.CHARACTERS
                            || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE)) {
                sb.append(r.getText());
            }
        }
        return sb.toString();
    }

    private static Diagnostic error(XMLStreamReader r, String file, String message) {
        Location at = r.getLocation();
        return Diagnostic.error(file, at.getLineNumber(), at.getColumnNumber(), "tmx", message);
    }
}
