package dev.careguide.i18n.xliff;

import dev.careguide.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 2.x files with the JDK's StAX reader (no DTDs, no external entities) into {@link XliffDocument}s:
 * one per {@code <file>}, each unit with its key ({@code name}, else {@code id}), source and target text
 * (segments and ignorables joined in order, {@code <cp>} decoded, {@code <mrk>} read through) and state, and
 * where its source stands. Problems (not well-formed XML, not XLIFF 2, inline codes careguide never writes)
 * are added with file, line and column.
 */
final class XliffReader {

    private static final XMLInputFactory FACTORY = factory();

    private XliffReader() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    static List<XliffDocument> read(Path path, String file, List<Diagnostic> problems) {
        try (InputStream in = Files.newInputStream(path)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                return new Parse(r, file, problems).run();
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null
                    ? ""
                    : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
            problems.add(Diagnostic.error(
                    file,
                    at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(),
                    "xliff",
                    "not well-formed XML: " + message.strip()));
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One pass over one file. */
    private static final class Parse {
        private final XMLStreamReader r;
        private final String file;
        private final List<Diagnostic> problems;
        private final List<XliffDocument> documents = new ArrayList<>();
        private String sourceTag;
        private String targetTag;
        /** False once a unit's text had content that cannot be read; reset per unit. */
        private boolean valid;

        Parse(XMLStreamReader r, String file, List<Diagnostic> problems) {
            this.r = r;
            this.file = file;
            this.problems = problems;
        }

        List<XliffDocument> run() throws XMLStreamException {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // up to the root element
            }
            if (!r.isStartElement()
                    || !"xliff".equals(r.getLocalName())
                    || !XliffWriter.XLIFF_NS.equals(r.getNamespaceURI())) {
                error("not an XLIFF 2 file: the root element must be <xliff xmlns=\"" + XliffWriter.XLIFF_NS + "\">");
                return List.of();
            }
            String version = r.getAttributeValue(null, "version");
            if (version == null || !version.startsWith("2.")) {
                error("not an XLIFF 2 file: version is '" + version + "'; careguide reads XLIFF 2.0 and 2.1");
                return List.of();
            }
            sourceTag = r.getAttributeValue(null, "srcLang");
            targetTag = r.getAttributeValue(null, "trgLang");
            if (sourceTag == null || targetTag == null) {
                error("the <xliff> element needs srcLang and trgLang");
                return List.of();
            }
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && isXliff("file")) {
                    documents.add(file());
                }
            }
            return documents;
        }

        private XliffDocument file() throws XMLStreamException {
            String id = r.getAttributeValue(null, "id");
            String original = r.getAttributeValue(null, "original");
            List<XliffUnit> units = new ArrayList<>();
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (isXliff("unit")) {
                        XliffUnit unit = unit();
                        if (unit != null) {
                            units.add(unit);
                        }
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return new XliffDocument(
                    id == null ? "" : id, original == null ? "" : original, sourceTag, targetTag, units);
        }

        /** Reads a unit up to its end tag; {@code null} when it has a problem (already reported). */
        private XliffUnit unit() throws XMLStreamException {
            String name = r.getAttributeValue(null, "name");
            String key = name != null ? name : r.getAttributeValue(null, "id");
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            boolean hasTarget = true;
            boolean anySegment = false;
            XliffState state = null;
            boolean stale = false;
            boolean ok = true;
            valid = true;
            int line = 0;
            int column = 0;
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                boolean segment = isXliff("segment");
                if (!segment && !isXliff("ignorable")) {
                    skipElement();
                    continue;
                }
                if (segment) {
                    anySegment = true;
                    String stateName = r.getAttributeValue(null, "state");
                    XliffState s = stateName == null ? XliffState.INITIAL : XliffState.of(stateName);
                    if (s == null) {
                        error("unit " + key + ": unknown segment state '" + stateName
                                + "' (XLIFF 2 has initial, translated, reviewed, final)");
                        ok = false;
                        s = XliffState.INITIAL;
                    }
                    state = state == null || s.ordinal() < state.ordinal() ? s : state;
                    stale |= XliffWriter.STALE_SUBSTATE.equals(r.getAttributeValue(null, "subState"));
                }
                String partSource = null;
                String partTarget = null;
                int inner = 1;
                while (inner > 0 && r.hasNext()) {
                    int e = r.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        if (isXliff("source")) {
                            if (line == 0) {
                                line = r.getLocation().getLineNumber();
                                column = r.getLocation().getColumnNumber();
                            }
                            partSource = content(key);
                        } else if (isXliff("target")) {
                            partTarget = content(key);
                        } else {
                            skipElement();
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT) {
                        inner--;
                    }
                }
                if (partSource == null) {
                    error("unit " + key + ": a segment without <source>");
                    ok = false;
                    continue;
                }
                source.append(partSource);
                if (partTarget != null) {
                    target.append(partTarget);
                } else if (segment) {
                    hasTarget = false;
                } else {
                    target.append(partSource);
                }
            }
            if (key == null || key.isEmpty()) {
                error("a unit without name or id");
                return null;
            }
            if (!anySegment) {
                error("unit " + key + ": no <segment>");
                return null;
            }
            return ok && valid
                    ? new XliffUnit(
                            key,
                            source.toString(),
                            hasTarget ? target.toString() : null,
                            state,
                            stale,
                            List.of(),
                            List.of(),
                            line,
                            column)
                    : null;
        }

        /**
         * The text of a source or target element, up to its end tag; inline content careguide cannot turn back
         * into catalog text is reported and clears {@code valid}.
         */
        private String content(String key) throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(r.getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (isXliff("cp")) {
                            String hex = r.getAttributeValue(null, "hex");
                            try {
                                sb.appendCodePoint(Integer.parseInt(hex, 16));
                            } catch (IllegalArgumentException | NullPointerException e) {
                                error("unit " + key + ": <cp hex=\"" + hex + "\"> is not a code point");
                                valid = false;
                            }
                            depth++;
                        } else if (isXliff("mrk") || isXliff("sm") || isXliff("em")) {
                            depth++;
                        } else {
                            error("unit " + key + ": inline element <" + r.getLocalName() + "> is not supported: "
                                    + "careguide messages are plain text; type the text itself (ICU braces included)");
                            valid = false;
                            skipElement();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {}
                }
            }
            return sb.toString();
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private boolean isXliff(String name) {
            return name.equals(r.getLocalName()) && XliffWriter.XLIFF_NS.equals(r.getNamespaceURI());
        }

        private void error(String message) {
            Location at = r.getLocation();
            problems.add(Diagnostic.error(file, at.getLineNumber(), at.getColumnNumber(), "xliff", message));
        }
    }
}
