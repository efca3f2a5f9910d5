package dev.orrery.runtime.local;

import static dev.orrery.runtime.local.Fixtures.bash;
import static dev.orrery.runtime.local.Fixtures.pipeline;
import static dev.orrery.runtime.local.Fixtures.runToEnd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.RuntimeFailure;
import dev.orrery.runtime.SecretMasking;
import dev.orrery.runtime.SubmitOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders are the user's alone, and secret parameters are not written in plain text. */
class PrivacyTest {
    @TempDir
    Path tmp;
    LocalRuntime runtime;

    @BeforeEach
    void start() {
        runtime = new LocalRuntime(tmp.resolve("runs"));
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private static Pipeline withPassword() {
        Template t = bash("connect", "echo \"connecting with {{workflow.parameters.db-password}}\" > /tmp/seen.txt;"
                + " echo {{workflow.parameters.db-password}}");
        Fixtures.outputParameter(t, "seen", "/tmp/seen.txt");
        Pipeline p = pipeline("private", t);
        p.parameters.add(Parameter.of("db-password", "default-pw"));
        p.parameters.add(Parameter.of("rows", "10"));
        return p;
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void runFoldersAre0700AndTheirFiles0600() throws Exception {
        RunState s = runToEnd(runtime, withPassword());
        Path run = runtime.runDirectory(s.ref());

        assertThat(mode(tmp.resolve("runs"))).isEqualTo("rwx------");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(run)) {
            for (Path p : all.toList()) {
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                boolean writtenByTheStep = p.startsWith(run.resolve("nodes")) && p.toString().contains("/fs/");
                if (!writtenByTheStep && !mode(p).equals(expected)) {
                    wrong.add(run.relativize(p) + " " + mode(p));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Files.list(run).map(p -> p.getFileName().toString()))
                .contains("state.json", "pipeline.json", "owner.json", "pids", "nodes");
    }

    @Test
    void aSecretParameterIsMaskedInStateJsonButTheStepGetsItsValue() throws Exception {
        RunState s = runToEnd(runtime, withPassword(), SubmitOptions.DEFAULTS.withParameter("db-password", "hunter2"));

        assertThat(s.phase()).isEqualTo(Phase.SUCCEEDED);
        assertThat(s.parameters()).containsEntry("db-password", SecretMasking.MASK).containsEntry("rows", "10");
        assertThat(s.nodes().get(0).outputs().parameters()).containsEntry("seen",
                "connecting with " + SecretMasking.MASK);
        String state = Files.readString(runtime.runDirectory(s.ref()).resolve(RunStore.STATE));
        assertThat(state).doesNotContain("hunter2").contains(SecretMasking.MASK);
        assertThat(runtime.get(s.ref()).parameters()).containsEntry("db-password", SecretMasking.MASK);
        Path log = runtime.runDirectory(s.ref()).resolve("nodes").resolve(NodeFolder.safe(s.nodes().get(0).id()))
                .resolve("log.txt");
        assertThat(NodeLog.readLines(log, 0)).as("the step ran with the real value").containsExactly("hunter2");
    }

    @Test
    void resubmittingARunWhoseSecretWasMaskedIsRefusedWithAClearMessage() {
        RunState s = runToEnd(runtime, withPassword(), SubmitOptions.DEFAULTS.withParameter("db-password", "hunter2"));

        assertThatThrownBy(() -> runtime.resubmit(s.ref())).isInstanceOf(RuntimeFailure.class)
                .hasMessage("run " + s.id() + " cannot be submitted again as it is: Orrery does not keep the value of"
                        + " db-password (a secret); run the pipeline again and give it (-p db-password=VALUE, or Run"
                        + " with parameters…)");
        assertThat(runtime.list()).hasSize(1);
    }
}
