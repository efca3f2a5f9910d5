package dev.orrery.designer.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Artifact;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Position;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Template;
import dev.orrery.core.refs.IoKind;
import dev.orrery.designer.KitWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Port geometry is computed in one place: ports per step, folding, and where edges meet them. */
class PortLayoutTest {
    private static Step step(Pipeline p, String name) {
        return p.mainGraph().orElseThrow().steps.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    private static PortLayout portsOf(Pipeline p, String name) {
        Step s = step(p, name);
        return PortLayout.of(s, p.template(s.template).orElseThrow());
    }

    @Test
    void inputsGoLeftAndOutputsRightWithNamesKindsAndDetails() {
        Pipeline p = KitWindow.sample();
        PortLayout evaluate = portsOf(p, "evaluate");
        assertThat(evaluate.inputs()).extracting(PortLayout.Port::name).containsExactly("model", "dataset");
        assertThat(evaluate.inputs()).allSatisfy(port -> {
            assertThat(port.dx()).isZero();
            assertThat(port.kind()).isEqualTo(IoKind.ARTIFACT);
            assertThat(port.side()).isEqualTo(PortLayout.Side.INPUT);
        });
        // artifacts first, then parameters
        assertThat(evaluate.outputs()).extracting(PortLayout.Port::name).containsExactly("metrics", "accuracy");
        assertThat(evaluate.outputs()).extracting(PortLayout.Port::kind).containsExactly(IoKind.ARTIFACT, IoKind.PARAMETER);
        assertThat(evaluate.outputs()).allSatisfy(port -> assertThat(port.dx()).isEqualTo(NodeView.WIDTH));
        // what hovering shows: the path, the binding, the output parameter's file
        assertThat(evaluate.port(PortLayout.Side.INPUT, IoKind.ARTIFACT, "model").detail())
                .contains("path /data/model.json").contains("from {{tasks.train.outputs.artifacts.model}}");
        assertThat(evaluate.port(PortLayout.Side.OUTPUT, IoKind.PARAMETER, "accuracy").detail()).contains("/tmp/accuracy");
        assertThat(evaluate.inputsFolded()).isFalse();
        // both inputs are fed by a binding; no step takes evaluate's outputs (deploy's `when` is no binding)
        assertThat(evaluate.inputs()).allSatisfy(port -> assertThat(port.bound()).isTrue());
        assertThat(evaluate.outputs()).noneSatisfy(port -> assertThat(port.bound()).isTrue());
    }

    @Test
    void inTheCanvasIndexAnOutputThatABindingTakesIsBound() {
        Pipeline p = KitWindow.sample();
        GraphIndex index = new GraphIndex(p, p.mainGraph().orElseThrow());
        PortLayout train = index.ports("train");
        assertThat(train.port(PortLayout.Side.OUTPUT, IoKind.ARTIFACT, "model").bound()).as("evaluate and deploy take it").isTrue();
        assertThat(train.port(PortLayout.Side.OUTPUT, IoKind.ARTIFACT, "metrics").bound()).isFalse();
        assertThat(train.port(PortLayout.Side.INPUT, IoKind.ARTIFACT, "dataset").bound()).isTrue();
    }

    @Test
    void portsSitInDistinctSlotsInsideTheNodeAndLeaveTheMidpointToTheDefaultPort() {
        for (int n = 1; n <= PortLayout.FOLD_AFTER; n++) {
            Template t = new Template("t");
            for (int i = 0; i < n; i++) {
                t.inputParameters.add(Parameter.of("p" + i, "v"));
            }
            List<Double> ys = PortLayout.of(new Step(), t).inputs().stream().map(PortLayout.Port::dy).toList();
            assertThat(ys).hasSize(n).doesNotHaveDuplicates().doesNotContain(PortLayout.MID).isSorted();
            assertThat(ys).allSatisfy(y -> assertThat(y).isBetween(4.0, NodeView.HEIGHT - 4));
        }
    }

    @Test
    void pastTheThresholdASideFoldsIntoItsDefaultPortWithACount() {
        Template t = new Template("wide");
        for (int i = 0; i <= PortLayout.FOLD_AFTER; i++) {
            t.inputArtifacts.add(new Artifact("in" + i, "/tmp/in" + i));
        }
        t.outputArtifacts.add(new Artifact("out", "/tmp/out"));
        PortLayout ports = PortLayout.of(new Step(), t);
        assertThat(ports.inputsFolded()).isTrue();
        assertThat(ports.inputs()).isEmpty();
        assertThat(ports.allInputs()).hasSize(PortLayout.FOLD_AFTER + 1);
        assertThat(ports.outputsFolded()).isFalse();
        assertThat(ports.outputs()).extracting(PortLayout.Port::name).containsExactly("out");
        // an edge into a folded side meets its midpoint
        assertThat(ports.y(PortLayout.Side.INPUT, IoKind.ARTIFACT, "in0", true)).isEqualTo(PortLayout.MID);
        assertThat(ports.y(PortLayout.Side.OUTPUT, IoKind.ARTIFACT, "out", true)).isNotEqualTo(PortLayout.MID);
    }

    @Test
    void aStepWithoutTemplateOrWithoutInputsAndOutputsHasNoPorts() {
        assertThat(PortLayout.of(new Step(), null)).isEqualTo(PortLayout.NONE);
        assertThat(PortLayout.of(new Step(), new Template("plain"))).isEqualTo(PortLayout.NONE);
    }

    @Test
    void edgesRunFromTheProducingOutputPortToTheConsumingInputPortInDetailAndFoldZoomedOut() {
        Pipeline p = KitWindow.sample();
        Graph g = p.mainGraph().orElseThrow();
        GraphIndex index = new GraphIndex(p, g);
        java.util.function.Function<String, Position> at = name -> p.layout.get(name);

        GraphGeometry detail = new GraphGeometry(index, at, true);
        int k = detail.edge("train", "evaluate");
        assertThat(k).isNotNegative();
        Position train = at.apply("train");
        Position evaluate = at.apply("evaluate");
        PortLayout out = portsOf(p, "train");
        PortLayout in = portsOf(p, "evaluate");
        assertThat(detail.edges[4 * k]).isEqualTo(train.x() + NodeView.WIDTH);
        assertThat(detail.edges[4 * k + 1])
                .isEqualTo(train.y() + out.port(PortLayout.Side.OUTPUT, IoKind.ARTIFACT, "model").dy());
        assertThat(detail.edges[4 * k + 2]).isEqualTo(evaluate.x());
        assertThat(detail.edges[4 * k + 3])
                .isEqualTo(evaluate.y() + in.port(PortLayout.Side.INPUT, IoKind.ARTIFACT, "model").dy());
        assertThat(detail.edges[4 * k + 1]).isNotEqualTo(train.y() + PortLayout.MID);

        // zoomed out the ports fold: the same edge meets the side midpoints
        GraphGeometry overview = new GraphGeometry(index, at, false);
        int j = overview.edge("train", "evaluate");
        assertThat(overview.edges[4 * j + 1]).isEqualTo(train.y() + PortLayout.MID);
        assertThat(overview.edges[4 * j + 3]).isEqualTo(evaluate.y() + PortLayout.MID);
    }

    @Test
    void anEdgeThatOnlyOrdersMeetsTheSideMidpoints() {
        double[] e = new double[4];
        PortLayout.edge(0, 0, PortLayout.NONE, 400, 100, PortLayout.NONE, null, true, e, 0);
        assertThat(e).containsExactly(NodeView.WIDTH, PortLayout.MID, 400, 100 + PortLayout.MID);
    }

    @Test
    void theSvgExportDrawsPortsByKindAndEdgesBetweenThem() {
        Pipeline p = KitWindow.sample();
        Graph g = p.mainGraph().orElseThrow();
        String svg = DiagramExport.svg(p, g, p.layout);
        assertThat(svg).contains("class=\"port artifact-port\"").contains("class=\"port parameter-port\"")
                .contains(">accuracy</text>").contains(">metrics</text>")
                .as("a bound port's name is on its edge").doesNotContain(">model</text>");
        Position train = p.layout.get("train");
        double y = train.y() + portsOf(p, "train").port(PortLayout.Side.OUTPUT, IoKind.ARTIFACT, "model").dy();
        assertThat(svg).contains(String.format(java.util.Locale.ROOT, "M%.1f,%.1f", train.x() + NodeView.WIDTH, y));
    }
}
