package dev.orrery.runtime;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one mapping from a {@link Phase} to how it looks, shared by the canvas overlay, the runs
 * table and the CLI (Argo's UI has four that disagree; Orrery has this one). Plain values, no
 * JavaFX: a CSS pseudo-class, a colour, an Ikonli icon literal and a one-character CLI symbol.
 *
 * @param phase the phase styled
 * @param pseudoClass CSS pseudo-class name without the colon, e.g. {@code phase-succeeded}
 * @param colour {@code #rrggbb}, readable on light and dark themes
 * @param iconLiteral an Ikonli icon literal (Material Design Icons 2 pack), e.g. {@code mdi2c-check-circle}
 * @param cliSymbol one character for terminals (ASCII, so it survives any console encoding)
 * @param label the phase's name for people, e.g. {@code Succeeded}
 */
public record PhaseStyle(Phase phase, String pseudoClass, String colour, String iconLiteral, char cliSymbol,
        String label) {

    private static final Map<Phase, PhaseStyle> STYLES = new EnumMap<>(Phase.class);

    static {
        put(Phase.PENDING, "#9aa5b1", "mdi2c-clock-outline", '.');
        put(Phase.RUNNING, "#1f78d1", "mdi2p-play-circle", '>');
        put(Phase.SUCCEEDED, "#1e9e4a", "mdi2c-check-circle", '+');
        put(Phase.FAILED, "#d93025", "mdi2c-close-circle", 'x');
        put(Phase.ERROR, "#e8710a", "mdi2a-alert-circle", '!');
        put(Phase.SKIPPED, "#7b61c4", "mdi2d-debug-step-over", '-');
        put(Phase.OMITTED, "#6b7785", "mdi2m-minus-circle-outline", 'o');
    }

    public PhaseStyle {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pseudoClass, "pseudoClass");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(iconLiteral, "iconLiteral");
        Objects.requireNonNull(label, "label");
    }

    private static void put(Phase phase, String colour, String icon, char symbol) {
        STYLES.put(phase, new PhaseStyle(phase, "phase-" + phase.name().toLowerCase(java.util.Locale.ROOT), colour,
                icon, symbol, phase.argoName()));
    }

    /** The style of a phase; never null. */
    public static PhaseStyle of(Phase phase) {
        return STYLES.get(Objects.requireNonNull(phase, "phase"));
    }

    /** Every phase's style, in phase order (for legends and stylesheets). */
    public static Map<Phase, PhaseStyle> all() {
        return java.util.Collections.unmodifiableMap(STYLES);
    }
}
