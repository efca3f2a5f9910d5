package dev.orrery.designer.canvas;

import dev.orrery.core.refs.IoKind;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Steps at detail scale painted into the canvas picture as their node views look: box, kind icon,
 * name, image, badges and ports (not the ports' names: painted under a view they would double its
 * own). A large graph's picture paints every step this way, and its node views, made only while
 * the view rests, cover them: a new view costs several ms of CSS and layout on the FX thread,
 * which no frame in motion can spare, while painting a hundred steps here takes about as long as
 * one view. Any thread may paint (quick pictures on the FX
 * thread, sharp ones on the canvas's worker).
 *
 * <p>Sizes are the node view's, in world units, from {@code designer.css} and {@link NodeView}.
 */
final class PaintedNodes {
    private static final double RADIUS = 8;
    private static final double PAD_X = 12;
    private static final double PAD_TOP = 8;
    private static final double ICON = 18;
    private static final double NAME_X = PAD_X + ICON + 6;
    /** Below this font size on screen text is not painted: it cannot be read and costs the most. */
    private static final double SMALLEST_TEXT = 4;
    /**
     * In quick pictures (painted on the FX thread while the view moves) text smaller than this is
     * left out: it is barely legible in motion and most of the time of a frame full of steps.
     */
    private static final double SMALLEST_QUICK_TEXT = 7;

    /** Text colours of the node views (AtlantaFX's -color-fg-default, -color-fg-muted and port colours). */
    private record Ink(Color text, Color muted, Color artifact, Color parameter, Color badge, Color gpuBadge) {
        static final Ink LIGHT = new Ink(Color.web("#1f2328"), Color.web("#656d76"), Color.web("#0969da"),
                Color.web("#1a7f37"), Color.web("#afb8c133"), Color.web("#54aeff66"));
        static final Ink DARK = new Ink(Color.web("#e6edf3"), Color.web("#7d8590"), Color.web("#2f81f7"),
                Color.web("#3fb950"), Color.web("#6e768166"), Color.web("#388bfd66"));
    }

    private PaintedNodes() {
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Readies, once per process and on a background thread, what the first painted steps would
     * otherwise cost the FX thread: Java2D's font system (150–200 ms on first use), the icon font,
     * and the glyphs of the text sizes a zoom passes through (tens of ms per new size). The canvas
     * calls this when it first shows a graph large enough to be painted.
     */
    static void prepare() {
        if (!PREPARED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(PaintedNodes::drawEveryGlyph, "orrery-canvas-fonts");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void drawEveryGlyph() {
        // wide enough for the whole line at the largest size: glyphs drawn outside the image are not made
        var image = new java.awt.image.BufferedImage(1200, 40, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            String glyphs = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/@…×↻";
            for (int size = 4; size <= 13; size++) {
                for (Font f : new Font[] {BASE.deriveFont((float) size), BASE_BOLD.deriveFont((float) size)}) {
                    g.setFont(f);
                    g.drawString(glyphs, 0, 20);
                    g.getFontMetrics(f).stringWidth(glyphs); // the advances the texts are fitted with
                }
            }
            Font icons = KindIcons.loadedFont();
            if (icons != null) {
                for (int size = 8; size <= 18; size++) {
                    g.setFont(icons.deriveFont((float) size));
                    for (KindStyle k : KindStyle.values()) {
                        g.drawString(new String(Character.toChars(k.icon().getCode())), 0, 20);
                    }
                }
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * Paints the steps of the boxes (each with its facts) at scale s; world (x, y) lands on
     * (x * s + ox, y * s + oy). A quick picture's shapes go straight into the pixels (square
     * corners and ports, a fraction of the time of Java2D's shapes), its text through Java2D.
     */
    static void paint(Graphics2D g, PixelPen pen, List<GraphSnapshot.Box> boxes, double s, double ox, double oy,
            CanvasPainter.Colors c, boolean sharp) {
        Ink ink = c.background().getBrightness() < 0.5 ? Ink.DARK : Ink.LIGHT;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                sharp ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        // grey-scale text even in the quick pictures: aliased text is hard to read, and glyphs come from a cache
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Fonts fonts = new Fonts(g, s, sharp ? SMALLEST_TEXT : SMALLEST_QUICK_TEXT);
        for (GraphSnapshot.Box b : boxes) {
            double x = b.x() * s + ox;
            double y = b.y() * s + oy;
            if (sharp) {
                body(g, b, x, y, s, c);
                ports(g, b.ports(), x, y, s, c, ink);
            } else {
                quickBody(pen, b, x, y, s, c);
                quickPorts(pen, b.ports(), x, y, s, c, ink);
            }
            if (b.facts() != null) {
                texts(g, b, x, y, s, ink, fonts);
            }
        }
    }

    private static void body(Graphics2D g, GraphSnapshot.Box b, double x, double y, double s, CanvasPainter.Colors c) {
        var shape = new RoundRectangle2D.Double(x, y, NodeView.WIDTH * s, NodeView.HEIGHT * s, 2 * RADIUS * s,
                2 * RADIUS * s);
        g.setColor(awt(c.nodeFill()));
        g.fill(shape);
        Color border = b.selected() ? c.selected() : b.error() ? c.error() : c.nodeBorder();
        g.setStroke(new BasicStroke((float) ((b.selected() || b.error() ? 2 : 1) * s)));
        g.setColor(awt(border));
        g.draw(shape);
        if (b.overlay() != null) {
            g.setStroke(new BasicStroke((float) Math.max(1.5, 3 * s)));
            g.setColor(awt(b.overlay()));
            g.draw(shape);
        }
    }

    private static void quickBody(PixelPen pen, GraphSnapshot.Box b, double x, double y, double s,
            CanvasPainter.Colors c) {
        double x2 = x + NodeView.WIDTH * s;
        double y2 = y + NodeView.HEIGHT * s;
        pen.rect(x, y, x2, y2, c.nodeFill());
        boolean marked = b.selected() || b.error();
        pen.outline(x, y, x2, y2, marked ? 2 : 1, b.selected() ? c.selected() : b.error() ? c.error() : c.nodeBorder());
        if (b.overlay() != null) {
            pen.outline(x - 1, y - 1, x2 + 1, y2 + 1, Math.max(1.5, 3 * s), b.overlay());
        }
    }

    /** Ports as squares of their colours: in motion their shape cannot be told apart anyway. */
    private static void quickPorts(PixelPen pen, PortLayout ports, double x, double y, double s,
            CanvasPainter.Colors c, Ink ink) {
        double r = 5 * s;
        double mid = y + PortLayout.MID * s;
        pen.rect(x - r, mid - r, x + r, mid + r, c.nodeFill());
        pen.outline(x - r, mid - r, x + r, mid + r, 1, ports.inputsFolded() ? ink.artifact() : c.nodeBorder());
        double right = x + NodeView.WIDTH * s;
        pen.rect(right - r, mid - r, right + r, mid + r, c.nodeFill());
        pen.outline(right - r, mid - r, right + r, mid + r, 1, ports.outputsFolded() ? ink.artifact() : c.nodeBorder());
        double p = 4 * s;
        for (List<PortLayout.Port> side : List.of(ports.inputs(), ports.outputs())) {
            for (PortLayout.Port port : side) {
                double px = x + port.dx() * s;
                double py = y + port.dy() * s;
                pen.outline(px - p, py - p, px + p, py + p, 1,
                        port.kind() == IoKind.ARTIFACT ? ink.artifact() : ink.parameter());
            }
        }
    }

    private static void texts(Graphics2D g, GraphSnapshot.Box b, double x, double y, double s, Ink ink, Fonts fonts) {
        NodeFacts f = b.facts();
        KindIcons.draw(g, b.kind(), x + PAD_X * s, y + PAD_TOP * s, ICON * s, fonts.nameReadable);
        if (!fonts.nameReadable) {
            return;
        }
        g.setFont(fonts.name);
        g.setColor(awt(ink.text()));
        float nameBase = (float) (y + (PAD_TOP + 14) * s);
        g.drawString(fit(f.name(), fonts.nameMetrics, (NodeView.WIDTH - NAME_X - 24) * s, false), (float) (x + NAME_X * s),
                nameBase);
        if (!fonts.readable) {
            return;
        }
        g.setFont(fonts.subtitle);
        g.setColor(awt(ink.muted()));
        g.drawString(fit(f.subtitle(), fonts.subtitleMetrics, (NodeView.WIDTH - 2 * PAD_X) * s, true),
                (float) (x + PAD_X * s), (float) (y + (PAD_TOP + 31) * s));
        badges(g, f, x + PAD_X * s, y + (PAD_TOP + 38) * s, s, ink, fonts);
    }

    /** The badges' words in their pills (the live view adds an icon to each). */
    private static void badges(Graphics2D g, NodeFacts f, double x, double top, double s, Ink ink, Fonts fonts) {
        g.setFont(fonts.badge);
        double left = x;
        for (String[] badge : badgesOf(f)) {
            double w = fonts.badgeMetrics.stringWidth(badge[0]) + 10 * s;
            g.setColor(awt("gpu".equals(badge[1]) ? ink.gpuBadge() : ink.badge()));
            g.fill(new RoundRectangle2D.Double(left, top, w, 15 * s, 15 * s, 15 * s));
            g.setColor(awt(ink.text()));
            g.drawString(badge[0], (float) (left + 5 * s), (float) (top + 11 * s));
            left += w + 6 * s;
        }
    }

    private static List<String[]> badgesOf(NodeFacts f) {
        List<String[]> out = new java.util.ArrayList<>(2);
        if (f.exitHandler()) {
            out.add(new String[] {"on exit", ""});
        }
        if (f.gpus() > 0) {
            out.add(new String[] {"GPU ×" + f.gpus(), "gpu"});
        }
        if (f.retries() != null) {
            out.add(new String[] {"↻ " + f.retries(), ""});
        }
        if (f.looped()) {
            out.add(new String[] {f.loopSize() > 0 ? "×" + f.loopSize() : "loop", ""});
        }
        if (f.when() != null) {
            out.add(new String[] {"when", ""});
        }
        return out;
    }

    /** The default ports (coloured when a side is folded) and the named ones. */
    private static void ports(Graphics2D g, PortLayout ports, double x, double y, double s, CanvasPainter.Colors c,
            Ink ink) {
        double r = 6 * s;
        g.setStroke(new BasicStroke((float) (1.5 * s)));
        for (double px : new double[] {x, x + NodeView.WIDTH * s}) {
            var circle = new Ellipse2D.Double(px - r, y + PortLayout.MID * s - r, 2 * r, 2 * r);
            g.setColor(awt(c.nodeFill()));
            g.fill(circle);
            boolean folded = px == x ? ports.inputsFolded() : ports.outputsFolded();
            g.setColor(awt(folded ? ink.artifact() : c.nodeBorder()));
            g.draw(circle);
        }
        g.setStroke(new BasicStroke((float) (1.3 * s)));
        for (List<PortLayout.Port> side : List.of(ports.inputs(), ports.outputs())) {
            for (PortLayout.Port p : side) {
                double px = x + p.dx() * s;
                double py = y + p.dy() * s;
                Color stroke = p.kind() == IoKind.ARTIFACT ? ink.artifact() : ink.parameter();
                java.awt.Shape shape = p.kind() == IoKind.ARTIFACT
                        ? new Rectangle2D.Double(px - 4 * s, py - 4 * s, 8 * s, 8 * s)
                        : new Ellipse2D.Double(px - 4.5 * s, py - 4.5 * s, 9 * s, 9 * s);
                g.setColor(awt(p.bound() ? stroke.deriveColor(0, 1, 1, 0.35) : c.nodeFill()));
                g.fill(shape);
                g.setColor(awt(stroke));
                g.draw(shape);
            }
        }
    }

    /**
     * The text shortened with an ellipsis (at its end, or in the middle for an image whose tag
     * matters) to fit a width, as the node view's {@link FittedText} does.
     */
    static String fit(String text, FontMetrics fm, double width, boolean middle) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // a graph repeats its images and every frame of a zoom repeats its steps: fit each text once per font
        String key = fm.getFont().getSize() + (fm.getFont().isBold() ? "b" : "") + (middle ? "m" : "e") + (int) width
                + "|" + text;
        String fitted = FITTED.get(key);
        if (fitted == null) {
            if (FITTED.size() > 20_000) {
                FITTED.clear();
            }
            fitted = shorten(text, fm, width, middle);
            FITTED.put(key, fitted);
        }
        return fitted;
    }

    private static final java.util.Map<String, String> FITTED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String shorten(String text, FontMetrics fm, double width, boolean middle) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fm.stringWidth(cut(text, mid, middle)) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return cut(text, lo, middle);
    }

    /** The text with {@code keep} of its characters and an ellipsis. */
    private static String cut(String text, int keep, boolean middle) {
        if (!middle) {
            return text.substring(0, keep) + "…";
        }
        int head = (keep + 1) / 2;
        return text.substring(0, head) + "…" + text.substring(text.length() - (keep - head));
    }

    /** The fonts of one paint, at its scale. */
    private static final class Fonts {
        final Font name;
        final Font subtitle;
        final Font badge;
        final FontMetrics nameMetrics;
        final FontMetrics subtitleMetrics;
        final FontMetrics badgeMetrics;
        /** Whether the name and the smaller texts (image, badges) are painted. */
        final boolean nameReadable;
        final boolean readable;

        Fonts(Graphics2D g, double s, double smallest) {
            name = BASE_BOLD.deriveFont(pixels(13 * s));
            subtitle = BASE.deriveFont(pixels(11 * s));
            badge = BASE.deriveFont(pixels(10 * s));
            nameMetrics = g.getFontMetrics(name);
            subtitleMetrics = g.getFontMetrics(subtitle);
            badgeMetrics = g.getFontMetrics(badge);
            nameReadable = 13 * s >= smallest;
            readable = 11 * s >= smallest;
        }
    }

    /**
     * A font size in whole pixels: Java2D keeps the glyphs it drew per size, and a zoom passing
     * through a new fractional size every frame would draw every glyph afresh each time (30–60 ms).
     */
    static float pixels(double size) {
        return Math.max(1, Math.round(size));
    }

    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font BASE_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private static java.awt.Color awt(Color c) {
        return GraphRaster.awt(c);
    }
}
