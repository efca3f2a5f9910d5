package dev.orrery.designer.canvas;

import static dev.orrery.designer.KitWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Position;
import dev.orrery.designer.KitWindow;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.CanvasJobsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A step added by double-click or paste goes to the nearest free place, never on top of another. */
@ExtendWith(ApplicationExtension.class)
class StepPlacementTest {
    private KitWindow kit;
    private DesignDocument doc;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        var chain = CanvasJobsTest.chain();
        chain.layout.put("a", new Position(0, 0));
        chain.layout.put("b", new Position(300, 0));
        chain.layout.put("c", new Position(600, 0));
        kit = KitWindow.show(stage, chain);
        doc = kit.designer().document();
        canvas = kit.designer().canvas();
    }

    @AfterEach
    void cleanUp() throws Exception {
        kit.close();
    }

    /** Pairs of drawn steps whose boxes (with the grid's clearance) overlap. */
    private List<String> overlaps() {
        List<String> out = new ArrayList<>();
        List<Map.Entry<String, Position>> all = new ArrayList<>(canvas.positions().entrySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Position p = all.get(i).getValue();
                Position q = all.get(j).getValue();
                if (Math.abs(p.x() - q.x()) < NodeView.WIDTH && Math.abs(p.y() - q.y()) < NodeView.HEIGHT) {
                    out.add(all.get(i).getKey() + " over " + all.get(j).getKey());
                }
            }
        }
        return out;
    }

    @Test
    void doubleClickingAPaletteItemAgainAndAgainNeverStacksSteps(FxRobot robot) throws Exception {
        String[] items = {"#palette-container", "#palette-script", "#palette-train"};
        for (int i = 0; i < items.length; i++) {
            int expected = 4 + i;
            robot.doubleClickOn(items[i]);
            waitFor(() -> doc.graph().steps.size() == expected);
        }
        assertThat(overlaps()).isEmpty();
    }

    @Test
    void twoQuickDoubleClicksOnOneItemAddTwoSteps(FxRobot robot) throws Exception {
        // the second double-click arrives as click counts 3 and 4
        robot.clickOn("#palette-container").clickOn("#palette-container").clickOn("#palette-container")
                .clickOn("#palette-container");
        waitFor(() -> doc.graph().steps.size() == 5);
        assertThat(overlaps()).isEmpty();
    }

    @Test
    void pastingTwiceNeverStacksTheCopies(FxRobot robot) throws Exception {
        robot.clickOn("#node-b");
        robot.interact(canvas::copySelection);
        robot.interact(canvas::paste);
        robot.interact(canvas::paste);
        waitFor(() -> doc.graph().steps.size() == 5);
        assertThat(overlaps()).isEmpty();
        // the copy goes near the original: below it, where there is room
        Position copy = doc.pipeline().layout.get("b-2");
        assertThat(copy.y()).isGreaterThan(0);
        assertThat(Math.abs(copy.x() - 300)).isLessThanOrEqualTo(40);
    }

    @Test
    void theNearestFreePlaceIsTheWantedOneWhenFreeElseTheClosestBesideTheOthers() {
        FreeSpot one = new FreeSpot(List.of(new Position(0, 0)));
        assertThat(one.near(new Position(600, 0))).isEqualTo(new Position(600, 0));
        assertThat(one.near(new Position(3, -4))).as("snapped, below").isEqualTo(new Position(0, 100));

        // a packed block of 5,000 steps: the search still finds the nearest place outside it
        List<Position> block = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            block.add(new Position((i % 50) * 240.0, (i / 50) * 100.0));
        }
        FreeSpot packed = new FreeSpot(block);
        Position free = packed.near(new Position(240.0 * 49, 100.0 * 50));
        assertThat(free).as("right of the block, 12 grid units away").isEqualTo(new Position(240.0 * 50, 100.0 * 50));
        assertThat(packed.isFree(free.x(), free.y())).isTrue();
        assertThat(packed.isFree(240.0 * 10, 100.0 * 10)).isFalse();
    }
}
