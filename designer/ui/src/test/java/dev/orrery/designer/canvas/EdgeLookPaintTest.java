package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The picture paints a data edge solid in the edge colour and an ordering edge lighter with gaps. */
class EdgeLookPaintTest {
    private static final CanvasPainter.Colors C = CanvasPainter.Colors.LIGHT;

    @Test
    void anOrderingEdgeIsLighterAndDashedWhereADataEdgeIsSolid() {
        // two level edges, 300 units long: data at y = 20, ordering at y = 60 (level curves are straight)
        GraphSnapshot snap = new GraphSnapshot(new double[] {0, 20, 300, 20}, List.of(), List.of(), List.of(),
                new double[] {0, 60, 300, 60});
        BufferedImage image = new BufferedImage(320, 80, BufferedImage.TYPE_INT_ARGB_PRE);
        GraphRaster.paint(image, snap, 1.0, 10, 0.5, C, true);

        int background = argb(C.background());
        int dataGaps = 0;
        int orderGaps = 0;
        int darkestOrder = 0;
        // away from the arrow heads and the grid's dots
        for (int x = 40; x < 260; x++) {
            int data = image.getRGB(x, 20);
            int order = image.getRGB(x, 60);
            dataGaps += data == background ? 1 : 0;
            orderGaps += order == background ? 1 : 0;
            darkestOrder = Math.max(darkestOrder, 765 - sum(order));
            assertThat(sum(data)).as("data edge at x = %d", x).isLessThan(sum(background));
        }
        assertThat(dataGaps).as("a data edge is solid").isZero();
        assertThat(orderGaps).as("an ordering edge is dashed").isGreaterThan(40);
        assertThat(765 - darkestOrder).as("an ordering edge is lighter than a data edge")
                .isGreaterThan(sum(image.getRGB(100, 20)));
    }

    private static int argb(javafx.scene.paint.Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private static int sum(int argb) {
        return (argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff);
    }
}
