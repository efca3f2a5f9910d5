package dev.orrery.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.core.events.PayloadMapper;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.validate.EventRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orrery trigger FILE --event payload.json [--trigger NAME] --local}: applies the trigger's parameter
 * mappings to the payload as the Sensor would and starts a local run with the values (exactly as
 * {@code orrery run -p NAME=VALUE}); without {@code --local}, posts the payload to the webhook event source on
 * the cluster ({@link WebhookSender}).
 */
@Command(name = "trigger", description = {
    "Fire a test event at a pipeline's trigger: --local maps the payload as the Sensor would and runs the",
    "pipeline on this computer with the mapped parameters; otherwise the payload is sent to the webhook",
    "event source on the connected cluster (through its service)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run succeeded (or the event was accepted)", "1:the run failed or a mapping has no value",
            "2:usage error, unreadable file, no such trigger, or the event source could not be reached"})
final class TriggerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file (with spec.triggers).")
    Path file;

    @Option(names = "--event", required = true, paramLabel = "PAYLOAD",
            description = "The event payload, a JSON file (for a webhook: the request body).")
    Path event;

    @Option(names = "--trigger", paramLabel = "NAME", description = "Which trigger, when the pipeline has several.")
    String triggerName;

    @Option(names = "--local", description = "Simulate the Sensor here and start a local run.")
    boolean local;

    @Option(names = "--runs-dir", paramLabel = "DIR", description = "Where local run folders go (with --local).")
    Path runsDir;

    @Option(names = "--parallelism", paramLabel = "N", description = "Most steps running at once (with --local).")
    Integer parallelism;

    @CommandLine.Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Reporter reporter = new Reporter(err, true);
        LoadResult loaded;
        try {
            loaded = Documents.load(file);
        } catch (Documents.Unreadable e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (reporter.report(Documents.validate(loaded))) {
            return ExitCodes.USAGE;
        }
        LoadedDocument doc = loaded.documents().stream().filter(d -> !d.pipeline().triggers.isEmpty()).findFirst()
                .orElse(null);
        if (doc == null) {
            reporter.error(file + ": no pipeline with triggers (spec.triggers) in the file");
            return ExitCodes.USAGE;
        }
        Pipeline pipeline = doc.pipeline();
        EventTrigger trigger = chooseTrigger(pipeline, reporter);
        if (trigger == null) {
            return ExitCodes.USAGE;
        }
        JsonNode payload;
        try {
            payload = new ObjectMapper().readTree(Files.readString(event));
        } catch (IOException e) {
            reporter.error(event + ": not a JSON payload: " + firstLine(e.getMessage()));
            return ExitCodes.USAGE;
        }
        if (!local) {
            return WebhookSender.send(cluster, pipeline, trigger, payload, out, reporter);
        }
        // a dataKey the payload lacks: a finding like any other (the default is used, or nothing starts)
        reporter.report(EventRules.checkSample(pipeline, trigger, payload).stream()
                .map(d -> d.at(d.location().withSource(file.toString(), doc.index()))).toList());
        PayloadMapper.Result mapped = PayloadMapper.apply(pipeline, trigger, PayloadMapper.eventData(trigger, payload));
        for (PayloadMapper.Outcome o : mapped.outcomes()) {
            if (o.problem() != null) {
                reporter.error(file + ": trigger " + trigger.name + ": " + o.problem());
            }
        }
        if (!mapped.problems().isEmpty()) {
            reporter.error(file + ": not started: the Sensor would not submit the workflow either");
            return ExitCodes.PROBLEMS;
        }
        mapped.parameters().forEach((k, v) -> out.println("parameter " + k + " = " + v));
        out.flush();
        return runLocally(mapped.parameters());
    }

    private EventTrigger chooseTrigger(Pipeline pipeline, Reporter reporter) {
        if (triggerName == null) {
            if (pipeline.triggers.size() == 1) {
                return pipeline.triggers.get(0);
            }
            reporter.error(file + ": the pipeline has several triggers; choose one with --trigger "
                    + pipeline.triggers.stream().map(t -> t.name).toList());
            return null;
        }
        for (EventTrigger t : pipeline.triggers) {
            if (triggerName.equals(t.name)) {
                return t;
            }
        }
        reporter.error(file + ": no trigger named '" + triggerName + "'; the pipeline has "
                + pipeline.triggers.stream().map(t -> t.name).toList());
        return null;
    }

    /** The local run goes through {@code orrery run} itself, so it is the run that command would start. */
    private int runLocally(Map<String, String> parameters) {
        List<String> args = new ArrayList<>();
        args.add(file.toString());
        parameters.forEach((k, v) -> {
            if (v != null) {
                args.add("-p");
                args.add(k + "=" + v);
            }
        });
        if (runsDir != null) {
            args.add("--runs-dir");
            args.add(runsDir.toString());
        }
        if (parallelism != null) {
            args.add("--parallelism");
            args.add(parallelism.toString());
        }
        CommandLine run = new CommandLine(new RunCommand());
        run.setOut(spec.commandLine().getOut());
        run.setErr(spec.commandLine().getErr());
        return run.execute(args.toArray(String[]::new));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
