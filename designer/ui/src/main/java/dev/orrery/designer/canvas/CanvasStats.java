package dev.orrery.designer.canvas;

/**
 * What the canvas has done so far, for benchmarks and tests that check it paints no more than it must
 * (a pan only moves the picture, a phase change repaints no edges). Kept off {@link GraphCanvas}'s own
 * API, which is for embedding the kit.
 *
 * @param liveViews node views shown now (those in view; hidden ones kept for reuse are not counted)
 * @param graphPaints how many times edges and boxes were painted, not merely moved
 * @param sharpPaints how many times the sharp picture painted off the FX thread was shown
 * @param pictureSharp whether the picture shown now is the antialiased kind, not a quick one (zooming,
 *     panning, editing)
 * @param layouts how many times the canvas was laid out
 */
public record CanvasStats(int liveViews, long graphPaints, long sharpPaints, boolean pictureSharp, long layouts) {

    /** The counts of a canvas now; FX thread. */
    public static CanvasStats of(GraphCanvas canvas) {
        return canvas.stats();
    }
}
