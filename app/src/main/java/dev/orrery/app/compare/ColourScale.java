package dev.orrery.app.compare;

import javafx.scene.paint.Color;

/** Colours for a metric's value: a perceptually ordered scale from dark blue (lowest) to yellow (highest). */
final class ColourScale {
    private static final Color[] STOPS = {
        Color.web("#3b0f70"), Color.web("#3e4a89"), Color.web("#26828e"), Color.web("#35b779"), Color.web("#e0c31f"),
    };
    static final Color MISSING = Color.web("#9aa5b1");

    private ColourScale() {
    }

    /** The colour at {@code share} (0..1); grey for NaN. */
    static Color at(double share) {
        if (Double.isNaN(share)) {
            return MISSING;
        }
        double s = Math.max(0, Math.min(1, share)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) s);
        return STOPS[i].interpolate(STOPS[i + 1], s - i);
    }
}
