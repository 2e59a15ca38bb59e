package dev.careguide.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML file the content team wrote (rules, glossary, editorial decisions, check configuration) read into a
 * Jackson tree that remembers where each node starts, so problems found later (an unknown value, a wrong type)
 * are reported with file, line and column like syntax errors are. Read strictly, so nothing is misread: one
 * document per file; an alias ({@code *name}) or merge key ({@code <<}) is refused, never read as its name; a
 * key given twice is an error naming both places; a tag other than the standard {@code !!str}, {@code !!int},
 * {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!map} and {@code !!seq} is refused; nesting is
 * bounded. Plain scalars resolve as YAML 1.1 does: {@code ~}, {@code null} and nothing are null, {@code yes},
 * {@code no}, {@code on}, {@code off}, {@code true} and {@code false} are booleans, anything else (numbers
 * included) is text. SnakeYAML parses; the text is decoded by {@link Utf8Text}.
 */
public final class YamlDocument {

    /** Deepest nesting of maps and lists accepted. */
    public static final int MAX_DEPTH = 64;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> STANDARD_TAGS = Set.of(
            Tag.STR.getValue(),
            Tag.INT.getValue(),
            Tag.FLOAT.getValue(),
            Tag.BOOL.getValue(),
            Tag.NULL.getValue(),
            Tag.MAP.getValue(),
            Tag.SEQ.getValue(),
            "!");

    private final String file;
    private final JsonNode root;
    private final IdentityHashMap<JsonNode, Mark> locations;

    private YamlDocument(String file, JsonNode root, IdentityHashMap<JsonNode, Mark> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /** Reads a UTF-8 YAML file; any read, encoding or syntax problem becomes a {@link DiagnosticException}. */
    public static YamlDocument read(Path path) {
        String name = path.toString();
        return parse(name, Utf8Text.read(path, name));
    }

    /** Reads a YAML resource shipped on the class path of {@code owner}. */
    public static YamlDocument resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, Utf8Text.strict(in.readAllBytes(), resource));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }

    /** Parses YAML text; {@code name} is used in diagnostics. An empty document is an empty map. */
    public static YamlDocument parse(String name, String text) {
        IdentityHashMap<JsonNode, Mark> locations = new IdentityHashMap<>();
        Builder builder = new Builder(name, locations);
        try {
            Iterator<Event> events =
                    new Yaml(new LoaderOptions()).parse(new StringReader(text)).iterator();
            while (events.hasNext()) {
                builder.accept(events.next());
            }
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            Mark context = e.getContextMark();
            String where = e.getContext() == null
                    ? ""
                    : " (" + e.getContext()
                            + (context == null || context == at
                                    ? ""
                                    : " that starts at line " + (context.getLine() + 1) + ", column "
                                            + (context.getColumn() + 1))
                            + ")";
            throw new DiagnosticException(List.of(at(name, at, "yaml-syntax", "invalid YAML: " + problem + where)), e);
        } catch (ReaderException e) {
            int offset = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
            LineIndex lines = LineIndex.of(text);
            throw new DiagnosticException(
                    List.of(Diagnostic.error(
                            name,
                            lines.line(offset),
                            lines.column(offset),
                            "yaml-syntax",
                            String.format("invalid YAML: character U+%04X is not allowed in YAML", e.getCodePoint()))),
                    e);
        } catch (YAMLException e) {
            throw new DiagnosticException(
                    List.of(Diagnostic.error(name, 0, 0, "yaml-syntax", "invalid YAML: " + e.getMessage())), e);
        }
        JsonNode root = builder.root == null ? NODES.objectNode() : builder.root;
        return new YamlDocument(name, root, locations);
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** A diagnostic located at {@code node}. */
    public Diagnostic error(JsonNode node, String code, String message) {
        return Diagnostic.error(file, line(node), column(node), code, message);
    }

    /** A warning located at {@code node}. */
    public Diagnostic warning(JsonNode node, String code, String message) {
        return Diagnostic.warning(file, line(node), column(node), code, message);
    }

    /** Line of {@code node}, 0 when unknown. */
    public int line(JsonNode node) {
        Mark at = node == null ? null : locations.get(node);
        return at == null ? 0 : at.getLine() + 1;
    }

    /** Column of {@code node} (code points, from 1), 0 when unknown. */
    public int column(JsonNode node) {
        Mark at = node == null ? null : locations.get(node);
        return at == null ? 0 : at.getColumn() + 1;
    }

    private static Diagnostic at(String file, Mark mark, String code, String message) {
        return Diagnostic.error(
                file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, code, message);
    }

    /** Builds the tree from SnakeYAML's events, refusing what would be misread. */
    private static final class Builder {
        private final String file;
        private final IdentityHashMap<JsonNode, Mark> locations;
        private final Resolver resolver = new Resolver();
        private final Deque<Open> open = new ArrayDeque<>();
        private int documents;
        private JsonNode root;

        Builder(String file, IdentityHashMap<JsonNode, Mark> locations) {
            this.file = file;
            this.locations = locations;
        }

        /** A map or list being read; for a map, its keys so far and the key waiting for its value. */
        private static final class Open {
            final JsonNode node;
            final Map<String, Mark> keys = new HashMap<>();
            String pendingKey;

            Open(JsonNode node) {
                this.node = node;
            }
        }

        void accept(Event event) {
            if (event instanceof DocumentStartEvent) {
                if (++documents > 1) {
                    throw new DiagnosticException(at(
                            file,
                            event.getStartMark(),
                            "yaml-documents",
                            "a second YAML document ('---') in one file; careguide reads one document per file"));
                }
            } else if (event instanceof AliasEvent alias) {
                throw new DiagnosticException(at(
                        file,
                        event.getStartMark(),
                        "yaml-alias",
                        "YAML alias '*" + alias.getAnchor()
                                + "' is not supported; write the value out where it is used"));
            } else if (event instanceof ScalarEvent scalar) {
                add(scalar(scalar), scalar.getStartMark(), scalar);
            } else if (event instanceof CollectionStartEvent start) {
                checkTag(start.getTag(), start.getStartMark(), start instanceof MappingStartEvent ? Tag.MAP : Tag.SEQ);
                if (open.size() >= MAX_DEPTH) {
                    throw new DiagnosticException(at(
                            file,
                            start.getStartMark(),
                            "yaml-depth",
                            "maps and lists nest more than " + MAX_DEPTH + " levels deep"));
                }
                JsonNode node = start instanceof SequenceStartEvent ? NODES.arrayNode() : NODES.objectNode();
                add(node, start.getStartMark(), null);
                open.push(new Open(node));
            } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
                open.pop();
            }
        }

        private void add(JsonNode node, Mark mark, ScalarEvent scalar) {
            locations.put(node, mark);
            Open parent = open.peek();
            if (parent == null) {
                root = node;
            } else if (parent.node instanceof ArrayNode array) {
                array.add(node);
            } else if (parent.pendingKey == null) {
                parent.pendingKey = key(mark, scalar);
                Mark first = parent.keys.putIfAbsent(parent.pendingKey, mark);
                if (first != null) {
                    throw new DiagnosticException(at(
                            file,
                            mark,
                            "yaml-duplicate-key",
                            "duplicate key '"
                                    + parent.pendingKey + "': first at line " + (first.getLine() + 1) + ", column "
                                    + (first.getColumn() + 1) + ", again at line " + (mark.getLine() + 1) + ", column "
                                    + (mark.getColumn() + 1) + "; YAML keeps only one, so merge the two"));
                }
            } else {
                ((ObjectNode) parent.node).set(parent.pendingKey, node);
                parent.pendingKey = null;
            }
        }

        private String key(Mark mark, ScalarEvent scalar) {
            if (scalar == null) {
                throw new DiagnosticException(
                        at(file, mark, "yaml-key", "a map or list as a key is not supported; keys are plain text"));
            }
            if (scalar.isPlain()
                    && resolver.resolve(NodeId.scalar, scalar.getValue(), true).equals(Tag.MERGE)) {
                throw new DiagnosticException(
                        at(file, mark, "yaml-alias", "YAML merge key '<<' is not supported; write the entries out"));
            }
            return scalar.getValue();
        }

        private JsonNode scalar(ScalarEvent event) {
            Tag resolved = checkTag(event.getTag(), event.getStartMark(), null);
            String value = event.getValue();
            if (resolved == null) {
                resolved = event.isPlain() ? resolver.resolve(NodeId.scalar, value, true) : Tag.STR;
            }
            if (resolved.equals(Tag.NULL)) {
                return new LocatedNull();
            }
            if (resolved.equals(Tag.BOOL)) {
                if (!Resolver.BOOL.matcher(value).matches()) {
                    throw new DiagnosticException(
                            at(file, event.getStartMark(), "yaml-tag", "'" + value + "' is not a boolean"));
                }
                String v = value.toLowerCase(java.util.Locale.ROOT);
                return new LocatedBoolean(v.equals("yes") || v.equals("true") || v.equals("on"));
            }
            return new TextNode(value);
        }

        /** The tag given explicitly, or {@code null} when none; refuses tags that are not standard. */
        private Tag checkTag(String tag, Mark mark, Tag collection) {
            if (tag == null || tag.equals("!")) {
                return null;
            }
            boolean scalarTag = !tag.equals(Tag.MAP.getValue()) && !tag.equals(Tag.SEQ.getValue());
            boolean fits = collection == null ? scalarTag : tag.equals(collection.getValue());
            if (!STANDARD_TAGS.contains(tag) || !fits) {
                throw new DiagnosticException(
                        at(
                                file,
                                mark,
                                "yaml-tag",
                                "YAML tag '"
                                        + tag.replaceFirst("^" + java.util.regex.Pattern.quote(Tag.PREFIX), "!!")
                                        + "' is not supported here; careguide reads plain text, numbers, booleans, lists and maps"));
            }
            return new Tag(tag);
        }
    }

    /** A null of its own, so each null in the tree has its own position. */
    private static final class LocatedNull extends NullNode {
        private static final long serialVersionUID = 1L;
    }

    /** A boolean of its own, so each boolean in the tree has its own position. */
    private static final class LocatedBoolean extends BooleanNode {
        private static final long serialVersionUID = 1L;

        LocatedBoolean(boolean value) {
            super(value);
        }
    }
}
