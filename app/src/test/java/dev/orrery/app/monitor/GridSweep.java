package dev.orrery.app.monitor;

import dev.orrery.core.model.Container;
import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Json;
import dev.orrery.core.model.Loop;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Step;
import dev.orrery.core.model.Sweep;
import dev.orrery.core.model.Template;
import java.math.BigDecimal;

/** The pipeline the sweep tests watch: one step {@code grid} sweeping lr × batch (four items). */
final class GridSweep {
    private GridSweep() {
    }

    static Pipeline pipeline() {
        Pipeline p = new Pipeline();
        p.name = "grid";
        p.entrypoint = "main";
        Template train = new Template("train");
        train.container = new Container();
        train.container.image = "python:3.12-slim";
        train.inputParameters.add(new Parameter("lr", null));
        train.inputParameters.add(new Parameter("batch", null));
        Sweep sweep = new Sweep();
        sweep.axes.add(Sweep.Axis.list("lr", Json.array().add(0.1).add(0.01)));
        sweep.axes.add(Sweep.Axis.range("batch", BigDecimal.valueOf(16), BigDecimal.valueOf(32), BigDecimal.valueOf(16)));
        Step s = new Step("grid", "train");
        s.loop = Loop.sweep(sweep);
        s.parameterArguments.add(Parameter.of("lr", "{{item.lr}}"));
        s.parameterArguments.add(Parameter.of("batch", "{{item.batch}}"));
        Template main = new Template("main");
        main.graph = new Graph();
        main.graph.steps.add(s);
        p.templates.add(main);
        p.templates.add(train);
        return p;
    }
}
