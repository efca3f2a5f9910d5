package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.argo.ArgoMockCluster;
import dev.orrery.runtime.argo.FakeArgoController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runs list/metrics/compare} against fabric8's mock API server with the fake controller, selected
 * by cluster options; and one comparison of a cluster run with a run of this computer ({@code local:NAME}).
 */
class ClusterCompareCliTest {
    private static final String TRAIN = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: train-
            spec:
              entrypoint: main
              arguments:
                parameters:
                  - name: lr
                    value: "0.1"
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: train
                        template: train
                - name: train
                  script:
                    image: debian:stable-slim
                    command: [bash]
                    source: echo 0.75 > /tmp/accuracy
                  outputs:
                    parameters:
                      - name: accuracy
                        valueFrom: {path: /tmp/accuracy, default: "0.88"}
            """;

    @TempDir
    Path dir;

    private final ArgoMockCluster cluster = new ArgoMockCluster();
    private final FakeArgoController controller = cluster.controller();
    private Path kubeconfig;
    private Path pipeline;

    @BeforeEach
    void files() throws Exception {
        kubeconfig = cluster.writeKubeconfig(dir);
        pipeline = dir.resolve("train.yaml");
        Files.writeString(pipeline, TRAIN);
    }

    @AfterEach
    void close() {
        cluster.close();
    }

    private String submitted(String lr) {
        CliRunner.Result r = CliRunner.run("submit", pipeline.toString(), "-p", "lr=" + lr, "--kubeconfig",
                kubeconfig.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String name = r.out().trim();
        controller.runToEnd(name);
        return name;
    }

    @Test
    void listMetricsAndCompareClusterRunsWithClusterOptions() {
        String a = submitted("0.1");
        String b = submitted("0.2");

        CliRunner.Result list = CliRunner.run("runs", "list", "--kubeconfig", kubeconfig.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern(a + " +\\+ Succeeded +1/1").containsPattern(b + " +\\+ Succeeded");

        CliRunner.Result metrics = CliRunner.run("runs", "metrics", a, "--kubeconfig", kubeconfig.toString());
        assertThat(metrics.exitCode()).as(metrics.err()).isZero();
        assertThat(metrics.out()).containsPattern("train/accuracy +parameter +0.88");

        CliRunner.Result csv = CliRunner.run("runs", "compare", a, b, "--format", "csv", "--kubeconfig",
                kubeconfig.toString());
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("run,source,pipeline,phase,duration_s,params.lr,metrics.train/accuracy");
        assertThat(lines.get(1)).startsWith(a + ",").contains(",Succeeded,").endsWith(",0.1,0.88");
        assertThat(lines.get(2)).startsWith(b + ",").endsWith(",0.2,0.88");

        CliRunner.Result table = CliRunner.run("runs", "compare", a, b, "--kubeconfig", kubeconfig.toString());
        assertThat(table.out().lines().findFirst().orElseThrow())
                .containsPattern("RUN +PHASE +DURATION +lr \\* +train/accuracy$");

        CliRunner.Result sweep = CliRunner.run("runs", "compare", a, "--kubeconfig", kubeconfig.toString());
        assertThat(sweep.exitCode()).isEqualTo(2);
        assertThat(sweep.err()).contains("has no fan-out step").contains("name two or more runs");

        CliRunner.Result unknown = CliRunner.run("runs", "compare", a, b.substring(0, b.length() - 1),
                "--kubeconfig", kubeconfig.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no run named " + b.substring(0, b.length() - 1)).contains("did you mean")
                .contains(b);
    }

    @Test
    void aClusterRunAndARunOfThisComputerInOneComparison() throws Exception {
        String onCluster = submitted("0.3");
        Path runs = dir.resolve("runs");
        Path local = dir.resolve("local.yaml");
        Files.writeString(local, TRAIN.replace("generateName: train-", "generateName: local-train-"));
        CliRunner.Result ran = CliRunner.run("run", local.toString(), "-p", "lr=0.4", "--runs-dir", runs.toString());
        assertThat(ran.exitCode()).as(ran.out() + ran.err()).isZero();
        CliRunner.Result localList = CliRunner.run("runs", "list", "--runs-dir", runs.toString());
        String localName = localList.out().lines().skip(1).findFirst().orElseThrow().split(" +")[0];

        CliRunner.Result csv = CliRunner.run("runs", "compare", onCluster, "local:" + localName, "--format", "csv",
                "--kubeconfig", kubeconfig.toString(), "--runs-dir", runs.toString());

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(onCluster + ",").doesNotContain("This computer").endsWith(",0.3,0.88");
        // on this computer the step really ran: it wrote 0.75
        assertThat(lines.get(2)).startsWith(localName + ",This computer,").endsWith(",0.4,0.75");

        CliRunner.Result table = CliRunner.run("runs", "compare", onCluster, "local:" + localName, "--kubeconfig",
                kubeconfig.toString(), "--runs-dir", runs.toString());
        assertThat(table.out().lines().findFirst().orElseThrow()).containsPattern("RUN +SOURCE +PHASE");
    }
}
