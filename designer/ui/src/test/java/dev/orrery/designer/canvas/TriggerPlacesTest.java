package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where trigger nodes go, which steps they are wired to, which findings they show. */
class TriggerPlacesTest {
    @Test
    void triggersStandInAColumnLeftOfTheGraphCentredOnIt() {
        List<EventTrigger> triggers = List.of(EventTrigger.of("a", EventKind.WEBHOOK),
                EventTrigger.of("b", EventKind.KAFKA));
        Rectangle2D graph = new Rectangle2D(100, 200, 800, 300);
        Map<String, Rectangle2D> places = TriggerLayer.place(triggers, graph);
        assertThat(places.keySet()).containsExactly("a", "b");
        assertThat(places.get("a").getMaxX()).isEqualTo(100 - TriggerLayer.GAP_X);
        assertThat(places.get("b").getMinY()).isEqualTo(places.get("a").getMaxY() + TriggerLayer.GAP_Y);
        double middle = (places.get("a").getMinY() + places.get("b").getMaxY()) / 2;
        assertThat(middle).isEqualTo(350.0);
    }

    @Test
    void triggersAreWiredToTheStepsThatDependOnNothingButNotTheExitHandler() {
        Pipeline p = new Pipeline();
        p.onExit = "cleanup";
        Step a = new Step("a", "a");
        Step b = new Step("b", "b");
        b.dependsOn.add("a");
        Step c = new Step("c", "c");
        Step inner = new Step("g/x", "x");
        assertThat(TriggerLayer.entrySteps(p, List.of(a, b, c, inner))).containsExactly("a", "c");
    }

    @Test
    void aTriggerShowsTheFindingsOfItsOwnFieldsOnly() {
        EventTrigger t = EventTrigger.of("landed", EventKind.WEBHOOK);
        Diagnostic own = Diagnostic.error(Location.of(null, "triggers.landed.parameters[0].dest"), "dest");
        Diagnostic whole = Diagnostic.warning(Location.of(null, "triggers.landed"), "name");
        Diagnostic other = Diagnostic.error(Location.of(null, "triggers.landed-2.source"), "other");
        Diagnostic step = Diagnostic.error(Location.of("landed", "image"), "a step's");
        assertThat(TriggerLayer.problemsOf(t, List.of(own, whole, other, step))).containsExactly(own, whole);
    }
}
