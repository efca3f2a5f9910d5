package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedule findings reach the CLI like other findings: file, line, severity, message; exit code 1. */
class ValidateScheduleCliTest {
    @TempDir
    Path dir;

    @Test
    void aBadCronExpressionAndTimezoneAreReportedWithTheirLines() throws IOException {
        Path f = dir.resolve("nightly.yaml");
        Files.writeString(f, """
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata: {name: nightly}
                spec:
                  schedules:
                    - "0 2 * * MON-FRI"
                    - "0 2 * * 7"
                  timezone: Europe/Paris2
                  workflowSpec:
                    entrypoint: main
                    templates:
                      - name: main
                        container: {image: alpine:3.20}
                """);
        var r = CliRunner.run("validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.err()).contains(f + ":7: error: schedules: schedule '0 2 * * 7' is not valid: day of week field")
                .contains(f + ":8: error: timezone: unknown timezone 'Europe/Paris2'");
    }
}
