package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.validate.Validator;
import dev.orrery.core.yaml.YamlWriter;
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
 * Import, export and validation of a generated pipeline (2,000 steps by default), with Jackson's
 * own YAML writer on the same tree as the floor the export is compared with, in the same run.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CodecBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgs = {"-Xmx2g"})
public class CodecBenchmark {
    @Param({"2000"})
    public int steps;

    private Pipeline pipeline;
    private String argoYaml;
    private ObjectNode argoTree;
    private YAMLMapper jackson;

    @Setup
    public void setUp() {
        pipeline = PipelineGenerator.generate(steps, 42);
        argoYaml = PipelineFiles.toArgoYaml(pipeline);
        argoTree = new ArgoExporter().export(pipeline);
        jackson = YAMLMapper.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
    }

    /** Argo YAML text → pipeline model (parse with line index + import). */
    @Benchmark
    public LoadResult importArgo() {
        return PipelineFiles.parse(argoYaml, "generated.yaml");
    }

    /** Pipeline model → Argo YAML text (build the tree + Orrery's emitter). */
    @Benchmark
    public String exportArgo() {
        return PipelineFiles.toArgoYaml(pipeline);
    }

    /** Only the emitter part of export, on the same tree Jackson writes below. */
    @Benchmark
    public String writeTreeOrrery() {
        return YamlWriter.defaults().write(argoTree);
    }

    /** The floor: Jackson's YAML writer on the same tree. */
    @Benchmark
    public String writeTreeJackson() throws Exception {
        return jackson.writeValueAsString(argoTree);
    }

    @Benchmark
    public Object validate() {
        return new Validator().validate(pipeline);
    }
}
