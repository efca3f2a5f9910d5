package dev.orrery.designer.canvas;

import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * Writes straight into a picture's premultiplied ARGB pixels what needs no general rasterizer:
 * the background, the grid's dots (with their exact coverage, as an antialiased square would have)
 * and, in the quick pictures, nodes as whole-pixel boxes. Thousands of these cost well under a millisecond.
 */
final class PixelPen {
    private final int[] pixels;
    private final int width;
    private final int height;

    PixelPen(int[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    void fill(Color c) {
        Arrays.fill(pixels, 0, width * height, argbPre(c));
    }

    /**
     * Squares of a side at every multiple of a step from (x0, y0), over an opaque background of one
     * colour; each pixel gets the colour mixed by the share of it the square covers.
     */
    void dots(double x0, double y0, double step, double side, Color dot, Color background) {
        for (double y = y0; y < height; y += step) {
            for (double x = x0; x < width; x += step) {
                square(x, y, side, dot, background);
            }
        }
    }

    private void square(double x, double y, double side, Color dot, Color background) {
        for (int py = (int) Math.floor(y); py < Math.ceil(y + side); py++) {
            double cy = Math.min(py + 1, y + side) - Math.max(py, y);
            for (int px = (int) Math.floor(x); px < Math.ceil(x + side); px++) {
                double cx = Math.min(px + 1, x + side) - Math.max(px, x);
                if (px >= 0 && py >= 0 && px < width && py < height) {
                    pixels[py * width + px] = argbPre(background.interpolate(dot, cx * cy));
                }
            }
        }
    }

    /** Fills the pixels whose centres lie in the rectangle (x0, y0)–(x1, y1), blending when translucent. */
    void rect(double x0, double y0, double x1, double y1, Color c) {
        int left = Math.max(0, (int) Math.round(x0));
        int right = Math.min(width, (int) Math.round(x1));
        int top = Math.max(0, (int) Math.round(y0));
        int bottom = Math.min(height, (int) Math.round(y1));
        if (left >= right || top >= bottom) {
            return;
        }
        int src = argbPre(c);
        int alpha = src >>> 24;
        for (int py = top; py < bottom; py++) {
            int row = py * width;
            if (alpha == 255) {
                Arrays.fill(pixels, row + left, row + right, src);
            } else {
                for (int px = left; px < right; px++) {
                    pixels[row + px] = over(src, pixels[row + px]);
                }
            }
        }
    }

    /** A border of a thickness inside the rectangle's whole-pixel edges. */
    void outline(double x0, double y0, double x1, double y1, double thickness, Color c) {
        double t = Math.max(1, Math.round(thickness));
        rect(x0, y0, x1, y0 + t, c);
        rect(x0, y1 - t, x1, y1, c);
        rect(x0, y0 + t, x0 + t, y1 - t, c);
        rect(x1 - t, y0 + t, x1, y1 - t, c);
    }

    static int argbPre(Color c) {
        double a = c.getOpacity();
        return (int) Math.round(a * 255) << 24 | (int) Math.round(c.getRed() * a * 255) << 16
                | (int) Math.round(c.getGreen() * a * 255) << 8 | (int) Math.round(c.getBlue() * a * 255);
    }

    private static int over(int src, int dst) {
        int inv = 255 - (src >>> 24);
        int a = (src >>> 24) + ((dst >>> 24) * inv + 127) / 255;
        int r = (src >> 16 & 0xff) + ((dst >> 16 & 0xff) * inv + 127) / 255;
        int g = (src >> 8 & 0xff) + ((dst >> 8 & 0xff) * inv + 127) / 255;
        int b = (src & 0xff) + ((dst & 0xff) * inv + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
