package dev.orrery.designer.canvas;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.refs.Bindings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * The diagram as a picture: a PNG of the canvas as shown, or an SVG drawn from the node geometry in
 * the canvas's light colours ({@link CanvasPainter.Colors#LIGHT}).
 */
public final class DiagramExport {
    private static final CanvasPainter.Colors COLORS = CanvasPainter.Colors.LIGHT;
    private static final String TEXT = "#1f2328";
    private static final String SUBTLE_TEXT = "#656d76";

    private DiagramExport() {
    }

    /** The node as an image; must run on the FX thread. */
    public static WritableImage snapshot(Node node) {
        return node.snapshot(null, null);
    }

    /** Encodes and writes a snapshot; reads only the image, so it runs off the FX thread. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    /** An SVG of the whole graph: boxes with kind colour, name and image, and the dependency curves. */
    public static String svg(Pipeline p, Graph g, Map<String, Position> positions) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (Position pos : positions.values()) {
            minX = Math.min(minX, pos.x());
            minY = Math.min(minY, pos.y());
            maxX = Math.max(maxX, pos.x() + NodeView.WIDTH);
            maxY = Math.max(maxY, pos.y() + NodeView.HEIGHT);
        }
        if (positions.isEmpty()) {
            minX = minY = 0;
        }
        double pad = 20;
        // port names stand outside the nodes, left of inputs and right of outputs
        double padX = 80;
        double w = maxX - minX + 2 * padX;
        double h = maxY - minY + 2 * pad;
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"%.1f %.1f %.1f %.1f\" font-family=\"sans-serif\">%n", w, h, minX - padX, minY - pad, w, h));
        sb.append("  <title>").append(xml(p.displayName())).append("</title>\n");
        String edge = hex(COLORS.edge());
        sb.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + edge
                + "\"/></marker></defs>\n");
        if (g != null) {
            Bindings flows = Bindings.of(g);
            // the canvas's own port geometry and bindings, as drawn at full detail
            GraphIndex index = new GraphIndex(p, g);
            double[] e = new double[4];
            for (Step s : g.steps) {
                Position to = positions.get(s.name);
                for (String d : s.dependsOn) {
                    Position from = positions.get(d);
                    if (from == null || to == null) {
                        continue;
                    }
                    PortLayout.edge(from.x(), from.y(), index.ports(d), to.x(), to.y(), index.ports(s.name),
                            index.flow(d, s.name), true, e, 0);
                    double x1 = e[0];
                    double y1 = e[1];
                    double x2 = e[2];
                    double y2 = e[3];
                    double bend = Math.max(30, Math.abs(x2 - x1) / 2);
                    var on = flows.between(d, s.name);
                    // drawn as on the canvas: data edges solid, ordering-only edges lighter, thinner and dashed
                    EdgeLook look = on.isEmpty() ? EdgeLook.ORDER : EdgeLook.DATA;
                    sb.append(String.format(Locale.ROOT, "  <path class=\"edge%s\" d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\""
                            + " fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s marker-end=\"url(#arrow)\"/>%n",
                            look == EdgeLook.ORDER ? " order" : "", x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2,
                            hex(look.color(COLORS)), look.width, look.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
                    String name = EdgeFlows.label(on);
                    if (name != null) {
                        sb.append(String.format(Locale.ROOT, "  <text class=\"edge-name\" x=\"%.1f\" y=\"%.1f\""
                                + " font-size=\"11\" text-anchor=\"middle\" fill=\"%s\">%s<title>%s</title></text>%n",
                                (x1 + x2) / 2, (y1 + y2) / 2 - 5, SUBTLE_TEXT, xml(name), xml(EdgeFlows.describe(on))));
                    }
                }
            }
            for (Step s : g.steps) {
                Position pos = positions.get(s.name);
                if (pos == null) {
                    continue;
                }
                NodeFacts f = NodeFacts.of(p, s);
                sb.append(String.format(Locale.ROOT, "  <g class=\"node\" id=\"%s\" transform=\"translate(%.1f,%.1f)\">%n",
                        xml(s.name), pos.x(), pos.y()));
                sb.append(String.format(Locale.ROOT, "    <rect width=\"%.0f\" height=\"%.0f\" rx=\"8\" fill=\"%s\""
                        + " stroke=\"%s\"/>%n", NodeView.WIDTH, NodeView.HEIGHT, hex(COLORS.nodeFill()),
                        hex(COLORS.nodeBorder())));
                sb.append(String.format(Locale.ROOT, "    <rect width=\"6\" height=\"%.0f\" rx=\"3\" fill=\"%s\"/>%n",
                        NodeView.HEIGHT, hex(KindStyle.of(f.kind()).accent())));
                sb.append("    <text x=\"16\" y=\"24\" font-size=\"13\" font-weight=\"bold\" fill=\"" + TEXT + "\">")
                        .append(xml(s.name)).append("</text>\n");
                sb.append("    <text x=\"16\" y=\"42\" font-size=\"11\" fill=\"" + SUBTLE_TEXT + "\">").append(xml(f.subtitle()))
                        .append("</text>\n");
                String badges = (f.gpus() > 0 ? "GPU ×" + f.gpus() + "  " : "")
                        + (f.retries() != null ? "retries " + f.retries() + "  " : "")
                        + (f.looped() ? "loop  " : "") + (f.when() != null ? "when" : "");
                if (!badges.isBlank()) {
                    sb.append("    <text x=\"16\" y=\"62\" font-size=\"10\" fill=\"" + SUBTLE_TEXT + "\">").append(xml(badges.trim()))
                            .append("</text>\n");
                }
                ports(sb, index.ports(s.name));
                sb.append("  </g>\n");
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** A node's named ports (artifact square, parameter circle) with their names, or a folded side's count. */
    private static void ports(StringBuilder sb, PortLayout ports) {
        String stroke = hex(COLORS.selected());
        String fill = hex(COLORS.nodeFill());
        for (PortLayout.Port port : concat(ports.inputs(), ports.outputs())) {
            String kind = port.kind() == dev.orrery.core.refs.IoKind.ARTIFACT ? "artifact" : "parameter";
            boolean input = port.side() == PortLayout.Side.INPUT;
            if (port.kind() == dev.orrery.core.refs.IoKind.ARTIFACT) {
                sb.append(String.format(Locale.ROOT, "    <rect class=\"port %s-port\" x=\"%.1f\" y=\"%.1f\" width=\"8\""
                        + " height=\"8\" fill=\"%s\" stroke=\"%s\"/>%n", kind, port.dx() - 4, port.dy() - 4, fill, stroke));
            } else {
                sb.append(String.format(Locale.ROOT, "    <circle class=\"port %s-port\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\""
                        + " fill=\"%s\" stroke=\"%s\"/>%n", kind, port.dx(), port.dy(), fill, stroke));
            }
            if (port.bound()) {
                continue; // as on the canvas: the edge carries a bound port's name
            }
            sb.append(String.format(Locale.ROOT, "    <text class=\"port-name\" x=\"%.1f\" y=\"%.1f\" font-size=\"9\""
                    + " text-anchor=\"%s\" dominant-baseline=\"middle\" fill=\"%s\">%s</text>%n",
                    input ? port.dx() - 7 : port.dx() + 7, port.dy(), input ? "end" : "start", SUBTLE_TEXT, xml(port.name())));
        }
        if (ports.inputsFolded()) {
            folded(sb, 0, ports.allInputs().size(), true, stroke, fill);
        }
        if (ports.outputsFolded()) {
            folded(sb, NodeView.WIDTH, ports.allOutputs().size(), false, stroke, fill);
        }
    }

    private static void folded(StringBuilder sb, double x, int count, boolean input, String stroke, String fill) {
        sb.append(String.format(Locale.ROOT, "    <circle class=\"port folded-port\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\""
                + " fill=\"%s\" stroke=\"%s\"/>%n", x, PortLayout.MID, fill, stroke));
        sb.append(String.format(Locale.ROOT, "    <text class=\"port-count\" x=\"%.1f\" y=\"%.1f\" font-size=\"9\""
                + " font-weight=\"bold\" text-anchor=\"%s\" dominant-baseline=\"middle\" fill=\"%s\">%d</text>%n",
                input ? x - 9 : x + 9, PortLayout.MID, input ? "end" : "start", SUBTLE_TEXT, count));
    }

    private static java.util.List<PortLayout.Port> concat(java.util.List<PortLayout.Port> a, java.util.List<PortLayout.Port> b) {
        java.util.List<PortLayout.Port> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
