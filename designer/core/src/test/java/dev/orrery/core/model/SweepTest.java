package dev.orrery.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static Sweep sweep(Sweep.Mode mode, Sweep.Axis... axes) {
        Sweep s = new Sweep();
        s.mode = mode;
        s.axes.addAll(List.of(axes));
        return s;
    }

    private static Sweep.Axis list(String name, Object... values) {
        var a = Json.array();
        for (Object v : values) {
            if (v instanceof Integer i) {
                a.add(i);
            } else if (v instanceof Double d) {
                a.add(d);
            } else {
                a.add(v.toString());
            }
        }
        return Sweep.Axis.list(name, a);
    }

    private static Sweep.Axis range(String name, String start, String stop, String step) {
        return Sweep.Axis.range(name, new BigDecimal(start), new BigDecimal(stop), new BigDecimal(step));
    }

    @Test
    void productMakesEveryCombinationWithTheLastParameterFastest() {
        Sweep s = sweep(Sweep.Mode.PRODUCT, list("lr", 0.1, 0.01), list("batch", 16, 32, 64));

        assertThat(s.items().toString()).isEqualTo("[{\"lr\":0.1,\"batch\":16},{\"lr\":0.1,\"batch\":32},"
                + "{\"lr\":0.1,\"batch\":64},{\"lr\":0.01,\"batch\":16},{\"lr\":0.01,\"batch\":32},"
                + "{\"lr\":0.01,\"batch\":64}]");
        assertThat(s.size()).isEqualTo(6);
    }

    @Test
    void zipPairsTheIthValuesAndNeedsEqualLengths() {
        Sweep s = sweep(Sweep.Mode.ZIP, list("lr", 0.1, 0.01), list("optimizer", "sgd", "adam"));
        assertThat(s.items().toString())
                .isEqualTo("[{\"lr\":0.1,\"optimizer\":\"sgd\"},{\"lr\":0.01,\"optimizer\":\"adam\"}]");

        s.axes.get(1).values.add("rmsprop");
        assertThatThrownBy(s::items).hasMessage("zipped parameters need as many values each: lr has 2, optimizer has 3");
        assertThat(s.size()).isEqualTo(-1);
    }

    @Test
    void rangesIncludeTheStopAndAddInDecimal() {
        assertThat(sweep(Sweep.Mode.PRODUCT, range("lr", "0.1", "0.5", "0.1")).items().toString())
                .as("0.1 + 0.1 + 0.1 is 0.3 here, not 0.30000000000000004")
                .isEqualTo("[{\"lr\":0.1},{\"lr\":0.2},{\"lr\":0.3},{\"lr\":0.4},{\"lr\":0.5}]");
        assertThat(sweep(Sweep.Mode.PRODUCT, range("batch", "16", "64", "16")).items().toString())
                .isEqualTo("[{\"batch\":16},{\"batch\":32},{\"batch\":48},{\"batch\":64}]");
        assertThat(sweep(Sweep.Mode.PRODUCT, range("n", "10", "1", "-4")).items().toString())
                .as("downwards, stopping before passing the stop").isEqualTo("[{\"n\":10},{\"n\":6},{\"n\":2}]");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> sweep(Sweep.Mode.PRODUCT).items()).hasMessage("a sweep needs at least one parameter");
        assertThatThrownBy(() -> sweep(Sweep.Mode.PRODUCT, range("lr", "0", "1", "-0.1")).items())
                .hasMessage("parameter lr: a step of -0.1 never gets from 0 to 1");
        assertThatThrownBy(() -> sweep(Sweep.Mode.PRODUCT, range("lr", "0", "1", "0")).items())
                .hasMessageContaining("a step of 0 never gets");
        assertThatThrownBy(() -> sweep(Sweep.Mode.PRODUCT, list("lr", 1), list("lr", 2)).items())
                .hasMessage("parameter lr is swept twice");
        assertThatThrownBy(() -> sweep(Sweep.Mode.PRODUCT, range("a", "1", "200", "1"), range("b", "1", "200", "1"))
                .items()).hasMessageContaining("more than 10000 runs");
        assertThatThrownBy(() -> sweep(Sweep.Mode.PRODUCT, range("a", "0", "1", "0.00001")).items())
                .hasMessageContaining("more than 10000 values");
    }

    @Test
    void theJsonFormReadsBackAsTheSameSweep() {
        Sweep s = sweep(Sweep.Mode.ZIP, list("lr", 0.1, 0.01), range("batch", "16", "32", "16"));
        var json = SweepJson.write(s);
        assertThat(json.toString()).isEqualTo("{\"mode\":\"zip\",\"parameters\":[{\"name\":\"lr\",\"values\":[0.1,0.01]},"
                + "{\"name\":\"batch\",\"range\":{\"start\":16,\"stop\":32,\"step\":16}}]}");

        List<String> problems = new ArrayList<>();
        Sweep back = SweepJson.read(json, problems);
        assertThat(problems).isEmpty();
        assertThat(SweepJson.write(back)).isEqualTo(json);
        assertThat(back.copy().items()).isEqualTo(s.items());

        SweepJson.read(Json.object().put("mode", "grid"), problems);
        assertThat(problems).containsExactly("sweep mode 'grid' is not product or zip");
    }
}
