package dev.orrery.designer.canvas;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One painted picture of the canvas: Java2D paints into its pixels, JavaFX shows them without a copy.
 * It remembers what it shows: the scale, the (whole-pixel) pan it was painted at, where its corner was
 * on screen then, whether it is the sharp (antialiased) kind, and the state of the graph it shows.
 * The FX thread must not repaint a picture that is shown or was shown in the last frame (the renderer
 * may still read it), so the canvas lets retired pictures rest a few layout passes before reuse.
 */
final class GraphPicture {
    private final BufferedImage raster;
    private final PixelBuffer<IntBuffer> pixels;
    private final WritableImage image;
    private double scale;
    private long paintedTx;
    private long paintedTy;
    private int screenX;
    private int screenY;
    private boolean sharp;
    private Object key;
    private long retiredAt;

    GraphPicture(int width, int height) {
        raster = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] data = ((DataBufferInt) raster.getRaster().getDataBuffer()).getData();
        pixels = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(pixels);
    }

    int width() {
        return raster.getWidth();
    }

    int height() {
        return raster.getHeight();
    }

    /**
     * Paints the graph as seen at a scale and whole-pixel pan, with the picture's corner at a screen
     * point; any thread may call this while the picture is not shown.
     */
    void paint(GraphSnapshot snap, double scale, long tx, long ty, int screenX, int screenY, CanvasPainter.Colors colors,
            boolean sharp, Object key) {
        GraphRaster.paint(raster, snap, scale, tx - screenX, ty - screenY, colors, sharp);
        this.scale = scale;
        this.paintedTx = tx;
        this.paintedTy = ty;
        this.screenX = screenX;
        this.screenY = screenY;
        this.sharp = sharp;
        this.key = key;
    }

    /** Tells JavaFX the pixels changed (FX thread, before the picture is shown). */
    Image publish() {
        pixels.updateBuffer(b -> null);
        return image;
    }

    /** Where the picture's corner is on screen at a pan (it moves with the pan, in whole pixels). */
    int x(long tx) {
        return (int) (screenX + tx - paintedTx);
    }

    int y(long ty) {
        return (int) (screenY + ty - paintedTy);
    }

    /** Whether the picture shows this graph state at this scale over the whole of a view of the given size. */
    boolean shows(Object key, double scale, long tx, long ty, double viewWidth, double viewHeight) {
        return scale == this.scale && key.equals(this.key) && x(tx) <= 0 && y(ty) <= 0
                && x(tx) + width() >= viewWidth && y(ty) + height() >= viewHeight;
    }

    /** Notes the layout pass in which the picture stopped being shown. */
    void retire(long pass) {
        retiredAt = pass;
    }

    long retiredAt() {
        return retiredAt;
    }

    boolean sharp() {
        return sharp;
    }

    double scale() {
        return scale;
    }

    Object key() {
        return key;
    }
}
