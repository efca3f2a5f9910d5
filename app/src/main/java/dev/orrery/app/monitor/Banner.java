package dev.orrery.app.monitor;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** A line above the monitor that says what went wrong (or what is happening), with a close button. */
final class Banner extends HBox {
    private final Label text = new Label();
    private final FontIcon icon = new FontIcon("mdi2a-alert-circle");

    Banner() {
        super(8);
        setId("monitor-banner");
        getStyleClass().add("monitor-banner");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("monitor-banner-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().add("flat");
        close.setOnAction(e -> clear());
        getChildren().addAll(icon, text, close);
        clear();
    }

    void error(String message) {
        show(message, "error");
    }

    void info(String message) {
        show(message, "info");
    }

    private void show(String message, String kind) {
        getStyleClass().removeAll("error", "info");
        getStyleClass().add(kind);
        icon.setIconLiteral("error".equals(kind) ? "mdi2a-alert-circle" : "mdi2i-information");
        text.setText(message);
        setVisible(true);
        setManaged(true);
    }

    void clear() {
        text.setText("");
        setVisible(false);
        setManaged(false);
    }

    String message() {
        return text.getText();
    }
}
