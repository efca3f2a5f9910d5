package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
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
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Opening a large Argo file: Orrery's whole parse (YAML with line positions, then the import into the model)
 * beside its YAML reading alone and Jackson's {@code readTree} of the same text, in one run — the floor the
 * parse is measured against. Run: {@code benchmarks/open.sh [JMH options]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class OpenBenchmark {

    @Param({"5000", "10000"})
    public int steps;

    private String text;
    private YAMLMapper jackson;

    @Setup
    public void setUp() {
        var generated = PipelineGenerator.generate(steps, 42);
        generated.layout.clear();
        text = PipelineFiles.toArgoYaml(generated, ArgoKind.WORKFLOW);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(128 * 1024 * 1024); // big inputs fail at SnakeYAML's 3 MB default
        jackson = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return jackson.readTree(new StringReader(text));
    }

    @Benchmark
    public List<SourceDocument> orreryYamlRead() throws YamlSyntaxException {
        return YamlReader.defaults().read(text);
    }

    @Benchmark
    public LoadResult orreryParse() {
        return PipelineFiles.parse(text, "generated.yaml");
    }
}
