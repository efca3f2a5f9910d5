package dev.orrery.designer.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.core.events.PayloadMapper;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "Send test event…": a JSON payload edited in place (prefilled from the trigger's mappings), the pipeline
 * parameter values the Sensor's mapping gives for it, worked out as one types ({@link PayloadMapper}, off the
 * FX thread), and two ways to fire it: a run on this computer with those values, or the payload sent to the
 * webhook event source on the connected cluster. Invalid JSON and mappings without a value are shown, and
 * then nothing can be fired.
 */
public final class TestEventDialog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pipeline pipeline;
    private final EventTrigger trigger;
    private final TestEvents host;
    private final Executor work;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextArea payload = new TextArea();
    private final Label error = new Label();
    private final GridPane values = new GridPane();
    private final Label problems = new Label();
    private final Button runLocal = new Button("Run on this computer");
    private final Button send = new Button("Send to cluster");
    private final Label clusterReason = new Label();
    private final Label status = new Label();
    private int serial;
    private Mapped shown;

    /** What a payload text gives: the JSON (null when invalid), the mapping, or why the text is not JSON. */
    record Mapped(String text, JsonNode json, PayloadMapper.Result result, String invalid) {
    }

    /** @param pipeline a copy of the pipeline as it is now (the run starts from it) */
    public TestEventDialog(Window owner, Pipeline pipeline, EventTrigger trigger, TestEvents host, Executor work) {
        this.pipeline = pipeline;
        this.trigger = trigger;
        this.host = host;
        this.work = work;
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle("Send test event");
        dialog.setHeaderText("Test event for trigger " + trigger.name + " of " + pipeline.displayName());
        dialog.getDialogPane().setId("test-event-dialog");
        dialog.getDialogPane().getStylesheets().add(dev.orrery.designer.Designer.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        payload.setId("test-event-payload");
        payload.getStyleClass().add("mono");
        payload.setPrefRowCount(10);
        payload.setPrefColumnCount(48);
        payload.setText(SamplePayload.text(pipeline, trigger));
        error.setId("test-event-error");
        error.getStyleClass().add("field-message");
        error.setWrapText(true);
        values.setId("test-event-values");
        values.setHgap(12);
        values.setVgap(3);
        problems.setId("test-event-problems");
        problems.getStyleClass().add("field-message");
        problems.setWrapText(true);
        runLocal.setId("test-event-run-local");
        runLocal.setDefaultButton(true);
        runLocal.setOnAction(e -> runLocally());
        send.setId("test-event-send");
        send.setOnAction(e -> sendToCluster());
        clusterReason.setId("test-event-cluster-reason");
        clusterReason.getStyleClass().add("form-note");
        status.setId("test-event-status");
        status.setWrapText(true);
        Label body = new Label(webhook() ? "Request body (JSON): a mapping's body.name reads its field name"
                : "Event data (JSON), as the Sensor sees it");
        Label mapped = new Label("Parameters the run gets");
        mapped.getStyleClass().add("form-section");
        runLocal.setMinWidth(Region.USE_PREF_SIZE);
        send.setMinWidth(Region.USE_PREF_SIZE);
        clusterReason.setWrapText(true);
        HBox buttons = new HBox(8, runLocal, send);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(6, body, payload, error, mapped, values, problems, buttons, clusterReason,
                status);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        String reason = host.clusterUnavailable(trigger);
        clusterReason.setText(reason == null ? "" : "Send to cluster: " + reason);
        send.setTooltip(new Tooltip(reason == null ? "POST the payload to the webhook event source on the cluster"
                : reason));
        if (!host.canRunLocally()) {
            runLocal.setTooltip(new Tooltip("this window cannot start runs"));
        }
        payload.textProperty().addListener((o, a, b) -> remap());
        remap();
    }

    public void show() {
        dialog.show();
    }

    /** Works the mapping out for the text now in the editor, off the FX thread; only the latest answer shows. */
    private void remap() {
        int mine = ++serial;
        String text = payload.getText();
        runLocal.setDisable(true);
        send.setDisable(true);
        CompletableFuture.supplyAsync(() -> map(pipeline, trigger, text), work)
                .thenAccept(m -> Platform.runLater(() -> {
                    if (mine == serial) {
                        show(m);
                    }
                }));
    }

    static Mapped map(Pipeline p, EventTrigger t, String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (java.io.IOException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            return new Mapped(text, null, null, "not valid JSON: " + first);
        }
        if (json == null || json.isMissingNode()) {
            return new Mapped(text, null, null, "the payload is empty; type a JSON value such as {}");
        }
        return new Mapped(text, json, PayloadMapper.apply(p, t, PayloadMapper.eventData(t, json)), null);
    }

    private void show(Mapped m) {
        shown = m;
        error.setText(m.invalid() == null ? "" : m.invalid());
        error.setVisible(m.invalid() != null);
        error.setManaged(m.invalid() != null);
        values.getChildren().clear();
        if (m.result() != null) {
            int row = 0;
            for (Map.Entry<String, String> e : m.result().parameters().entrySet()) {
                Label name = new Label(e.getKey());
                name.setMinWidth(Region.USE_PREF_SIZE);
                Label value = new Label(e.getValue() == null ? "(no value)" : e.getValue());
                value.setId("test-event-value-" + e.getKey());
                value.getStyleClass().add("mono");
                value.setWrapText(true);
                values.addRow(row++, name, value);
            }
        }
        String trouble = m.result() == null ? "" : String.join("\n", m.result().problems());
        problems.setText(trouble);
        problems.setVisible(!trouble.isEmpty());
        problems.setManaged(!trouble.isEmpty());
        boolean fine = m.result() != null && trouble.isEmpty();
        runLocal.setDisable(!fine || !host.canRunLocally());
        send.setDisable(m.json() == null || host.clusterUnavailable(trigger) != null);
    }

    private void runLocally() {
        if (shown == null || shown.result() == null) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        shown.result().parameters().forEach((k, v) -> {
            if (v != null) {
                parameters.put(k, v);
            }
        });
        host.runLocally(pipeline, parameters);
        dialog.close();
    }

    private void sendToCluster() {
        if (shown == null || shown.json() == null) {
            return;
        }
        send.setDisable(true);
        status.setText("Sending…");
        host.sendToCluster(pipeline, trigger, shown.json().toString()).whenComplete((answer, e) ->
                Platform.runLater(() -> {
                    send.setDisable(false);
                    Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                            ? e.getCause() : e;
                    status.setText(cause == null ? answer : "Not sent: " + cause.getMessage());
                }));
    }

    private boolean webhook() {
        return dev.orrery.core.model.EventKind.WEBHOOK.type().equals(trigger.type);
    }

    /** The dialog's pane (tests and the screenshot tool look it up by id). */
    public javafx.scene.control.DialogPane pane() {
        return dialog.getDialogPane();
    }
}
