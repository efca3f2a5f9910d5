package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    private static String cron(String fields) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata: {name: nightly}
                spec:
                """ + fields.indent(2) + """
                  workflowSpec:
                    entrypoint: main
                    templates:
                    - name: main
                      container: {image: alpine}
                """;
    }

    @Test
    void aBadCronExpressionIsAnErrorOnItsLineNamingTheField() {
        List<Diagnostic> errors = errors(cron("""
                schedules:
                - "0 2 * * *"
                - "0 25 * * *"
                """));
        assertThat(errors).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("'0 25 * * *'").contains("hour field").contains("above the maximum 23");
            assertThat(d.location().field()).isEqualTo("schedules");
            assertThat(d.location().line()).isEqualTo(7);
        });
    }

    @Test
    void anUnknownTimezoneIsAnError() {
        assertThat(errors(cron("schedules: [\"0 2 * * *\"]\ntimezone: Europe/Berln\n"))).singleElement()
                .satisfies(d -> {
                    assertThat(d.message()).contains("unknown timezone 'Europe/Berln'");
                    assertThat(d.location().line()).isEqualTo(6);
                });
        assertThat(errors(cron("schedules: [\"0 2 * * *\"]\ntimezone: \"+02:00\"\n"))).hasSize(1);
        assertThat(errors(cron("schedules: [\"0 2 * * *\"]\ntimezone: America/New_York\n"))).isEmpty();
    }

    @Test
    void anUnknownConcurrencyPolicyIsAnErrorWithASuggestion() {
        assertThat(errors(cron("schedules: [\"0 2 * * *\"]\nconcurrencyPolicy: forbid\n"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("use Allow, Forbid or Replace (did you mean Forbid?)"));
    }

    @Test
    void negativeDeadlinesAndLimitsAreErrors() {
        assertThat(errors(cron("schedules: [\"0 2 * * *\"]\nstartingDeadlineSeconds: -1\nfailedJobsHistoryLimit: -2\n")))
                .hasSize(2);
    }

    @Test
    void noScheduleIsAnError() {
        assertThat(errors(cron("schedules: []\n"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("has no schedule"));
    }

    @Test
    void aZonePrefixStackedOnTheTimezoneFieldIsAnErrorAloneAWarning() {
        assertThat(errors(cron("schedules: [\"CRON_TZ=UTC 0 2 * * *\"]\ntimezone: Europe/Berlin\n")))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("remove the prefix"));
        assertThat(warnings(cron("schedules: [\"CRON_TZ=Asia/Tokyo 0 2 * * *\"]\n")))
                .anySatisfy(d -> assertThat(d.message()).contains("set timezone: Asia/Tokyo"));
    }

    @Test
    void aScheduleThatNeverFiresIsAWarning() {
        assertThat(warnings(cron("schedules: [\"0 0 30 2 *\"]\n")))
                .anySatisfy(d -> assertThat(d.message()).contains("never fires"));
    }

    @Test
    void argosCronExamplesAreClean() {
        assertThat(errors(cron("""
                schedules: ["*/3 * * * 1-5", "*/2 * * * *"]
                timezone: "America/Los_Angeles"
                startingDeadlineSeconds: 0
                concurrencyPolicy: "Replace"
                successfulJobsHistoryLimit: 4
                failedJobsHistoryLimit: 4
                suspend: false
                """))).isEmpty();
    }
}
