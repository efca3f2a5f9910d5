package dev.orrery.designer.props;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A script source editor in the property sheet: line numbers and simple Python/shell highlighting;
 * applied as one edit when it loses focus or on Ctrl+Enter, reverted with Escape.
 */
final class CodeField {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>#[^\\n]*)"
                    + "|(?<STRING>\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')"
                    + "|(?<KEYWORD>\\b(?:def|class|import|from|as|return|if|elif|else|for|while|in|not|and|or|with|try|except"
                    + "|finally|raise|lambda|yield|pass|break|continue|None|True|False|then|fi|do|done|echo|export|set|case|esac)\\b)"
                    + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)");

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> pane = new VirtualizedScrollPane<>(area);
    private final Supplier<String> read;
    private final Consumer<String> write;

    CodeField(String id, Supplier<String> read, Consumer<String> write) {
        this.read = read;
        this.write = write;
        area.setId(id);
        area.getStyleClass().add("code-field");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.textProperty().addListener((o, a, b) -> area.setStyleSpans(0, spans(b)));
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                area.replaceText(read.get());
                e.consume();
            }
        });
        pane.setPrefHeight(180);
        refresh();
    }

    void refresh() {
        try {
            if (!area.isFocused() && !area.getText().equals(read.get())) {
                area.replaceText(read.get());
            }
        } catch (java.util.NoSuchElementException gone) {
            // the form is about to be replaced: its step no longer exists
        }
    }

    private void commit() {
        try {
            if (!area.getText().equals(read.get())) {
                write.accept(area.getText());
            }
        } catch (java.util.NoSuchElementException gone) {
            // the step was deleted or replaced while its script was being edited
        }
    }

    CodeArea area() {
        return area;
    }

    VirtualizedScrollPane<CodeArea> node() {
        return pane;
    }

    static StyleSpans<Collection<String>> spans(String text) {
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("COMMENT") != null ? "code-comment"
                    : m.group("STRING") != null ? "code-string"
                    : m.group("KEYWORD") != null ? "code-keyword" : "code-number";
            b.add(Collections.emptyList(), m.start() - last);
            b.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        b.add(Collections.emptyList(), text.length() - last);
        return b.create();
    }
}
