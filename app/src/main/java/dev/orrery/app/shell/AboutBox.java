package dev.orrery.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help ▸ About: the app's version and what it runs on. */
final class AboutBox {
    private AboutBox() {
    }

    /** The build's version: the jar manifest's, else the one the build wrote into the classes, else "dev". */
    static String version() {
        String fromJar = AboutBox.class.getPackage().getImplementationVersion();
        if (fromJar != null) {
            return fromJar;
        }
        try (InputStream in = AboutBox.class.getResourceAsStream("/dev/orrery/app/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: an unknown version is not worth an error
        }
        return "dev";
    }

    static String text() {
        return "Orrery " + version() + "\n\nDesign ML pipelines and run them on Argo Workflows or on this computer.\n\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.version",
                        "unknown");
    }

    /** Shows the box without blocking (the window stays usable behind it). */
    static Alert show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("About Orrery");
        a.setHeaderText("Orrery " + version());
        Label body = new Label(text());
        body.setId("about-text");
        body.setWrapText(true);
        a.getDialogPane().setContent(body);
        a.show();
        return a;
    }
}
