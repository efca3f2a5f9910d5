package dev.orrery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhaseStyleTest {
    @Test
    void everyPhaseHasAStyleAndNoTwoPhasesLookAlike() {
        Set<String> colours = new HashSet<>();
        Set<String> icons = new HashSet<>();
        Set<Character> symbols = new HashSet<>();
        Set<String> classes = new HashSet<>();
        for (Phase p : Phase.values()) {
            PhaseStyle s = PhaseStyle.of(p);
            assertThat(s.phase()).isEqualTo(p);
            assertThat(s.colour()).matches("#[0-9a-f]{6}");
            assertThat(s.iconLiteral()).matches("mdi2[a-z]-[a-z0-9-]+");
            assertThat(s.pseudoClass()).matches("phase-[a-z]+");
            assertThat((int) s.cliSymbol()).isBetween(33, 126);
            colours.add(s.colour());
            icons.add(s.iconLiteral());
            symbols.add(s.cliSymbol());
            classes.add(s.pseudoClass());
        }
        int n = Phase.values().length;
        assertThat(colours).hasSize(n);
        assertThat(icons).hasSize(n);
        assertThat(symbols).hasSize(n);
        assertThat(classes).hasSize(n);
        assertThat(PhaseStyle.all()).hasSize(n);
        assertThat(PhaseStyle.of(Phase.SUCCEEDED).iconLiteral()).isEqualTo("mdi2c-check-circle");
        assertThat(PhaseStyle.of(Phase.SUCCEEDED).label()).isEqualTo("Succeeded");
    }

    @Test
    void argoPhaseAndTypeNamesMapToOurs() {
        assertThat(Phase.fromArgo("Succeeded")).isEqualTo(Phase.SUCCEEDED);
        assertThat(Phase.fromArgo("Error")).isEqualTo(Phase.ERROR);
        assertThat(Phase.fromArgo("Omitted")).isEqualTo(Phase.OMITTED);
        assertThat(Phase.fromArgo("")).isEqualTo(Phase.PENDING);
        assertThat(Phase.fromArgo(null)).isEqualTo(Phase.PENDING);
        assertThat(Phase.FAILED.argoName()).isEqualTo("Failed");
        assertThat(Phase.RUNNING.isFinished()).isFalse();
        assertThat(Phase.SKIPPED.isFinished()).isTrue();
        assertThat(NodeType.fromArgo("Retry")).isEqualTo(NodeType.RETRY);
        assertThat(NodeType.fromArgo("TaskGroup")).isEqualTo(NodeType.TASK_GROUP);
        assertThat(NodeType.fromArgo("Pod").isLeaf()).isTrue();
        assertThat(NodeType.fromArgo("DAG").isLeaf()).isFalse();
    }
}
