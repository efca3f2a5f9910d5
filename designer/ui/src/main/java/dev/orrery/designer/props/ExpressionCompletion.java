package dev.orrery.designer.props;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/**
 * Completion of Argo expressions in a text field: typing {@code {{} opens a list of what is in scope
 * ({@link ExpressionScope}), filtered as the user goes on typing; Up/Down move, Enter or Tab inserts the
 * choice and closes the braces, Escape closes the list (Ctrl+Space opens it again inside {@code {{…}).
 * Works on a {@link TextInputControl} and on RichTextFX's {@link CodeArea} alike.
 */
final class ExpressionCompletion {
    /** How the completion reads and edits one kind of text control. */
    private interface Target {
        Node node();

        String text();

        int caret();

        /** Replaces {@code [from, to)} and puts the caret at {@code caret}. */
        void replace(int from, int to, String text, int caret);

        /** Where the list goes, in screen coordinates: under the caret, or under the field. */
        Point2D below();

        ObservableValue<?> caretProperty();
    }

    private final Target target;
    private final Supplier<List<ExpressionScope.Entry>> scope;
    private final Consumer<ExpressionScope.Entry> chosen;
    private final ListView<ExpressionScope.Entry> list = new ListView<>();
    private final Popup popup = new Popup();
    /** Index just after the {@code {{} being completed, while the list shows. */
    private int start = -1;

    private ExpressionCompletion(Target target, Supplier<List<ExpressionScope.Entry>> scope,
            Consumer<ExpressionScope.Entry> chosen) {
        this.target = target;
        this.scope = scope;
        this.chosen = chosen;
        list.setId("expression-completion");
        list.getStyleClass().add("expression-completion");
        list.setFocusTraversable(false);
        list.setPrefSize(560, 220);
        list.setCellFactory(v -> new EntryCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                choose();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> start = -1);
        popup.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        Node n = target.node();
        // on the parent, so these keys come before the field's own (Enter commits, Escape reverts)
        if (n.getParent() != null) {
            n.getParent().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        } else {
            n.parentProperty().addListener((o, was, now) -> {
                if (was == null && now != null) {
                    now.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
                }
            });
        }
        n.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        target.caretProperty().addListener((o, a, b) -> follow());
    }

    /** Completes expressions in {@code input}; {@code chosen} is told what the user picked, after it is inserted. */
    static ExpressionCompletion attach(TextInputControl input, Supplier<List<ExpressionScope.Entry>> scope,
            Consumer<ExpressionScope.Entry> chosen) {
        return new ExpressionCompletion(new Target() {
            @Override
            public Node node() {
                return input;
            }

            @Override
            public String text() {
                return input.getText() == null ? "" : input.getText();
            }

            @Override
            public int caret() {
                return input.getCaretPosition();
            }

            @Override
            public void replace(int from, int to, String text, int caret) {
                input.replaceText(from, to, text);
                input.positionCaret(caret);
            }

            @Override
            public Point2D below() {
                if (input.getSkin() instanceof TextInputControlSkin<?> skin && input.getCaretPosition() > 0) {
                    Rectangle2D c = skin.getCharacterBounds(input.getCaretPosition() - 1);
                    return input.localToScreen(c.getMaxX(), c.getMaxY());
                }
                Bounds b = input.localToScreen(input.getBoundsInLocal());
                return new Point2D(b.getMinX(), b.getMaxY());
            }

            @Override
            public ObservableValue<?> caretProperty() {
                return input.caretPositionProperty();
            }
        }, scope, chosen);
    }

    /** Completes expressions in a code editor. */
    static ExpressionCompletion attach(CodeArea area, Supplier<List<ExpressionScope.Entry>> scope,
            Consumer<ExpressionScope.Entry> chosen) {
        return new ExpressionCompletion(new Target() {
            @Override
            public Node node() {
                return area;
            }

            @Override
            public String text() {
                return area.getText();
            }

            @Override
            public int caret() {
                return area.getCaretPosition();
            }

            @Override
            public void replace(int from, int to, String text, int caret) {
                area.replaceText(from, to, text);
                area.moveTo(caret);
            }

            @Override
            public Point2D below() {
                return area.getCaretBounds().map(b -> new Point2D(b.getMinX(), b.getMaxY())).orElseGet(() -> {
                    Bounds b = area.localToScreen(area.getBoundsInLocal());
                    return new Point2D(b.getMinX(), b.getMaxY());
                });
            }

            @Override
            public ObservableValue<?> caretProperty() {
                return area.caretPositionProperty();
            }
        }, scope, chosen);
    }

    /** After each caret move (typing moves it too): open on a fresh {@code {{}, filter, or close. */
    private void follow() {
        if (!target.node().isFocused()) {
            return;
        }
        String text = target.text();
        int caret = target.caret();
        if (!popup.isShowing()) {
            if (caret >= 2 && text.startsWith("{{", caret - 2) && !text.startsWith("{{{", Math.max(0, caret - 3))) {
                open(caret);
            }
            return;
        }
        if (openBrace(text, caret) != start) {
            popup.hide();
        } else {
            filter();
        }
    }

    private void open(int from) {
        start = from;
        filter();
    }

    private void filter() {
        String typed = target.text().substring(start, target.caret()).strip().toLowerCase(Locale.ROOT);
        List<ExpressionScope.Entry> matches = scope.get().stream()
                .filter(e -> e.label().toLowerCase(Locale.ROOT).contains(typed)).toList();
        if (matches.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(matches);
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        if (!popup.isShowing()) {
            int keep = start;
            Scene owner = target.node().getScene();
            if (owner != null) {
                // a popup is a window of its own: it takes the host's theme and the kit's styles from the field's
                popup.getScene().setUserAgentStylesheet(owner.getUserAgentStylesheet());
                list.getStylesheets().setAll(owner.getStylesheets());
            }
            Point2D at = target.below();
            popup.show(target.node(), at.getX(), at.getY());
            start = keep;
        }
    }

    /** The index just after the {@code {{} the caret is inside (no {@code }}} or line break since), or -1. */
    static int openBrace(String text, int caret) {
        int open = text.lastIndexOf("{{", caret - 2);
        if (open < 0) {
            return -1;
        }
        String inside = text.substring(open + 2, caret);
        return inside.contains("}}") || inside.contains("\n") ? -1 : open + 2;
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            if (e.getCode() == KeyCode.SPACE && e.isShortcutDown() && target.node().isFocused()) {
                int at = openBrace(target.text(), target.caret());
                if (at >= 0) {
                    open(at);
                    e.consume();
                }
            }
            return;
        }
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER, TAB -> choose();
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        int n = list.getItems().size();
        int i = Math.floorMod(list.getSelectionModel().getSelectedIndex() + by, n);
        list.getSelectionModel().select(i);
        list.scrollTo(i);
    }

    /** Inserts the selected entry between the braces and closes them (reusing a {@code }}} already there). */
    private void choose() {
        ExpressionScope.Entry entry = list.getSelectionModel().getSelectedItem();
        int from = start;
        popup.hide();
        if (entry == null || from < 0) {
            return;
        }
        String text = target.text();
        int caret = target.caret();
        int end = caret;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        end = text.startsWith("}}", end) ? end + 2 : caret;
        String insert = entry.insert() + "}}";
        target.replace(from, end, insert, from + insert.length());
        chosen.accept(entry);
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** An entry as Argo spells it, with what it is in grey. */
    private static final class EntryCell extends ListCell<ExpressionScope.Entry> {
        EntryCell() {
            setPrefWidth(0); // fit the list's width: the detail shortens, no sideways scrolling
        }

        @Override
        protected void updateItem(ExpressionScope.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(item.label());
            label.getStyleClass().add("mono");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("form-note");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(8, label, gap, detail);
            setText(null);
            setGraphic(row);
            setTooltip(new javafx.scene.control.Tooltip(item.label() + "\n" + item.detail()));
        }
    }
}
