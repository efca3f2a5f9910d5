package dev.orrery.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Light or dark AtlantaFX (Primer) theme for the whole application, remembered between runs. */
final class Theme {
    private static final String KEY = "theme.dark";
    private final Preferences prefs;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    Theme(Preferences prefs) {
        this.prefs = prefs;
        // -Dorrery.theme=dark|light overrides the remembered choice (screenshots, support)
        String forced = System.getProperty("orrery.theme");
        dark.set(forced != null ? "dark".equalsIgnoreCase(forced) : prefs.getBoolean(KEY, false));
        apply();
        dark.addListener((o, a, b) -> {
            apply();
            prefs.putBoolean(KEY, b);
        });
    }

    private void apply() {
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    void toggle() {
        dark.set(!dark.get());
    }

    Preferences prefs() {
        return prefs;
    }
}
