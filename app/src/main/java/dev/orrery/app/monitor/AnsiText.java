package dev.orrery.app.monitor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits text carrying ANSI SGR escape codes ({@code ESC[1;31m} …) into plain text and style runs
 * for the log view: bold, and the 16 foreground colours as style classes {@code ansi-fg-0} …
 * {@code ansi-fg-15}. Other escape sequences are dropped. Styling carries over from one line to the
 * next, as in a terminal, so one parser instance reads one log.
 */
final class AnsiText {
    /** A run of characters with one set of style classes. */
    record Run(int length, Collection<String> styles) {
    }

    /** The result of parsing: text without escape codes, and its style runs covering it exactly. */
    record Parsed(String text, List<Run> runs) {
    }

    private int fg = -1;
    private boolean bold;

    Parsed parse(String in) {
        if (isPlain(in)) {
            // most log lines: the line itself and one run, no copies (a fast log parses 400,000 a second)
            return new Parsed(in, in.isEmpty() ? List.of() : List.of(new Run(in.length(), style())));
        }
        StringBuilder text = new StringBuilder(in.length());
        List<Run> runs = new ArrayList<>();
        int runStart = 0;
        Collection<String> style = style();
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c == '\u001b' && i + 1 < in.length() && in.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < in.length() && (Character.isDigit(in.charAt(j)) || in.charAt(j) == ';')) {
                    j++;
                }
                if (j >= in.length()) {
                    i = in.length();
                    break;
                }
                if (in.charAt(j) == 'm') {
                    if (text.length() > runStart) {
                        runs.add(new Run(text.length() - runStart, style));
                        runStart = text.length();
                    }
                    apply(in.substring(i + 2, j));
                    style = style();
                }
                i = j + 1;
            } else {
                if (c != '\r' && (c >= ' ' || c == '\t')) {
                    text.append(c);
                }
                i++;
            }
        }
        if (text.length() > runStart) {
            runs.add(new Run(text.length() - runStart, style));
        }
        return new Parsed(text.toString(), runs);
    }

    /** No escape or control characters other than tab: the text is shown as it is. */
    private static boolean isPlain(String in) {
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c < ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private void apply(String codes) {
        if (codes.isEmpty()) {
            fg = -1;
            bold = false;
            return;
        }
        for (String part : codes.split(";")) {
            int code;
            try {
                code = part.isEmpty() ? 0 : Integer.parseInt(part);
            } catch (NumberFormatException e) {
                continue;
            }
            if (code == 38 || code == 48) {
                break; // 256-colour and RGB forms: not rendered, and their arguments are not codes
            } else if (code == 0) {
                fg = -1;
                bold = false;
            } else if (code == 1) {
                bold = true;
            } else if (code == 22) {
                bold = false;
            } else if (code >= 30 && code <= 37) {
                fg = code - 30;
            } else if (code >= 90 && code <= 97) {
                fg = code - 90 + 8;
            } else if (code == 39) {
                fg = -1;
            }
        }
    }

    private Collection<String> style() {
        if (fg < 0 && !bold) {
            return List.of();
        }
        List<String> s = new ArrayList<>(2);
        if (fg >= 0) {
            s.add("ansi-fg-" + fg);
        }
        if (bold) {
            s.add("ansi-bold");
        }
        return List.copyOf(s);
    }
}
