package dev.orrery.runtime.local;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Evaluates the two small languages of a graph step: {@code when} conditions (govaluate's
 * comparisons after variable substitution: {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >},
 * {@code >=}, {@code =~}, {@code !~}, {@code &&}, {@code ||}, {@code !}, parentheses; quoted strings,
 * numbers, bare words, {@code true}/{@code false}) and Argo's enhanced {@code depends} expressions
 * (the same boolean operators over {@code task} and {@code task.Result} atoms).
 */
final class Conditions {
    private final List<String> tokens;
    private final Function<String, Object> atoms;
    private final String source;
    private int at;

    private Conditions(String source, Function<String, Object> atoms) {
        this.source = source;
        this.tokens = tokenize(source);
        this.atoms = atoms;
    }

    /** Thrown when an expression cannot be read or compared; the message quotes it. */
    static final class ConditionException extends RuntimeException {
        ConditionException(String message) {
            super(message);
        }
    }

    /** A {@code when} condition, already substituted: true when the step should run. */
    static boolean when(String expression) {
        if (expression == null || expression.isBlank()) {
            return true;
        }
        return new Conditions(expression, word -> word).evaluate();
    }

    /** A {@code depends} expression; {@code atom} answers each {@code task} or {@code task.Result}. */
    static boolean depends(String expression, Function<String, Boolean> atom) {
        return new Conditions(expression, atom::apply).evaluate();
    }

    private boolean evaluate() {
        if (tokens.isEmpty()) {
            throw fail("empty expression");
        }
        Object v = or();
        if (at < tokens.size()) {
            throw fail("unexpected '" + tokens.get(at) + "'");
        }
        return truth(v);
    }

    private Object or() {
        Object left = and();
        while (peek("||")) {
            at++;
            Object right = and();
            left = truth(left) || truth(right);
        }
        return left;
    }

    private Object and() {
        Object left = not();
        while (peek("&&")) {
            at++;
            Object right = not();
            left = truth(left) && truth(right);
        }
        return left;
    }

    private Object not() {
        if (peek("!")) {
            at++;
            return !truth(not());
        }
        return comparison();
    }

    private Object comparison() {
        Object left = primary();
        if (at < tokens.size() && isComparator(tokens.get(at))) {
            String op = tokens.get(at++);
            Object right = primary();
            return compare(left, op, right);
        }
        return left;
    }

    private Object primary() {
        if (at >= tokens.size()) {
            throw fail("the expression ends too early");
        }
        String t = tokens.get(at++);
        if (t.equals("(")) {
            Object v = or();
            if (!peek(")")) {
                throw fail("missing ')'");
            }
            at++;
            return v;
        }
        if (t.startsWith("\u0000")) {
            return t.substring(1); // quoted string literal
        }
        if (isOperator(t)) {
            throw fail("unexpected '" + t + "'");
        }
        return atoms.apply(t);
    }

    private boolean compare(Object left, String op, Object right) {
        String l = String.valueOf(left);
        String r = String.valueOf(right);
        if (op.equals("=~") || op.equals("!~")) {
            boolean matches = Pattern.compile(r).matcher(l).find();
            return op.equals("=~") == matches;
        }
        BigDecimal ln = number(l);
        BigDecimal rn = number(r);
        int c;
        if (ln != null && rn != null) {
            c = ln.compareTo(rn);
        } else {
            c = l.compareTo(r);
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(v);
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        throw fail("'" + s + "' is not true or false (compare it: 'x' == 'y')");
    }

    private static BigDecimal number(String s) {
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    private boolean peek(String t) {
        return at < tokens.size() && tokens.get(at).equals(t);
    }

    private ConditionException fail(String why) {
        return new ConditionException("cannot evaluate '" + source + "': " + why);
    }

    private static boolean isComparator(String t) {
        return switch (t) {
            case "==", "!=", "<", "<=", ">", ">=", "=~", "!~" -> true;
            default -> false;
        };
    }

    private static boolean isOperator(String t) {
        return isComparator(t) || t.equals("&&") || t.equals("||") || t.equals("!") || t.equals(")");
    }

    /** Quoted literals come back prefixed with NUL so that they never read as operators or atoms. */
    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = s.indexOf(c, i + 1);
                if (end < 0) {
                    throw new ConditionException("cannot evaluate '" + s + "': unclosed quote");
                }
                out.add("\u0000" + s.substring(i + 1, end));
                i = end + 1;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (s.startsWith("&&", i) || s.startsWith("||", i) || s.startsWith("==", i)
                    || s.startsWith("!=", i) || s.startsWith("<=", i) || s.startsWith(">=", i)
                    || s.startsWith("=~", i) || s.startsWith("!~", i)) {
                out.add(s.substring(i, i + 2));
                i += 2;
            } else if (c == '!' || c == '<' || c == '>') {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()!=<>&|'\"`".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                if (start == i) {
                    throw new ConditionException("cannot evaluate '" + s + "': unexpected '" + c + "'");
                }
                out.add(s.substring(start, i));
            }
        }
        return out;
    }
}
