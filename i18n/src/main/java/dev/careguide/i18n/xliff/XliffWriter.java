package dev.careguide.i18n.xliff;

import dev.careguide.i18n.memory.Suggestion;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XliffDocument} as XLIFF 2.1 with the JDK's StAX writer, which escapes all markup. Text is
 * kept exactly: a carriage return is written as {@code &#13;} (a parser would turn a raw one into a line feed)
 * and a character XML cannot hold (a control character, a lone surrogate) as the XLIFF {@code <cp hex="..."/>}
 * element. Segments cannot be split ({@code canResegment="no"}), whitespace is preserved, and the output
 * depends on nothing but the document.
 */
final class XliffWriter {

    static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String MATCHES_NS = "urn:oasis:names:tc:xliff:matches:2.0";
    static final String VERSION = "2.1";
    /** The sub-state of a translation made for an older source text. */
    static final String STALE_SUBSTATE = "careguide:stale";

    static final String SEGMENT_ID = "s1";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private XliffWriter() {}

    static String write(XliffDocument doc) {
        StringWriter out = new StringWriter(4096 + doc.units().size() * 512);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            newline(w, 0);
            w.setDefaultNamespace(XLIFF_NS);
            w.setPrefix("mtc", MATCHES_NS);
            w.writeStartElement(XLIFF_NS, "xliff");
            w.writeDefaultNamespace(XLIFF_NS);
            w.writeNamespace("mtc", MATCHES_NS);
            w.writeAttribute("version", VERSION);
            w.writeAttribute("srcLang", doc.sourceTag());
            w.writeAttribute("trgLang", doc.targetTag());
            newline(w, 1);
            w.writeStartElement(XLIFF_NS, "file");
            w.writeAttribute("id", doc.guideId());
            w.writeAttribute("original", attribute(doc.original()));
            w.writeAttribute("canResegment", "no");
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            for (XliffUnit unit : doc.units()) {
                unit(w, unit);
            }
            newline(w, 1);
            w.writeEndElement();
            newline(w, 0);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void unit(XMLStreamWriter w, XliffUnit unit) throws XMLStreamException {
        newline(w, 2);
        w.writeStartElement(XLIFF_NS, "unit");
        w.writeAttribute("id", unitId(unit.key()));
        w.writeAttribute("name", attribute(unit.key()));
        if (!unit.matches().isEmpty()) {
            newline(w, 3);
            w.writeStartElement(MATCHES_NS, "matches");
            for (Suggestion s : unit.matches()) {
                newline(w, 4);
                w.writeStartElement(MATCHES_NS, "match");
                w.writeAttribute("ref", "#" + SEGMENT_ID);
                w.writeAttribute("type", "tm");
                w.writeAttribute("similarity", String.format(Locale.ROOT, "%d.0", s.score()));
                w.writeAttribute("matchQuality", String.format(Locale.ROOT, "%d.0", s.score()));
                w.writeAttribute("origin", attribute(s.origin()));
                newline(w, 5);
                text(w, "source", s.source());
                newline(w, 5);
                text(w, "target", s.target());
                newline(w, 4);
                w.writeEndElement();
            }
            newline(w, 3);
            w.writeEndElement();
        }
        if (!unit.notes().isEmpty()) {
            newline(w, 3);
            w.writeStartElement(XLIFF_NS, "notes");
            for (XliffUnit.Note note : unit.notes()) {
                newline(w, 4);
                w.writeStartElement(XLIFF_NS, "note");
                w.writeAttribute("category", note.category());
                w.writeCharacters(attribute(note.text()));
                w.writeEndElement();
            }
            newline(w, 3);
            w.writeEndElement();
        }
        newline(w, 3);
        w.writeStartElement(XLIFF_NS, "segment");
        w.writeAttribute("id", SEGMENT_ID);
        w.writeAttribute("state", unit.state().wireName());
        if (unit.stale()) {
            w.writeAttribute("subState", STALE_SUBSTATE);
        }
        newline(w, 4);
        text(w, "source", unit.source());
        if (unit.target() != null) {
            newline(w, 4);
            text(w, "target", unit.target());
        }
        newline(w, 3);
        w.writeEndElement();
        newline(w, 2);
        w.writeEndElement();
    }

    /** {@code <name>text</name>} with carriage returns as character references and invalid characters as cp. */
    private static void text(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(XLIFF_NS, name);
        int plain = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r' || !isXmlChar(cp)) {
                if (plain < i) {
                    w.writeCharacters(text.substring(plain, i));
                }
                if (cp == '\r') {
                    w.writeEntityRef("#13");
                } else {
                    w.writeEmptyElement(XLIFF_NS, "cp");
                    w.writeAttribute("hex", String.format(Locale.ROOT, "%04X", cp));
                }
                plain = next;
            }
            i = next;
        }
        if (plain < text.length()) {
            w.writeCharacters(text.substring(plain));
        }
        w.writeEndElement();
    }

    /** The unit id: the key when it is an XML name token (careguide's keys are), else a token made from it. */
    static String unitId(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        key.codePoints()
                .forEach(c ->
                        sb.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
        String id = sb.toString();
        return id.equals(key) && !id.isEmpty() ? id : "k" + Integer.toHexString(key.hashCode()) + "_" + id;
    }

    /** Text for an attribute or note, where cp cannot stand: characters XML cannot hold become U+FFFD. */
    private static String attribute(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!isXmlChar(cp) || cp == '\r') {
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
                sb.append(cp == '\r' ? ' ' : '\uFFFD');
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb == null ? text : sb.toString();
    }

    static boolean isXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
