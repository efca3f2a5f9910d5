package dev.orrery.designer.canvas;

import java.util.Objects;

/**
 * A mark drawn over an edge by a host (a comparison paints added edges green and removed ones red and
 * dashed this way): the edge is drawn over the others, a little heavier, in the colour. Plain values,
 * as {@link NodeOverlay}.
 *
 * @param colour the line colour as {@code #rrggbb}
 * @param dashed whether the line is dashed (at every zoom, unlike ordering edges)
 */
public record EdgeOverlay(String colour, boolean dashed) {
    public EdgeOverlay {
        Objects.requireNonNull(colour, "colour");
    }
}
