package dev.orrery.app.cli;

import dev.orrery.core.io.AtomicFiles;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code orrery artifacts NAME [--download DIR]}: the output artifacts of a run's steps; with
 * {@code --download}, saves each as {@code DIR/<step>/<artifact>} (plus the stored extension, e.g.
 * {@code .tgz} for Argo's default tar-gzip of files and folders).
 */
@Command(name = "artifacts", description = "List a run's output artifacts, or download them with --download DIR.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed or downloaded", "1:some artifacts could not be downloaded",
            "2:usage error, unknown run, refusal or no connection"})
public final class ArtifactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Parameters(index = "0", paramLabel = "NAME", description = "The run's name (local:NAME for this computer's).")
    String name;

    @Option(names = {"-d", "--download"}, paramLabel = "DIR", description = "Save every artifact under DIR.")
    Path download;

    @Option(names = {"-s", "--step"}, paramLabel = "STEP", description = "Only the artifacts of this step.")
    String step;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return RunEngines.run("artifacts", engine, err, engines -> {
            RunEngines.Named named = engines.find(name);
            dev.orrery.runtime.Runtime runtime = named.runtime();
            RunState run = engines.get(named);
            Map<String, NodeState> nodes = run.nodes().stream().collect(Collectors.toMap(NodeState::id,
                    Function.identity()));
            List<ArtifactRef> artifacts = runtime.artifacts(run.ref()).stream()
                    .filter(a -> step == null || step.equals(stepOf(nodes, a))).toList();
            if (download == null) {
                String format = "%-28s %-24s %s";
                out.println(String.format(Locale.ROOT, format, "STEP", "ARTIFACT", "LOCATION").stripTrailing());
                for (ArtifactRef a : artifacts) {
                    out.println(String.format(Locale.ROOT, format, stepOf(nodes, a), a.name(),
                            a.location() == null ? "-" : a.location()).stripTrailing());
                }
                out.flush();
                return ExitCodes.OK;
            }
            int code = ExitCodes.OK;
            for (ArtifactRef a : artifacts) {
                Path target = download.resolve(safe(stepOf(nodes, a))).resolve(safe(a.name())
                        + extension(a, named.local()));
                try (InputStream in = runtime.openArtifact(a)) {
                    long bytes = AtomicFiles.write(target, in::transferTo);
                    out.println(target + " (" + bytes + " bytes)");
                } catch (RuntimeFailure e) {
                    err.println("orrery artifacts: " + a.name() + " of " + stepOf(nodes, a) + ": " + e.getMessage());
                    code = ExitCodes.PROBLEMS;
                } catch (IOException e) {
                    err.println("orrery artifacts: cannot write " + target + ": " + e.getMessage());
                    code = ExitCodes.USAGE;
                }
            }
            out.flush();
            err.flush();
            return code;
        });
    }

    private static String stepOf(Map<String, NodeState> nodes, ArtifactRef a) {
        NodeState n = nodes.get(a.nodeId());
        return n == null ? a.nodeId() : n.displayName();
    }

    private static String extension(ArtifactRef a, boolean local) {
        String loc = a.location() == null ? "" : a.location();
        if (local && java.nio.file.Files.isDirectory(Path.of(loc)) && !a.name().endsWith(".zip")) {
            return ".zip"; // this computer hands a folder over as a zip archive
        }
        String file = loc.substring(loc.lastIndexOf('/') + 1);
        for (String ext : new String[] {".tar.gz", ".tgz", ".zip", ".gz"}) {
            if (file.endsWith(ext) && !a.name().endsWith(ext)) {
                return ext;
            }
        }
        return "";
    }

    /** A file name made of the text, without path separators or leading dots. */
    private static String safe(String text) {
        String s = text.replaceAll("[/\\\\:*?\"<>|]", "_");
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }
}
