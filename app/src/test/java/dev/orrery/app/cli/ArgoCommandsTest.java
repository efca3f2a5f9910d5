package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.orrery.runtime.argo.ArgoMockCluster;
import dev.orrery.runtime.argo.FakeArgoController;
import dev.orrery.runtime.argo.Pipelines;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Argo commands run end to end against fabric8's mock API server, connected through a kubeconfig. */
class ArgoCommandsTest {
    private static final ResourceDefinitionContext WORKFLOWS = new ResourceDefinitionContext.Builder()
            .withGroup("argoproj.io").withVersion("v1alpha1").withKind("Workflow").withPlural("workflows")
            .withNamespaced(true).build();

    @TempDir
    Path dir;

    private final ArgoMockCluster cluster = new ArgoMockCluster();
    /** The CLI runs here while the test plays the controller (not on the common pool: 2 cores give it 1 thread). */
    private final ExecutorService cliThread = Executors.newSingleThreadExecutor();
    private final FakeArgoController controller = cluster.controller();
    private Path kubeconfig;
    private Path pipeline;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeEach
    void files() throws Exception {
        kubeconfig = cluster.writeKubeconfig(dir);
        pipeline = dir.resolve("churn.yaml");
        Files.writeString(pipeline, Pipelines.CHURN);
    }

    @AfterEach
    void close() {
        cliThread.shutdownNow();
        cluster.close();
    }

    private Result run(String... args) {
        CommandLine cli = OrreryCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        if (args.length > 0 && !List.of(args).contains("--kubeconfig")) {
            all.add("--kubeconfig");
            all.add(kubeconfig.toString());
        }
        int code = cli.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** Waits (on an informer, not a sleep) for the first Workflow to exist and returns its name. */
    private String awaitWorkflow() throws Exception {
        List<GenericKubernetesResource> wfs = cluster.client.genericKubernetesResources(WORKFLOWS)
                .inNamespace(ArgoMockCluster.NAMESPACE).informOnCondition(l -> !l.isEmpty()).get(20, TimeUnit.SECONDS);
        return wfs.get(0).getMetadata().getName();
    }

    private String submitted() {
        Result r = run("submit", pipeline.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().trim();
    }

    @Test
    void submitWatchFollowsTheRunToSuccess() throws Exception {
        CompletableFuture<Result> cli = CompletableFuture.supplyAsync(
                () -> run("submit", pipeline.toString(), "-p", "lr=0.5", "--watch"), cliThread);
        String name = awaitWorkflow();
        controller.runToEnd(name);
        Result r = cli.get(30, TimeUnit.SECONDS);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(name + System.lineSeparator());
        assertThat(r.out()).containsPattern("\\+ prepare +Succeeded").containsPattern("\\+ evaluate +Succeeded")
                .contains("run " + name + " Succeeded (3/3 steps");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void submitFromAWorkflowTemplateWithOverrides() {
        ResourceDefinitionContext templates = new ResourceDefinitionContext.Builder().withGroup("argoproj.io")
                .withVersion("v1alpha1").withKind("WorkflowTemplate").withPlural("workflowtemplates")
                .withNamespaced(true).build();
        GenericKubernetesResource t = new GenericKubernetesResource();
        t.setApiVersion("argoproj.io/v1alpha1");
        t.setKind("WorkflowTemplate");
        t.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("train-model").build());
        t.setAdditionalProperty("spec", java.util.Map.of("entrypoint", "main"));
        cluster.client.genericKubernetesResources(templates).inNamespace(ArgoMockCluster.NAMESPACE).resource(t).create();

        Result r = run("submit", "--from", "workflowtemplate/train-model", "-p", "lr=0.3");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().trim()).startsWith("train-model-");
        Result missing = run("submit", "--from", "cronwf/nightly");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("orrery submit: no CronWorkflow named nightly in ml" + System.lineSeparator());
    }

    @Test
    void aFailedRunExitsOne() throws Exception {
        controller.failing("train", 1);
        CompletableFuture<Result> cli = CompletableFuture.supplyAsync(() -> run("submit", pipeline.toString(), "-w"),
                cliThread);
        controller.runToEnd(awaitWorkflow());
        Result r = cli.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("x train +Failed .*Error \\(exit code 1\\)").contains("Failed: child '");
    }

    @Test
    void runsListAndWatch() {
        String name = submitted();
        controller.runToEnd(name);
        Result list = run("runs", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).startsWith("NAME").containsPattern(name + " +\\+ Succeeded +3/3");

        Result watch = run("runs", "watch", name);
        assertThat(watch.exitCode()).isZero();
        assertThat(watch.out()).contains("run " + name + " Succeeded");

        Result unknown = run("runs", "watch", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("orrery runs watch: no run named nope" + System.lineSeparator());
    }

    @Test
    void runActions() {
        String name = submitted();
        controller.step(name);
        Result stop = run("runs", "stop", name);
        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.out().trim()).isEqualTo(name + " stopping");
        controller.runToEnd(name);
        Result again = run("runs", "stop", name);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already finished").doesNotContain("Exception");
        Result resubmit = run("runs", "resubmit", name);
        assertThat(resubmit.exitCode()).isZero();
        assertThat(resubmit.out().trim()).isNotEqualTo(name).startsWith("churn-");
        assertThat(run("runs", "delete", name).exitCode()).isZero();
        assertThat(run("runs").exitCode()).isEqualTo(2);
    }

    @Test
    void logsOfOneStepAndOfAll() {
        String name = submitted();
        controller.runToEnd(name);
        for (String step : List.of("prepare", "train", "evaluate")) {
            String podPrefix = name + "-" + step + "-";
            cluster.server.expect().get().withPath(logPathFor(name, step)).andReturn(200, step + " says hi\n").always();
            assertThat(podPrefix).isNotEmpty();
        }
        Result one = run("logs", name, "--step", "train");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).isEqualTo("train says hi" + System.lineSeparator());

        Result all = run("logs", name);
        assertThat(all.exitCode()).isZero();
        assertThat(all.out().lines()).containsExactly("prepare: prepare says hi", "train: train says hi",
                "evaluate: evaluate says hi");

        Result missing = run("logs", name, "--step", "deploy");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no step 'deploy'").contains("prepare, train, evaluate");
    }

    private String logPathFor(String name, String step) {
        String nodeName = name + "." + step;
        String pod = name + "-" + step + "-" + Integer.toUnsignedString(fnv32a(nodeName));
        return "/api/v1/namespaces/" + ArgoMockCluster.NAMESPACE + "/pods/" + pod + "/log?pretty=false&container=main";
    }

    private static int fnv32a(String s) {
        int h = 0x811c9dc5;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }

    @Test
    void artifactsListedAndDownloadedThroughArgoServer() throws Exception {
        String name = submitted();
        controller.runToEnd(name);
        Result list = run("artifacts", name);
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).containsPattern("prepare +dataset +" + name + "/").containsPattern("train +model");

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/artifact-files/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = ("content of " + path.substring(path.lastIndexOf('/') + 1)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(
                    "Bearer t0k".equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 200 : 401,
                    body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Path target = dir.resolve("out");
            Result dl = run("artifacts", name, "--download", target.toString(), "--argo-server",
                    "http://127.0.0.1:" + server.getAddress().getPort(), "--argo-token", "t0k");
            assertThat(dl.exitCode()).as(dl.err()).isZero();
            assertThat(Files.readString(target.resolve("train").resolve("model.tgz"))).isEqualTo("content of model");
            assertThat(Files.readString(target.resolve("prepare").resolve("dataset.tgz")))
                    .isEqualTo("content of dataset");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void usageAndConnectionErrorsExitTwoWithOneLine() throws Exception {
        Result none = run("submit", "--kubeconfig", kubeconfig.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("give either a pipeline FILE or --from KIND/NAME");

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path offline = dir.resolve("offline");
        Files.writeString(offline, Files.readString(kubeconfig).replaceAll("http://[^\"]+", "http://127.0.0.1:" + port));
        Result lost = run("runs", "list", "--kubeconfig", offline.toString());
        assertThat(lost.exitCode()).isEqualTo(2);
        assertThat(lost.err()).startsWith("orrery runs list: cannot reach the cluster at http://127.0.0.1:" + port)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(lost.err().lines()).hasSize(1);

        Result badContext = run("runs", "list", "--context", "prod");
        assertThat(badContext.exitCode()).isEqualTo(2);
        assertThat(badContext.err()).contains("no context named 'prod'");
    }
}
