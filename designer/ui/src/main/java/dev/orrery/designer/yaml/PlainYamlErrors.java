package dev.orrery.designer.yaml;

import dev.orrery.core.diag.Diagnostic;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a YAML text in plain words, with line and column. The parser's messages
 * name its internal events ("expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'"); a user
 * needs to hear "the indentation does not match". Unknown messages pass through without the
 * parser's jargon in parentheses, so nothing is lost, only made shorter; the full text stays
 * available for a tooltip.
 */
public final class PlainYamlErrors {
    private static final Pattern COLUMN = Pattern.compile("\\s*\\(column (\\d+)\\)\\s*$");
    private static final Pattern CONTEXT = Pattern.compile("\\s*\\((while [^)]*)\\)");

    /** A parser wording (a fragment of it) and what it means to someone writing YAML. */
    private record Rule(String contains, String context, String plain) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("found unexpected end of stream", "quoted scalar",
                    "a quoted text is not closed: add the closing quote"),
            new Rule("but got <stream end>", "flow mapping", "a '{' is not closed with '}'"),
            new Rule("but got <stream end>", "flow sequence", "a '[' is not closed with ']'"),
            new Rule("expected ',' or '}'", "flow mapping",
                    "inside '{ }' the entries must be separated by ',' and the braces closed with '}'"),
            new Rule("expected ',' or ']'", "flow sequence",
                    "inside '[ ]' the items must be separated by ',' and the list closed with ']'"),
            new Rule("but found '<block mapping start>'", null,
                    "this line is indented differently from the lines above it: line it up with its"
                            + " siblings, using spaces"),
            new Rule("expected <block end>", null,
                    "this line is indented differently from the lines above it: line it up with its"
                            + " siblings, using spaces"),
            new Rule("did not find expected key", null,
                    "a key was expected here: check the indentation and that every entry is 'key: value'"),
            new Rule("did not find expected '-' indicator", null,
                    "a list item was expected here: every item of a list starts with '- ' at the same"
                            + " indentation"),
            new Rule("mapping values are not allowed here", null,
                    "a ':' is not allowed here: put a line break before the key, or quote a value that"
                            + " contains ': '"),
            new Rule("cannot start any token", null,
                    "this character cannot start a value: put the value in quotes"),
            new Rule("expected <document start>", null,
                    "unexpected text after the document: check the indentation, or separate documents"
                            + " with '---'"),
            new Rule("could not find expected ':'", null, "a key is missing its ':'"));

    private PlainYamlErrors() {
    }

    /**
     * The diagnostic in plain words with where it is: {@code "Line 5, column 2: this line is indented…"}.
     * Not only for syntax errors: other diagnostics keep their own (already plain) message.
     */
    public static String describe(Diagnostic d) {
        String message = d.message();
        int column = 0;
        Matcher m = COLUMN.matcher(message);
        if (m.find()) {
            column = Integer.parseInt(m.group(1));
            message = message.substring(0, m.start());
        }
        int line = d.location().line();
        String where = line <= 0 ? "" : column > 0 ? "Line " + line + ", column " + column + ": "
                : "Line " + line + ": ";
        return where + plain(message);
    }

    /** One parser message in plain words (without its location). */
    public static String plain(String parserMessage) {
        String message = parserMessage.strip();
        if (message.startsWith("YAML: ")) {
            message = message.substring("YAML: ".length());
        }
        Matcher context = CONTEXT.matcher(message);
        String during = context.find() ? context.group(1) : "";
        for (Rule r : RULES) {
            if (message.contains(r.contains()) && (r.context() == null || during.contains(r.context()))) {
                return r.plain();
            }
        }
        // an unknown wording: keep it, without the parser's "(while parsing a block mapping)"
        return CONTEXT.matcher(message).replaceAll("").strip();
    }
}
