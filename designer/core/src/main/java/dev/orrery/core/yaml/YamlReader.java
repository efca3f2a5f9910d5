package dev.orrery.core.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads YAML text (one or more {@code ---} separated documents) into Jackson trees with source lines.
 *
 * <p>Scalar types follow the text exactly: {@code "5"} is text, {@code 5} an int, {@code 5.0} a double,
 * {@code true} a boolean, {@code null}/{@code ~}/nothing is null. Like Kubernetes' go-yaml (YAML 1.1),
 * plain {@code yes/no/on/off} are booleans and {@code <<} merge keys are applied. Empty documents are
 * skipped. Immutable and thread-safe; parsing is CPU-bound, so call it off the FX thread.
 *
 * <p>Limits are raised deliberately from SnakeYAML's defaults (3 MB, 50 aliases): real pipelines with
 * embedded scripts and data exceed 3 MB, while alias bombs stay refused by an alias count and an
 * expansion budget (see {@link Limits}).
 */
public final class YamlReader {

    private static final int MB = 1024 * 1024;
    /** SnakeYAML's per-document limit; kept above {@link Limits#maxInputChars} so our check speaks first. */
    private static final int CODE_POINT_LIMIT = 128 * MB;
    private static final int MAX_STRING_LENGTH = 64 * MB;
    /** Jackson's own guard; ours ({@link Limits#maxNestingDepth}) is lower and gives the better message. */
    private static final int JACKSON_NESTING_DEPTH = 1000;

    /**
     * Safety limits.
     *
     * @param maxInputChars            longest accepted text, checked before parsing (default 64 MB)
     * @param maxNestingDepth          deepest accepted nesting of mappings/sequences (default 500)
     * @param maxAliasesForCollections aliases to mappings/sequences per document (default 100)
     * @param maxAliasExpansionNodes   nodes that alias expansion may create in the whole stream (default
     *                                 1,000,000), which stops a billion-laughs bomb after a few ms
     */
    public record Limits(int maxInputChars, int maxNestingDepth, int maxAliasesForCollections,
                         long maxAliasExpansionNodes) {
        public static final Limits DEFAULTS = new Limits(64 * MB, 500, 100, 1_000_000L);

        public Limits {
            if (maxInputChars <= 0 || maxNestingDepth <= 0 || maxAliasesForCollections < 0
                    || maxAliasExpansionNodes < 0) {
                throw new IllegalArgumentException("limits must be positive: " + maxInputChars + ", "
                        + maxNestingDepth + ", " + maxAliasesForCollections + ", " + maxAliasExpansionNodes);
            }
            if (maxNestingDepth >= JACKSON_NESTING_DEPTH) {
                throw new IllegalArgumentException("maxNestingDepth must be below " + JACKSON_NESTING_DEPTH);
            }
        }

        public Limits withMaxInputChars(int chars) {
            return new Limits(chars, maxNestingDepth, maxAliasesForCollections, maxAliasExpansionNodes);
        }
    }

    private static final YamlReader DEFAULTS = new YamlReader(Limits.DEFAULTS);

    private final Limits limits;
    private final YAMLFactory factory;

    public YamlReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(CODE_POINT_LIMIT, limits.maxInputChars()));
        // The next three are enforced by SnakeYAML's composer, which Jackson does not use; TreeBuilder
        // applies the same values. Set here too so the options say what the reader does.
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setMaxAliasesForCollections(limits.maxAliasesForCollections());
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(JACKSON_NESTING_DEPTH)
                .build();
        this.factory = new EventAwareYamlFactory(YAMLFactory.builder()
                .loaderOptions(options)
                // TreeBuilder reports duplicates itself: one message, and several "<<" keys stay legal.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // A fresh builder starts with no YAML parser features, so state the ones we rely on.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .disable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .disable(YAMLParser.Feature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
                .streamReadConstraints(constraints));
    }

    /** A reader with {@link Limits#DEFAULTS}. */
    public static YamlReader defaults() {
        return DEFAULTS;
    }

    public Limits limits() {
        return limits;
    }

    /** Reads every non-empty document of {@code yaml}, in order. */
    public List<SourceDocument> read(String yaml) throws YamlSyntaxException {
        return read(yaml, null);
    }

    /**
     * Reads like {@link #read(String)} and, in the same pass, hands SnakeYAML's event behind every
     * token to {@code events} in order: collection starts and ends, scalars (keys too) and aliases,
     * each with its start and end marks (which count code points, not chars). Document boundaries are
     * not reported; each document, empty ones included, is one complete node. For tools that need
     * where each node stands in the text (the in-place editor) without parsing twice.
     */
    public List<SourceDocument> read(String yaml, Consumer<Event> events) throws YamlSyntaxException {
        return read(yaml, events, true);
    }

    /**
     * Like {@link #read(String, Consumer)}, for callers that need the trees but not their source lines:
     * every document's {@link SourceDocument#lines()} is {@link LineIndex#empty()} (and a duplicate-key
     * warning cannot name the earlier key's line). Saves building the line index of a large file.
     */
    public List<SourceDocument> readWithoutLines(String yaml, Consumer<Event> events) throws YamlSyntaxException {
        return read(yaml, events, false);
    }

    private List<SourceDocument> read(String yaml, Consumer<Event> events, boolean withLines) throws YamlSyntaxException {
        Objects.requireNonNull(yaml, "yaml");
        if (yaml.length() > limits.maxInputChars()) {
            throw new YamlSyntaxException("file exceeds the limit of " + describeSize(limits.maxInputChars()), 0, 0);
        }
        EventAwareYamlFactory.Parser parser;
        try {
            parser = (EventAwareYamlFactory.Parser) factory.createParser(new StringReader(yaml));
        } catch (IOException e) {
            throw new YamlSyntaxException("could not start the YAML parser: " + e.getMessage(), 0, 0, e);
        }
        parser.listen(events);
        try (parser) {
            return new TreeBuilder(parser, limits, withLines).readAll();
        } catch (JsonProcessingException e) {
            throw translate(e, parser.currentTokenLocation());
        } catch (YAMLException e) { // normally wrapped by Jackson; kept as a safety net
            throw translate(e, null);
        } catch (IOException e) {
            throw new YamlSyntaxException("could not read YAML: " + e.getMessage(), 0, 0, e);
        }
    }

    /**
     * Reads a text that must hold at most one document. Returns {@link MissingNode} when it holds none
     * (empty or only comments), so "empty file" stays distinguishable from a document that says {@code null}.
     */
    public JsonNode readSingle(String yaml) throws YamlSyntaxException {
        List<SourceDocument> documents = read(yaml);
        if (documents.isEmpty()) {
            return MissingNode.getInstance();
        }
        if (documents.size() > 1) {
            SourceDocument second = documents.get(1);
            throw new YamlSyntaxException("expected one YAML document but found " + documents.size(),
                    second.lines().lineOf(""), 0);
        }
        return documents.get(0).root();
    }

    // ---- turning parser failures into short human messages ----

    /** {@code fallback}: where the parser stood, for exceptions that carry no location of their own. */
    private YamlSyntaxException translate(JsonProcessingException e, JsonLocation fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof YAMLException yaml) {
                return translate(yaml, e);
            }
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : fallback;
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Expected a field name")) { // Jackson dumps the event
            message = "only text keys are supported, not a sequence or mapping used as a key";
        } else if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                message = "document nesting too deep";
            } else if (message.contains("String value length")) {
                message = "a text value exceeds the limit of " + describeSize(MAX_STRING_LENGTH);
            } else if (message.contains("Number value length")) {
                message = "a number has too many digits";
            }
        }
        return new YamlSyntaxException(oneLine(message), line, column, e);
    }

    private YamlSyntaxException translate(YAMLException e, Throwable wrapper) {
        Throwable cause = wrapper != null ? wrapper : e;
        if (e instanceof MarkedYAMLException marked) {
            String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
            Mark mark = marked.getProblemMark();
            if (problem.contains("\\t(TAB)")) { // SnakeYAML's wording is cryptic; say what to do
                problem = "tab characters cannot be used for indentation; indent with spaces";
            } else if (problem.startsWith("could not find expected ':'")) {
                // Reported where the scan gave up (often the next line); the key lacking its colon
                // is the context mark.
                problem = "could not find the ':' after this key";
                mark = marked.getContextMark() != null ? marked.getContextMark() : mark;
            } else if (marked.getContext() != null) {
                problem = problem + " (" + marked.getContext() + ")";
            }
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            return new YamlSyntaxException(oneLine(problem), line, column, cause);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("exceeds the limit")) {
            message = "file exceeds the limit of " + describeSize(Math.max(CODE_POINT_LIMIT, limits.maxInputChars()));
        }
        return new YamlSyntaxException(oneLine(message), 0, 0, cause);
    }

    private static String oneLine(String message) {
        return message == null ? "invalid YAML" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String describeSize(int chars) {
        return chars % MB == 0 ? (chars / MB) + " MB" : chars + " characters";
    }
}
