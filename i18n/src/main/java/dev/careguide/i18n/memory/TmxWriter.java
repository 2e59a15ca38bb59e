package dev.careguide.i18n.memory;

import dev.careguide.i18n.memory.TranslationMemory.Entry;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes translation-memory pairs as TMX 1.4b with the JDK's StAX writer (which escapes all markup): one
 * {@code <tu>} per source string of a guide's key (or per source text of an imported memory), holding the
 * source {@code <tuv>} and one per locale, with the guide, key and origin as {@code <prop>}s. No dates, so the
 * same pairs give the same bytes. TMX has no way to hold characters XML cannot (control characters, lone
 * surrogates): a pair with one is left out and counted in {@link Output#skipped()}.
 */
public final class TmxWriter {

    /** The file's text and how many pairs could not be written. */
    public record Output(String text, int units, int pairs, int skipped) {}

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private TmxWriter() {}

    public static Output write(List<Entry> entries, String sourceTag, String toolVersion) {
        Map<List<String>, List<Entry>> units = new LinkedHashMap<>();
        int skipped = 0;
        for (Entry e : entries) {
            if (!writable(e.source()) || !writable(e.target())) {
                skipped++;
                continue;
            }
            List<String> id = e.key() != null ? List.of(e.origin(), e.key(), e.source()) : List.of("", e.source());
            units.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
        }
        StringWriter out = new StringWriter(4096 + entries.size() * 200);
        int pairs = 0;
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            newline(w, 0);
            w.writeStartElement("tmx");
            w.writeAttribute("version", "1.4");
            newline(w, 1);
            w.writeEmptyElement("header");
            w.writeAttribute("creationtool", "careguide");
            w.writeAttribute("creationtoolversion", toolVersion);
            w.writeAttribute("segtype", "sentence");
            w.writeAttribute("o-tmf", "careguide");
            w.writeAttribute("adminlang", "en");
            w.writeAttribute("srclang", sourceTag);
            w.writeAttribute("datatype", "plaintext");
            newline(w, 1);
            w.writeStartElement("body");
            for (List<Entry> unit : units.values()) {
                Entry first = unit.get(0);
                newline(w, 2);
                w.writeStartElement("tu");
                if (first.key() != null) {
                    w.writeAttribute("tuid", first.origin() + "/" + first.key());
                    prop(w, "x-careguide-guide", first.origin());
                    prop(w, "x-careguide-key", first.key());
                } else {
                    prop(w, "x-careguide-origin", first.origin());
                }
                tuv(w, sourceTag, first.source());
                for (Entry e : unit) {
                    tuv(w, e.locale(), e.target());
                    pairs++;
                }
                newline(w, 2);
                w.writeEndElement();
            }
            newline(w, 1);
            w.writeEndElement();
            newline(w, 0);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TMX: " + e.getMessage(), e);
        }
        return new Output(out.append('\n').toString(), units.size(), pairs, skipped);
    }

    private static void prop(XMLStreamWriter w, String type, String value) throws XMLStreamException {
        newline(w, 3);
        w.writeStartElement("prop");
        w.writeAttribute("type", type);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void tuv(XMLStreamWriter w, String lang, String text) throws XMLStreamException {
        newline(w, 3);
        w.writeStartElement("tuv");
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        w.writeStartElement("seg");
        int plain = 0;
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', plain)) {
            w.writeCharacters(text.substring(plain, i));
            w.writeEntityRef("#13");
            plain = i + 1;
        }
        w.writeCharacters(text.substring(plain));
        w.writeEndElement();
        w.writeEndElement();
    }

    /** Whether XML 1.0 can hold every character of a text. */
    static boolean writable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!(cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
