package dev.orrery.core.argo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Argo's enhanced {@code depends} expressions ({@code A && (B.Succeeded || C.Failed)}): the step
 * names they mention, which become the canvas edges.
 */
public final class DependsExpression {
    private static final Set<String> RESULTS = Set.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted",
            "Daemoned", "AnySucceeded", "AllFailed");

    private DependsExpression() {
    }

    /** The step names in the expression, in order of first mention, without duplicates. */
    public static List<String> names(String expression) {
        List<String> names = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= expression.length(); i++) {
            char c = i < expression.length() ? expression.charAt(i) : ' ';
            if (c == '&' || c == '|' || c == '!' || c == '(' || c == ')' || Character.isWhitespace(c)) {
                add(names, token.toString());
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        return names;
    }

    private static void add(List<String> names, String token) {
        if (token.isEmpty()) {
            return;
        }
        String name = token;
        int dot = token.lastIndexOf('.');
        if (dot > 0 && RESULTS.contains(token.substring(dot + 1))) {
            name = token.substring(0, dot);
        }
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** The expression with one more step ANDed to it (an edge drawn on the canvas). */
    public static String withDependency(String expression, String step) {
        if (expression == null || expression.isBlank()) {
            return step;
        }
        boolean hasOr = expression.contains("||");
        return (hasOr ? "(" + expression + ")" : expression) + " && " + step;
    }
}
