package dev.orrery.core.yaml;

/**
 * Decides how {@link YamlWriter} writes a string so that any YAML 1.1 or 1.2 reader gets the same
 * string back, and writes the quoted form. Public so that the in-place editor
 * ({@code dev.orrery.core.yaml.inplace}) writes new scalars exactly as the writer would.
 *
 * <p>One hand-written pass over the characters per string, no regex: the writer calls this for every
 * key and value and must stay faster than Jackson's own YAML generator.
 */
public final class YamlScalars {
    public static final int PLAIN = 0;
    public static final int DOUBLE_QUOTED = 1;
    public static final int LITERAL = 2;

    /** Words some YAML version reads as bool/null (or the merge/value keys); compared ignoring case. */
    private static final String[] RESERVED_WORDS = {
        "y", "n", "~", "=", "no", "on", "<<", "yes", "off", "true", "null", ".inf", ".nan",
        "false", "+.inf", "-.inf",
    };
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private YamlScalars() {
    }

    /**
     * The style for {@code s}: {@link #PLAIN} when nothing in it can be misread, {@link #LITERAL} for
     * multi-line text a literal block holds exactly (never for keys), otherwise {@link #DOUBLE_QUOTED}.
     */
    public static int styleOf(String s, boolean key) {
        int n = s.length();
        if (n == 0) {
            return DOUBLE_QUOTED;
        }
        char first = s.charAt(0);
        char last = s.charAt(n - 1);
        boolean plain = !isIndicator(first) && !isSpace(first) && !isSpace(last) && last != ':';
        boolean multiLine = false;
        boolean literalOk = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                // ": " starts a mapping value and " #" a comment, even in the middle of a plain scalar
                if ((c == ':' && i + 1 < n && s.charAt(i + 1) == ' ') || (c == '#' && i > 0 && s.charAt(i - 1) == ' ')) {
                    plain = false;
                }
            } else if (c == '\n') {
                multiLine = true;
                plain = false;
            } else if (c == '\t') {
                plain = false; // allowed in literal lines, but a plain scalar would trim it at the ends
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a well-formed pair is printable text (emoji etc.)
            } else if (!isPrintable(c)) {
                // \r, other controls, NEL/LS/PS (line breaks to YAML 1.1), BOM, lone surrogates:
                // only a double-quoted escape writes them exactly
                plain = false;
                literalOk = false;
            }
        }
        if (multiLine) {
            return literalOk && !key ? LITERAL : DOUBLE_QUOTED;
        }
        if (!plain || s.startsWith("...") || readsAsOtherType(s)) {
            return DOUBLE_QUOTED;
        }
        return PLAIN;
    }

    /**
     * True if a reader could resolve plain {@code s} to something other than a string: booleans and
     * nulls of YAML 1.1 and 1.2 in any case, numbers in any base or with underscores, base-60, dates and
     * timestamps. Deliberately a little wider than the grammars (e.g. "1.2.3-beta" is quoted): quoting
     * a string costs two characters, under-quoting changes the data.
     */
    public static boolean readsAsOtherType(String s) {
        int n = s.length();
        if (n <= 5) {
            for (String word : RESERVED_WORDS) {
                if (word.length() == n && word.equalsIgnoreCase(s)) {
                    return true;
                }
            }
        }
        char c = s.charAt(0);
        int i = c == '+' || c == '-' ? 1 : 0;
        if (i >= n) {
            return false;
        }
        char d = s.charAt(i);
        boolean numberStart = isDigit(d) || (d == '.' && i + 1 < n && isDigit(s.charAt(i + 1)));
        if (!numberStart) {
            return false;
        }
        for (int j = i; j < n; j++) {
            if (!isNumberOrDateChar(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** Digits, hex letters, base/exponent letters, separators of numbers, dates and times. */
    private static boolean isNumberOrDateChar(char c) {
        if (isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
            return true;
        }
        return switch (c) {
            case 'x', 'X', 'o', 'O', 't', 'T', 'z', 'Z', '_', '.', ':', '+', '-', ' ' -> true;
            default -> false;
        };
    }

    /**
     * Whether a literal block needs an explicit indentation indicator: the parser would otherwise take
     * the first non-empty line's leading spaces as indentation (and go-yaml rejects a leading tab).
     */
    public static boolean needsIndentationIndicator(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c != '\n') {
                return c == ' ' || c == '\t';
            }
        }
        return false;
    }

    /** Appends {@code s} double-quoted, escaping JSON-style: quote, backslash and non-printables. */
    public static void appendDoubleQuoted(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int run = 0; // start of the pending unescaped run
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c >= 0xA0 && isPrintable(c)) {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, run, n);
        out.append('"');
    }

    /**
     * YAML's printable set for one UTF-16 unit (tab and line feed are handled by callers). Surrogates
     * count as non-printable here; callers let well-formed pairs through first.
     */
    private static boolean isPrintable(char c) {
        if (c < 0x20) {
            return false;
        }
        if (c < 0x7F) {
            return true;
        }
        if (c < 0xA0) {
            return false; // DEL and C1 controls, including NEL (a line break to YAML 1.1)
        }
        return c != '\u2028' && c != '\u2029' && c != '\uFEFF' && !Character.isSurrogate(c) && c < '\uFFFE';
    }

    private static boolean isIndicator(char c) {
        return switch (c) {
            case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
            default -> false;
        };
    }

    /** Leading/trailing spaces would be trimmed; Unicode spaces are quoted too so they stay visible. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.isSpaceChar(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
