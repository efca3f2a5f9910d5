package dev.orrery.app.monitor;

import dev.orrery.runtime.argo.ConnectionOptions;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where the monitor looks: "This computer" always, plus one cluster chosen by kubeconfig context and
 * namespace, with an optional argo-server URL and token for artifact downloads.
 */
final class ConnectionBar extends FlowPane {
    private final MonitorThreads threads;
    private final TextField kubeconfig = new TextField();
    private final ComboBox<String> context = new ComboBox<>();
    private final TextField namespace = new TextField();
    private final TextField argoServer = new TextField();
    private final PasswordField token = new PasswordField();
    private final Button connect = new Button("Connect", new FontIcon("mdi2l-lan-connect"));
    private final Button disconnect = new Button("Disconnect", new FontIcon("mdi2l-lan-disconnect"));
    private final Label state = new Label("This computer");

    ConnectionBar(MonitorThreads threads, Consumer<ConnectionOptions> onConnect, Runnable onDisconnect,
            Consumer<String> onError) {
        super(8, 6);
        this.threads = threads;
        setId("connection-bar");
        getStyleClass().add("monitor-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        kubeconfig.setId("conn-kubeconfig");
        kubeconfig.setPrefColumnCount(14);
        kubeconfig.setTooltip(new Tooltip("kubeconfig file"));
        kubeconfig.setOnAction(e -> loadContexts(onError));
        context.setId("conn-context");
        context.setPromptText("context");
        context.setPrefWidth(150);
        namespace.setId("conn-namespace");
        namespace.setPromptText("namespace");
        namespace.setPrefColumnCount(9);
        argoServer.setId("conn-argo-server");
        argoServer.setPromptText("argo-server URL (optional)");
        argoServer.setPrefColumnCount(13);
        token.setId("conn-token");
        token.setPromptText("token (optional)");
        token.setPrefColumnCount(7);
        connect.setId("conn-connect");
        connect.setOnAction(e -> {
            try {
                onConnect.accept(options());
            } catch (IllegalArgumentException bad) {
                onError.accept("Connecting failed: " + bad.getMessage());
            }
        });
        disconnect.setId("conn-disconnect");
        disconnect.setDisable(true);
        disconnect.setOnAction(e -> onDisconnect.run());
        state.setId("conn-state");
        state.getStyleClass().add("conn-state");
        getChildren().addAll(new Label("Cluster:"), kubeconfig, context, namespace, argoServer, token, connect,
                disconnect, new Label("Sources:"), state);
        setKubeconfig(KubeContexts.defaultFile(), onError);
    }

    /** Reads the contexts of a kubeconfig file (off the FX thread) into the chooser. */
    void setKubeconfig(Path file, Consumer<String> onError) {
        kubeconfig.setText(KubeContexts.shown(file, KubeContexts.home()));
        loadContexts(onError);
    }

    private void loadContexts(Consumer<String> onError) {
        Path file;
        try {
            file = KubeContexts.typed(kubeconfig.getText(), KubeContexts.home());
        } catch (InvalidPathException bad) { // Windows refuses some characters (the field already drops NUL)
            onError.accept("The kubeconfig '" + kubeconfig.getText().trim() + "' is not a path: " + bad.getReason());
            return;
        }
        threads.call(() -> {
            try {
                return KubeContexts.read(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, k -> {
            context.getItems().setAll(k.names());
            if (k.current() != null && k.names().contains(k.current())) {
                context.getSelectionModel().select(k.current());
            } else if (!k.names().isEmpty()) {
                context.getSelectionModel().select(0);
            }
        }, e -> onError.accept(UserMessages.of("Reading the kubeconfig " + file, e)));
    }

    private ConnectionOptions options() {
        ConnectionOptions o = ConnectionOptions.defaults();
        Path file = KubeContexts.typed(kubeconfig.getText(), KubeContexts.home());
        if (file != null) {
            o = o.withKubeconfig(file);
        }
        if (context.getValue() != null && !context.getValue().isBlank()) {
            o = o.withContext(context.getValue());
        }
        if (!namespace.getText().isBlank()) {
            o = o.withNamespace(namespace.getText().trim());
        }
        if (!argoServer.getText().isBlank()) {
            URI url = URI.create(argoServer.getText().trim());
            if (url.getScheme() == null || !url.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("the argo-server URL must start with http:// or https://");
            }
            o = o.withArgoServer(url, token.getText().isBlank() ? null : token.getText().trim());
        }
        return o;
    }

    /** Shows the connection state: the cluster's name, or only this computer. */
    void connected(String clusterName) {
        boolean on = clusterName != null;
        state.setText(on ? "This computer + " + clusterName : "This computer");
        connect.setText(on ? "Reconnect" : "Connect");
        disconnect.setDisable(!on);
    }

    void busy(boolean busy) {
        connect.setDisable(busy);
        if (busy) {
            state.setText("Connecting…");
        }
    }

    String contextValue() {
        return context.getValue();
    }

    /** Presses Connect. */
    void fire() {
        connect.fire();
    }

    TextField namespaceField() {
        return namespace;
    }

    TextField argoServerField() {
        return argoServer;
    }

    TextField tokenField() {
        return token;
    }
}
