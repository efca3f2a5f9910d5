package dev.orrery.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;
import dev.orrery.core.yaml.YamlWriter;
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

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Orrery's YAML reader/writer against Jackson's YAMLMapper on the same synthetic pipeline.
 * Run: {@code ./mvnw -B -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar YamlCodec}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class YamlCodecBenchmark {

    /** Number of steps; each is ~280 characters of YAML with a literal-block script. */
    @Param({"1000", "100000"})
    public int steps;

    private String text;
    private JsonNode tree;
    private YAMLMapper mapper;
    private ObjectWriter jacksonWriter;

    @Setup
    public void setUp() throws YamlSyntaxException {
        StringBuilder sb = new StringBuilder("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nspec:\n  templates:\n");
        for (int i = 0; i < steps; i++) {
            sb.append("    - name: step-").append(i).append('\n')
              .append("      container:\n        image: python:3.12-slim\n")
              .append("        command: [python, train.py, --lr, \"{{inputs.parameters.lr}}\"]\n")
              .append("        resources: {limits: {cpu: \"4\", memory: 16Gi}}\n")
              .append("      retries: 3\n      script: |\n        import pandas as pd\n        print(").append(i).append(")\n");
        }
        text = sb.toString();
        tree = YamlReader.defaults().readSingle(text);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(128 * 1024 * 1024); // same ceiling as YamlReader, or big inputs fail
        mapper = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
        jacksonWriter = mapper.writer();
    }

    @Benchmark
    public String orreryWrite() {
        return YamlWriter.defaults().write(tree);
    }

    @Benchmark
    public String jacksonWrite() throws IOException {
        return jacksonWriter.writeValueAsString(tree);
    }

    @Benchmark
    public List<SourceDocument> orreryRead() throws YamlSyntaxException {
        return YamlReader.defaults().read(text);
    }

    @Benchmark
    public JsonNode jacksonRead() throws IOException {
        return mapper.readTree(new StringReader(text));
    }
}
