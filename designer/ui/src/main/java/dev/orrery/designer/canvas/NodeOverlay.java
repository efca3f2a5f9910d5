package dev.orrery.designer.canvas;

import java.util.Objects;

/**
 * A status drawn over a step by a host (the app's monitor paints run phases this way): a CSS
 * pseudo-class set on the node view, a border colour, an Ikonli icon and a tooltip. Plain values,
 * so the kit stays free of any runtime dependency; the host maps its own states to these.
 *
 * @param pseudoClass CSS pseudo-class name without the colon, e.g. {@code phase-succeeded}
 * @param colour border and icon colour as {@code #rrggbb}
 * @param iconLiteral an Ikonli icon literal, e.g. {@code mdi2c-check-circle}
 * @param tooltip what to say when the pointer rests on the node; may be null
 * @param progress a ring around the icon (a fan-out's finished share); null for none
 */
public record NodeOverlay(String pseudoClass, String colour, String iconLiteral, String tooltip,
        NodeProgress progress) {
    public NodeOverlay {
        Objects.requireNonNull(pseudoClass, "pseudoClass");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(iconLiteral, "iconLiteral");
    }

    /** An overlay without a progress ring. */
    public NodeOverlay(String pseudoClass, String colour, String iconLiteral, String tooltip) {
        this(pseudoClass, colour, iconLiteral, tooltip, null);
    }
}
