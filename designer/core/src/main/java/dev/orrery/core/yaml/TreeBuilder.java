package dev.orrery.core.yaml;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link JsonNode} trees and their {@link LineIndex} from the parser's token stream.
 *
 * <p>Hand-written rather than {@code ObjectMapper.readTree} because Jackson's event-level YAML parser
 * neither resolves aliases nor applies SnakeYAML's composer limits (nesting depth, alias count,
 * duplicate keys); those checks live here. Aliases are expanded by copying, so callers never share
 * mutable subtrees, and every copied node counts against a per-stream budget: an alias bomb is refused
 * after at most that many nodes, not after it has eaten the heap.
 *
 * <p>One instance reads one stream, on one thread.
 */
final class TreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String BOMB = "too many aliases (possible YAML bomb); refused";
    /** Keys repeat a lot ("name", "image"); sharing one String per key saves a lot on big files. */
    private static final int KEY_CACHE_MAX_ENTRIES = 20_000;
    private static final int KEY_CACHE_MAX_LENGTH = 64;

    private final EventAwareYamlFactory.Parser parser;
    private final YamlReader.Limits limits;
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Set<String> anchorsInProgress = new HashSet<>();
    private final Map<String, String> keyCache = new HashMap<>();
    private int collectionAliases; // per document, like SnakeYAML's composer
    private long aliasNodes;       // per stream: a bomb split over many documents is still a bomb
    /** Skeleton of the container just read by {@link #readValue}; null after a scalar or an alias. */
    private LineIndex.Node built;
    /** Warnings of the document being read. */
    private List<YamlWarning> warnings = new ArrayList<>();
    /** False: no {@link LineIndex} is built (callers that only need the trees save its allocation). */
    private final boolean withLines;

    TreeBuilder(EventAwareYamlFactory.Parser parser, YamlReader.Limits limits) {
        this(parser, limits, true);
    }

    TreeBuilder(EventAwareYamlFactory.Parser parser, YamlReader.Limits limits, boolean withLines) {
        this.parser = parser;
        this.limits = limits;
        this.withLines = withLines;
    }

    /** Reads all documents of the stream, skipping empty ones. */
    List<SourceDocument> readAll() throws IOException, YamlSyntaxException {
        List<SourceDocument> documents = new ArrayList<>();
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            anchors.clear(); // anchors are scoped to their document
            collectionAliases = 0;
            warnings = new ArrayList<>();
            int line = line();
            if (token == JsonToken.VALUE_NULL && isEmptyDocument()) {
                index++;
                continue;
            }
            JsonNode root = readValue(token, 0, line);
            LineIndex lines = !withLines ? LineIndex.empty()
                    : new LineIndex(built != null ? built : LineIndex.Node.leaf(line));
            documents.add(new SourceDocument(index++, root, lines, warnings));
        }
        return documents;
    }

    /** An empty document is a plain empty scalar with neither anchor nor tag ("~" or "null" are not). */
    private boolean isEmptyDocument() {
        return parser.lastEvent() instanceof ScalarEvent scalar
                && scalar.getValue().isEmpty() && scalar.isPlain()
                && scalar.getAnchor() == null && scalar.getTag() == null;
    }

    /** Reads the value starting at {@code token}; {@code line} is where its parent says it is. */
    private JsonNode readValue(JsonToken token, int depth, int line) throws IOException, YamlSyntaxException {
        if (token == null) {
            throw error("unexpected end of input");
        }
        JsonNode node;
        switch (token) {
            case START_OBJECT:
                return readObject(depth + 1, line);
            case START_ARRAY:
                return readArray(depth + 1, line);
            case VALUE_STRING:
                if (parser.isCurrentAlias()) {
                    built = null;
                    return resolveAlias(parser.getText());
                }
                node = NODES.textNode(parser.getText());
                break;
            case VALUE_NUMBER_INT:
                node = switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                break;
            case VALUE_NUMBER_FLOAT:
                node = floatNode(parser.getText());
                break;
            case VALUE_TRUE:
                node = NODES.booleanNode(true);
                break;
            case VALUE_FALSE:
                node = NODES.booleanNode(false);
                break;
            case VALUE_NULL:
                node = NODES.nullNode();
                break;
            case VALUE_EMBEDDED_OBJECT: // !!binary
                node = NODES.binaryNode(parser.getBinaryValue());
                break;
            default:
                throw error("unexpected " + token);
        }
        built = null;
        String anchor = anchorOfCurrentEvent();
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private ObjectNode readObject(int depth, int line) throws IOException, YamlSyntaxException {
        checkDepth(depth);
        String anchor = beginAnchor();
        ObjectNode object = NODES.objectNode();
        LineIndex.Node skeleton = withLines ? LineIndex.Node.object(line) : null;
        List<Merge> merges = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = canonicalKey(parser.currentName());
            int keyLine = line();
            int keyColumn = column();
            boolean mergeKey = key.equals("<<") && parser.lastEvent() instanceof ScalarEvent s && s.isPlain();
            JsonNode value = readValue(parser.nextToken(), depth, keyLine);
            if (mergeKey) {
                if (merges == null) {
                    merges = new ArrayList<>(1);
                }
                merges.add(new Merge(object.size(), mergeSources(value, keyLine, keyColumn), keyLine));
                continue;
            }
            if (object.replace(key, value) != null) {
                // Kubernetes' YAML tooling keeps the last value; so do we, and say what was dropped.
                String earlier = skeleton == null ? "an earlier one"
                        : "the one at line " + skeleton.replace(key, keyLine, built);
                warnings.add(new YamlWarning(keyLine, keyColumn, "duplicate key \"" + key + "\": this value"
                        + " replaces " + earlier + ", which is ignored; remove one of them"));
            } else if (skeleton != null) {
                skeleton.add(key, keyLine, built);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw error("unexpected " + token + " in a mapping");
        }
        if (merges != null) {
            object = applyMerges(object, merges, skeleton);
        }
        endAnchor(anchor, object);
        built = skeleton == null ? null : skeleton.seal();
        return object;
    }

    private ArrayNode readArray(int depth, int line) throws IOException, YamlSyntaxException {
        checkDepth(depth);
        String anchor = beginAnchor();
        ArrayNode array = NODES.arrayNode();
        LineIndex.Node skeleton = withLines ? LineIndex.Node.array(line) : null;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            int itemLine = skeleton == null ? 0 : line();
            array.add(readValue(token, depth, itemLine));
            if (skeleton != null) {
                skeleton.add(null, itemLine, built);
            }
        }
        endAnchor(anchor, array);
        built = skeleton == null ? null : skeleton.seal();
        return array;
    }

    private void checkDepth(int depth) throws YamlSyntaxException {
        if (depth > limits.maxNestingDepth()) {
            throw error("document nesting too deep (more than " + limits.maxNestingDepth() + " levels)");
        }
    }

    // ---- anchors and aliases ----

    private String anchorOfCurrentEvent() {
        return parser.lastEvent() instanceof NodeEvent e ? e.getAnchor() : null;
    }

    /** Marks the container's anchor as open so an alias to it from inside is caught as recursion. */
    private String beginAnchor() {
        String anchor = anchorOfCurrentEvent();
        if (anchor != null) {
            anchors.remove(anchor); // a redefinition replaces the old node; an alias inside it is recursion
            anchorsInProgress.add(anchor);
        }
        return anchor;
    }

    private void endAnchor(String anchor, JsonNode node) {
        if (anchor != null) {
            anchorsInProgress.remove(anchor);
            anchors.put(anchor, node);
        }
    }

    private JsonNode resolveAlias(String name) throws YamlSyntaxException {
        if (anchorsInProgress.contains(name)) {
            throw error("recursive alias *" + name + " is not supported");
        }
        JsonNode target = anchors.get(name);
        if (target == null) {
            throw error("unknown alias *" + name + " (no anchor &" + name + " before it in this document)");
        }
        if (!target.isContainerNode()) {
            return target; // value nodes are immutable, sharing them is free and safe
        }
        if (++collectionAliases > limits.maxAliasesForCollections()) {
            throw error(BOMB);
        }
        return copy(target);
    }

    /** Deep copy that charges every node to the alias budget and stops as soon as it is spent. */
    private JsonNode copy(JsonNode node) throws YamlSyntaxException {
        if (++aliasNodes > limits.maxAliasExpansionNodes()) {
            throw error(BOMB);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                copy.set(e.getKey(), copy(e.getValue()));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode(array.size());
            for (JsonNode item : array) {
                copy.add(copy(item));
            }
            return copy;
        }
        return node;
    }

    // ---- merge keys (<<), as Kubernetes and Argo tooling (go-yaml) apply them ----

    private record Merge(int position, List<ObjectNode> sources, int line) { }

    private List<ObjectNode> mergeSources(JsonNode value, int line, int column) throws YamlSyntaxException {
        if (value instanceof ObjectNode object) {
            return List.of(object);
        }
        if (value instanceof ArrayNode array) {
            List<ObjectNode> sources = new ArrayList<>(array.size());
            for (JsonNode item : array) {
                if (!(item instanceof ObjectNode object)) {
                    break;
                }
                sources.add(object);
            }
            if (sources.size() == array.size()) {
                return sources;
            }
        }
        throw new YamlSyntaxException("merge key << needs a mapping or a list of mappings", line, column);
    }

    /**
     * Inserts merged entries where the {@code <<} key stood. Keys written in the mapping itself win
     * wherever they appear; among merged mappings the first one wins (YAML merge-key rules).
     */
    private static ObjectNode applyMerges(ObjectNode explicit, List<Merge> merges, LineIndex.Node skeleton) {
        ObjectNode result = NODES.objectNode();
        int position = 0;
        int next = 0;
        for (Map.Entry<String, JsonNode> e : explicit.properties()) {
            while (next < merges.size() && merges.get(next).position() == position) {
                insert(merges.get(next++), explicit, result, skeleton);
            }
            result.set(e.getKey(), e.getValue());
            position++;
        }
        while (next < merges.size()) {
            insert(merges.get(next++), explicit, result, skeleton);
        }
        return result;
    }

    private static void insert(Merge merge, ObjectNode explicit, ObjectNode result, LineIndex.Node skeleton) {
        for (ObjectNode source : merge.sources()) {
            for (Map.Entry<String, JsonNode> e : source.properties()) {
                String key = e.getKey();
                if (!explicit.has(key) && !result.has(key)) {
                    result.set(key, e.getValue());
                    if (skeleton != null) {
                        skeleton.add(key, merge.line(), null);
                    }
                }
            }
        }
    }

    // ---- helpers ----

    private static JsonNode floatNode(String text) {
        String t = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        if (t.equalsIgnoreCase(".inf")) {
            return NODES.numberNode(text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (t.equalsIgnoreCase(".nan")) {
            return NODES.numberNode(Double.NaN);
        }
        try {
            return NODES.numberNode(Double.parseDouble(text.replace("_", "")));
        } catch (NumberFormatException e) {
            return NODES.textNode(text); // e.g. YAML 1.1 base-60 "1:30.5": a string to everyone else
        }
    }

    private String canonicalKey(String key) {
        if (key.length() > KEY_CACHE_MAX_LENGTH) {
            return key;
        }
        String shared = keyCache.get(key);
        if (shared != null) {
            return shared;
        }
        if (keyCache.size() < KEY_CACHE_MAX_ENTRIES) {
            keyCache.put(key, key);
        }
        return key;
    }

    private Mark mark() {
        Event e = parser.lastEvent();
        return e == null ? null : e.getStartMark();
    }

    private int line() {
        Mark m = mark();
        return m == null ? 0 : m.getLine() + 1;
    }

    private int column() {
        Mark m = mark();
        return m == null ? 0 : m.getColumn() + 1;
    }

    private YamlSyntaxException error(String problem) {
        return new YamlSyntaxException(problem, line(), column());
    }
}
