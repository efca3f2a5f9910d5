package dev.orrery.designer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.PipelineFiles;
import org.junit.jupiter.api.Test;

/** The parser's words for common YAML mistakes become plain sentences with line and column. */
class PlainYamlErrorsTest {

    private static String firstError(String yaml) {
        Diagnostic d = PipelineFiles.parse(yaml, "YAML tab").allDiagnostics().stream().filter(Diagnostic::isError)
                .findFirst().orElseThrow();
        return PlainYamlErrors.describe(d);
    }

    @Test
    void aBadlyIndentedLineIsNamedWithLineAndColumn() {
        String said = firstError("apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: x\n spec: 1\n");
        assertThat(said).startsWith("Line 5, column 2: this line is indented differently");
        assertThat(said).doesNotContain("<block", "YAML:", "while parsing");
    }

    @Test
    void unclosedQuotesBracesAndBracketsAreSaidSo() {
        assertThat(firstError("kind: Workflow\nmetadata:\n  name: \"x\n")).endsWith("a quoted text is not closed: add the closing quote");
        assertThat(firstError("kind: Workflow\nmetadata: {name: x\n")).endsWith("a '{' is not closed with '}'");
        assertThat(firstError("key: [1, 2\nother: 3\n")).startsWith("Line 2, column 6: inside '[ ]' the items");
    }

    @Test
    void aColonInsideAValueSaysToQuoteIt() {
        assertThat(firstError("a: b: c\n")).isEqualTo("Line 1, column 5: a ':' is not allowed here: put a line break"
                + " before the key, or quote a value that contains ': '");
    }

    @Test
    void anUnknownWordingKeepsItsSenseWithoutTheParsersContext() {
        assertThat(PlainYamlErrors.plain("YAML: something odd (while scanning a thing)")).isEqualTo("something odd");
        assertThat(PlainYamlErrors.plain("tab characters cannot be used for indentation; indent with spaces"))
                .isEqualTo("tab characters cannot be used for indentation; indent with spaces");
    }
}
