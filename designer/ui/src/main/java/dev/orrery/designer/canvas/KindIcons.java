package dev.orrery.designer.canvas;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.kordamp.ikonli.materialdesign2.MaterialDesignAIkonHandler;

/**
 * The kind icons for pictures painted with Java2D ({@link PaintedNodes}): the same glyphs of the
 * same icon font the node views show. The font file (1.3 MB) is read once on a background thread
 * the first time an icon is asked for; until it is there, the kind's colour stands in as a small
 * square.
 */
final class KindIcons {
    private static final AtomicReference<Font> FONT = new AtomicReference<>();
    private static volatile boolean loading;

    private KindIcons() {
    }

    /**
     * Draws a kind's icon in a square of the given size with its top-left corner at (x, y); as a
     * square of the kind's colour when the glyph is not wanted (too small to tell) or not loaded yet.
     */
    static void draw(Graphics2D g, KindStyle kind, double x, double y, double size, boolean glyph) {
        Font font = glyph ? font() : null;
        g.setColor(GraphRaster.awt(kind.accent()));
        if (font == null) {
            double inset = size / 5;
            g.fill(new RoundRectangle2D.Double(x + inset, y + inset, size - 2 * inset, size - 2 * inset, inset, inset));
            return;
        }
        g.setFont(font.deriveFont(PaintedNodes.pixels(size)));
        // the icon font's glyphs sit on the baseline with the em square above it
        g.drawString(new String(Character.toChars(kind.icon().getCode())), (float) x, (float) (y + size * 0.9));
    }

    private static Font font() {
        Font f = FONT.get();
        if (f == null && !loading) {
            loading = true;
            Thread t = new Thread(KindIcons::load, "orrery-icon-font");
            t.setDaemon(true);
            t.start();
        }
        return f;
    }

    /** The icon font, read now if not yet (on the caller's thread); null when it cannot be read. */
    static Font loadedFont() {
        if (FONT.get() == null) {
            loading = true;
            load();
        }
        return FONT.get();
    }

    private static synchronized void load() {
        if (FONT.get() != null) {
            return;
        }
        try (InputStream in = new MaterialDesignAIkonHandler().getFontResourceAsStream()) {
            FONT.set(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (Exception e) {
            // without the font the coloured squares stay: nothing a user must act on
            System.getLogger(KindIcons.class.getName()).log(System.Logger.Level.DEBUG, "icon font not loaded", e);
        }
    }

}
