package dev.orrery.benchmarks.argo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.RunListener;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.Subscription;
import dev.orrery.runtime.argo.ArgoRuntime;
import dev.orrery.runtime.argo.ConnectionOptions;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How quickly a status change of an Argo Workflow reaches a {@link RunListener} as a {@link RunState}
 * when many runs are watched at once: {@code --runs} Workflows of {@code --nodes} nodes each live in
 * fabric8's mock API server (CRUD mode, in this JVM, over loopback HTTP and a WebSocket watch); one
 * {@link ArgoRuntime} watches them all; a writer changes one node's phase of one Workflow at a time,
 * round-robin, {@code --rate} times a second for {@code --seconds}. Latency = from just before the
 * writer sends the update (so it includes the API server's write) to the listener receiving the
 * snapshot with that resourceVersion. Also counts lost and duplicated snapshots, and the heap after
 * GC that the runtime adds once every run is loaded. The canvas part comes with the monitor panel.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar dev.orrery.benchmarks.argo.ArgoWatchLatency
 * [--runs 500] [--nodes 20] [--rate 50] [--seconds 60]}
 */
public final class ArgoWatchLatency {
    private static final String NS = "bench";
    private static final ResourceDefinitionContext WORKFLOWS = new ResourceDefinitionContext.Builder()
            .withGroup("argoproj.io").withVersion("v1alpha1").withKind("Workflow").withPlural("workflows")
            .withNamespaced(true).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PHASES = {"Pending", "Running", "Succeeded"};
    /** The mock server logs every request through java.util.logging; kept quiet (and referenced, so it stays so). */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    private ArgoWatchLatency() {
    }

    public static void main(String[] args) throws Exception {
        int runs = intArg(args, "--runs", 500);
        int nodes = intArg(args, "--nodes", 20);
        int rate = intArg(args, "--rate", 50);
        int seconds = intArg(args, "--seconds", 60);
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        var server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesMixedDispatcher(new HashMap<>()), false);
        server.init();
        server.expectCustomResource(new CustomResourceDefinitionContext.Builder().withGroup("argoproj.io")
                .withVersion("v1alpha1").withKind("Workflow").withPlural("workflows").withScope("Namespaced").build());
        try (KubernetesClient writer = server.createClient(b -> b.editOrNewConfig().withNamespace(NS).endConfig());
                KubernetesClient reader = server.createClient(b -> b.editOrNewConfig().withNamespace(NS).endConfig())) {
            List<ObjectNode> workflows = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                workflows.add(create(writer, i, nodes));
            }
            long baseline = usedHeapAfterGc();

            Map<String, Long> received = new ConcurrentHashMap<>();
            AtomicLong duplicates = new AtomicLong();
            CountDownLatch loaded = new CountDownLatch(runs);
            Map<String, Boolean> seenRuns = new ConcurrentHashMap<>();
            RunListener listener = s -> {
                long now = System.nanoTime();
                if (received.putIfAbsent(s.id() + "@" + s.revision(), now) != null) {
                    duplicates.incrementAndGet();
                }
                if (seenRuns.putIfAbsent(s.id(), true) == null) {
                    loaded.countDown();
                }
            };
            try (ArgoRuntime runtime = new ArgoRuntime(reader, ConnectionOptions.defaults().withNamespace(NS));
                    Subscription ignored = runtime.watch(listener)) {
                long t = System.nanoTime();
                if (!loaded.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("only " + (runs - loaded.getCount()) + " runs arrived");
                }
                System.out.printf(Locale.ROOT, "initial load of %d runs x %d nodes: %.0f ms%n", runs, nodes,
                        (System.nanoTime() - t) / 1e6);
                long loadedHeap = usedHeapAfterGc();

                Map<String, Long> sent = new HashMap<>();
                long period = TimeUnit.SECONDS.toNanos(1) / rate;
                long start = System.nanoTime();
                long next = start;
                int updates = rate * seconds;
                for (int u = 0; u < updates; u++) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    next += period;
                    int w = u % runs;
                    ObjectNode wf = workflows.get(w);
                    advance(wf, (u / runs) % (nodes * 2), nodes);
                    long t0 = System.nanoTime();
                    GenericKubernetesResource done = writer.genericKubernetesResources(WORKFLOWS).inNamespace(NS)
                            .resource(JSON.convertValue(wf, GenericKubernetesResource.class)).update();
                    sent.put(done.getMetadata().getName() + "@" + done.getMetadata().getResourceVersion(), t0);
                    wf.withObjectProperty("metadata").put("resourceVersion", done.getMetadata().getResourceVersion());
                }
                double achieved = updates / ((System.nanoTime() - start) / 1e9);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!received.keySet().containsAll(sent.keySet()) && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                }
                long[] latencies = sent.entrySet().stream().filter(e -> received.containsKey(e.getKey()))
                        .mapToLong(e -> received.get(e.getKey()) - e.getValue()).sorted().toArray();
                long lost = sent.size() - latencies.length;
                long endHeap = usedHeapAfterGc();
                System.out.printf(Locale.ROOT, "updates: %d at %.1f/s achieved (target %d/s) over %d s%n", updates,
                        achieved, rate, seconds);
                System.out.printf(Locale.ROOT,
                        "update -> RunState latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (n=%d)%n",
                        pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                        latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6, latencies.length);
                System.out.printf(Locale.ROOT, "lost: %d  duplicated: %d%n", lost, duplicates.get());
                System.out.printf(Locale.ROOT, "heap after GC: %d MB with the server's workflows; +%d MB once the"
                        + " runtime holds every run; %d MB at the end%n", baseline >> 20, (loadedHeap - baseline) >> 20,
                        endHeap >> 20);
            }
        } finally {
            server.destroy();
        }
    }

    private static ObjectNode create(KubernetesClient client, int index, int nodes) {
        String name = String.format(Locale.ROOT, "bench-%04d", index);
        ObjectNode wf = JSON.createObjectNode();
        wf.put("apiVersion", "argoproj.io/v1alpha1").put("kind", "Workflow");
        wf.putObject("metadata").put("name", name).put("namespace", NS);
        ObjectNode spec = wf.putObject("spec").put("entrypoint", "main");
        var tasks = spec.putArray("templates").addObject().put("name", "main").putObject("dag").putArray("tasks");
        ObjectNode status = wf.putObject("status").put("phase", "Running").put("startedAt", Instant.now().toString());
        ObjectNode ns = status.putObject("nodes");
        ObjectNode root = ns.putObject(name).put("id", name).put("name", name).put("displayName", name)
                .put("type", "DAG").put("phase", "Running");
        var children = root.putArray("children");
        for (int n = 1; n < nodes; n++) {
            String id = name + "-" + n;
            tasks.addObject().put("name", "step-" + n).put("template", "work");
            children.add(id);
            ns.putObject(id).put("id", id).put("name", name + ".step-" + n).put("displayName", "step-" + n)
                    .put("type", "Pod").put("templateName", "work").put("phase", "Pending").put("boundaryID", name);
        }
        GenericKubernetesResource created = client.genericKubernetesResources(WORKFLOWS).inNamespace(NS)
                .resource(JSON.convertValue(wf, GenericKubernetesResource.class)).create();
        wf.withObjectProperty("metadata").put("resourceVersion", created.getMetadata().getResourceVersion());
        return wf;
    }

    /** Moves node {@code step % (nodes-1) + 1} one phase on (Pending → Running → Succeeded → Pending ...). */
    private static void advance(ObjectNode wf, int step, int nodes) {
        String name = wf.path("metadata").path("name").asText();
        ObjectNode node = (ObjectNode) wf.path("status").path("nodes").path(name + "-" + (step % (nodes - 1) + 1));
        int phase = Arrays.asList(PHASES).indexOf(node.path("phase").asText());
        node.put("phase", PHASES[(phase + 1) % PHASES.length]);
        node.put("startedAt", Instant.now().toString());
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
