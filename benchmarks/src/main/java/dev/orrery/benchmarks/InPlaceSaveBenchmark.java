package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.core.yaml.YamlWriter;
import dev.orrery.core.yaml.inplace.InPlaceYaml;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving one edit (one template's image) of a generated 2,000-step Argo file in place, beside the
 * canonical full write of the same pipeline, in the same run.
 *
 * <p>The base tree (the export of the pipeline as opened) is made once in setup, as a writer caches
 * it when the file is opened. {@code inPlaceSave} = export of the edited pipeline + the in-place
 * rewrite (read source, merge, patch, read back to check); {@code canonicalExport} = export + the
 * canonical emitter, what {@code export --canonical} writes.
 *
 * <pre>benchmarks/in-place.sh</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class InPlaceSaveBenchmark {
    @Param({"2000"})
    public int steps;

    private Pipeline edited;
    private String source;
    private ObjectNode base;
    private ObjectNode target;

    @Setup
    public void setUp() {
        Pipeline opened = PipelineGenerator.generate(steps, 42);
        source = PipelineFiles.toArgoYaml(opened);
        base = new ArgoExporter().export(opened);
        edited = PipelineGenerator.generate(steps, 42);
        Template t = edited.templates.get(edited.templates.size() / 2);
        t.container.image = "registry.example/new:1";
        target = new ArgoExporter().export(edited);
        String saved = InPlaceYaml.rewrite(source, 0, base, target);
        if (saved.length() - source.length() != "registry.example/new:1".length() - imageLength(t.name)) {
            throw new IllegalStateException("the in-place save changed more than the image");
        }
    }

    private int imageLength(String template) {
        int at = source.indexOf("- name: " + template + "\n");
        int image = source.indexOf("image: ", at) + "image: ".length();
        return source.indexOf('\n', image) - image;
    }

    /** Export of the edited pipeline + in-place rewrite of the source text. */
    @Benchmark
    public String inPlaceSave() {
        return InPlaceYaml.rewrite(source, 0, base, new ArgoExporter().export(edited));
    }

    /** The in-place rewrite alone (trees given). */
    @Benchmark
    public String inPlaceRewrite() {
        return InPlaceYaml.rewrite(source, 0, base, target);
    }

    /** The canonical full write: export + Orrery's emitter (today's save). */
    @Benchmark
    public String canonicalExport() {
        return PipelineFiles.toArgoYaml(edited);
    }

    /** The emitter alone on the same target tree. */
    @Benchmark
    public String canonicalWriteTree() {
        return YamlWriter.defaults().write(target);
    }
}
