package dev.orrery.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Auto layout places the exit handler after the steps nothing waits for, as it runs last. */
class ExitHandlerLayoutTest {

    @Test
    void theExitHandlerIsLaidOutAfterTheLastSteps() {
        AutoLayout.Snapshot shown = new AutoLayout.Snapshot(List.of("a", "b", "c", "exit"),
                Map.of("a", List.of(), "b", List.of("a"), "c", List.of("a"), "exit", List.of()));
        AutoLayout.Snapshot laid = LayoutService.exitLast(shown, "exit");
        assertThat(laid.dependsOn().get("exit")).containsExactlyInAnyOrder("b", "c");
        assertThat(laid.dependsOn().get("b")).containsExactly("a");

        var at = new AutoLayout(220, 76).layout(laid);
        assertThat(at.get("exit").x()).isGreaterThan(at.get("b").x());
        assertThat(LayoutService.exitLast(shown, null)).isSameAs(shown);
    }
}
