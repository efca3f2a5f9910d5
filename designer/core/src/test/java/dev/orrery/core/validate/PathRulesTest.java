package dev.orrery.core.validate;

import static dev.orrery.core.validate.Fixtures.errors;
import static dev.orrery.core.validate.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathRulesTest {

    @Test
    void relativePathsThatClimbOutOfTheWorkingFolderAreRefused() {
        assertThat(PathRules.contained("../../../../tmp/x/overwrite-me.txt")).isEmpty();
        assertThat(PathRules.contained("out/../../x")).isEmpty();
        assertThat(PathRules.contained("..")).isEmpty();
        assertThat(PathRules.problem("../x")).contains("climbs out");
    }

    @Test
    void pathsThatStayInsideAreNormalised() {
        assertThat(PathRules.contained("out/../data/./x.csv")).hasValue("data/x.csv");
        assertThat(PathRules.contained("/tmp/out.txt")).hasValue("tmp/out.txt");
        assertThat(PathRules.contained("/../../etc/passwd")).as("'/..' is '/'").hasValue("etc/passwd");
        assertThat(PathRules.contained("/tmp//a/../b/")).hasValue("tmp/b");
        assertThat(PathRules.problem("/tmp/out.txt")).isNull();
        assertThat(PathRules.problem("result.txt")).isNull();
    }

    @Test
    void emptyPathsAndControlCharactersAreRefused() {
        assertThat(PathRules.problem("")).isEqualTo("is empty");
        assertThat(PathRules.problem("/tmp/a\0b")).contains("NUL");
        assertThat(PathRules.problem("/tmp/a\nb")).contains("line-break");
        assertThat(PathRules.contained("/tmp/a\0b")).isEmpty();
    }

    @Test
    void validateReportsEscapingArtifactAndParameterPathsAsErrors() {
        List<Diagnostic> errors = errors(workflow("a", """
                - name: a
                  inputs:
                    parameters: [{name: p}]
                    artifacts:
                      - {name: data, path: ../../../../tmp/x/overwrite-me.txt}
                      - {name: ok, path: /tmp/in.csv}
                  outputs:
                    parameters:
                      - name: leak
                        valueFrom: {path: ../../../etc/hostname}
                    artifacts:
                      - {name: model, path: "out/../../model.bin"}
                      - {name: templated, path: "{{inputs.parameters.p}}"}
                  container: {image: alpine, command: [sh]}
            """));
        assertThat(errors).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "the path '../../../../tmp/x/overwrite-me.txt' of input artifact data of 'a' climbs out of the step's"
                        + " working folder with '..'; use a path inside it, or an absolute path",
                "the path '../../../etc/hostname' of output parameter leak of 'a' climbs out of the step's working"
                        + " folder with '..'; use a path inside it, or an absolute path",
                "the path 'out/../../model.bin' of output artifact model of 'a' climbs out of the step's working"
                        + " folder with '..'; use a path inside it, or an absolute path");
        assertThat(errors).extracting(d -> d.location().field())
                .containsExactlyInAnyOrder("input artifact data", "output parameter leak", "output artifact model");
        assertThat(errors).allSatisfy(d -> assertThat(d.location().line()).isPositive());
    }
}
