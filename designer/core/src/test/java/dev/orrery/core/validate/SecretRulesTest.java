package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.warnings;
import static dev.orrery.core.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.Container;
import dev.orrery.core.model.EnvVar;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRulesTest {

    private static String container(String env) {
        return workflow("a", """
                - name: a
                  container:
                    image: alpine
                    env:
            """ + env);
    }

    @Test
    void anEnvVarNamedLikeASecretWithALiteralValueIsAWarning() {
        List<Diagnostic> warnings = warnings(container("""
                    - {name: DB_PASSWORD, value: hunter2}
                    - {name: API_KEY, value: "{{inputs.parameters.key}}"}
                    - {name: GITHUB_TOKEN, valueFrom: {secretKeyRef: {name: gh, key: token}}}
                    - {name: TOKEN_PATH, value: /var/run/secrets/token}
                    - {name: SECRET_NAME, value: db-credentials}
                    - {name: USE_TOKEN, value: "false"}
            """).replace("- name: a", "- name: a\n      inputs: {parameters: [{name: key}]}"));
        assertThat(warnings).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("DB_PASSWORD").contains("secretKeyRef").contains("secret: {name, key}");
            assertThat(d.location().step()).isEqualTo("a");
            assertThat(d.location().field()).isEqualTo("env DB_PASSWORD");
            assertThat(d.location().line()).isEqualTo(13);
        });
    }

    @Test
    void valuesThatLookLikeKnownCredentialsAreFlaggedWhateverTheirName() {
        List<Diagnostic> warnings = warnings(container("""
                    - {name: AWS_ID, value: AKIAIOSFODNN7EXAMPLE}
                    - {name: GH, value: ghp_0123456789abcdefghijABCDEFGHIJ012345}
                    - name: CERT
                      value: |
                        -----BEGIN RSA PRIVATE KEY-----
                        MIIEow
                        -----END RSA PRIVATE KEY-----
                    - {name: GREETING, value: hello}
            """));
        assertThat(warnings).extracting(Diagnostic::message).containsExactly(
                "environment variable AWS_ID of 'a' holds what looks like an AWS access key written inline: store it"
                        + " in a Kubernetes Secret and reference it (valueFrom.secretKeyRef, or secret: {name, key} in"
                        + " Orrery's format)",
                "environment variable GH of 'a' holds what looks like a GitHub token written inline: store it in a"
                        + " Kubernetes Secret and reference it (valueFrom.secretKeyRef, or secret: {name, key} in"
                        + " Orrery's format)",
                "environment variable CERT of 'a' holds a private key written inline: store it in a Kubernetes Secret"
                        + " and reference it (valueFrom.secretKeyRef, or secret: {name, key} in Orrery's format)");
    }

    @Test
    void parameterValuesNamedLikeSecretsAreAWarning() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: s-}
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                    - {name: slack-token, value: xoxb-1234-5678-abcdefghijkl}
                    - {name: message, value: hi}
                  templates:
                  - name: main
                    inputs:
                      parameters:
                      - {name: api_key, default: "sk-0123456789abcdef"}
                    steps:
                    - - name: call
                        template: main
                        arguments:
                          parameters: [{name: api_key, value: "{{inputs.parameters.api_key}}"}]
                """;
        List<Diagnostic> warnings = warnings(yaml);
        assertThat(warnings).extracting(d -> d.location().field())
                .containsExactly("workflow parameter slack-token", "input parameter api_key");
        assertThat(warnings).extracting(d -> d.location().line()).containsExactly(8, 14);
        assertThat(warnings).allSatisfy(d -> assertThat(d.message()).contains("valueFrom.secretKeyRef"));
    }

    @Test
    void sidecarsAndInitContainersAreCheckedToo() {
        List<Diagnostic> warnings = warnings(workflow("a", """
                - name: a
                  container: {image: alpine}
                  sidecars:
                  - name: db
                    image: postgres
                    env: [{name: POSTGRES_PASSWORD, value: example}]
                  initContainers:
                  - name: init
                    image: alpine
                    env: [{name: HOME, value: /root}]
            """));
        assertThat(warnings).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("POSTGRES_PASSWORD");
            assertThat(d.location().line()).isEqualTo(13);
        });
    }

    @Test
    void aPipelineBuiltInCodeIsCheckedWithoutLines() {
        Pipeline p = new Pipeline();
        p.name = "code";
        p.entrypoint = "t";
        Template t = new Template("t");
        t.container = new Container();
        t.container.image = "alpine";
        t.container.env.add(EnvVar.literal("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        t.container.env.add(EnvVar.secret("AWS_ACCESS_KEY_ID", "aws", "id"));
        p.templates.add(t);
        assertThat(new Validator().validate(p)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.location()).isEqualTo(new Location(null, 0, "t", "env AWS_SECRET_ACCESS_KEY", 0));
        });
    }
}
