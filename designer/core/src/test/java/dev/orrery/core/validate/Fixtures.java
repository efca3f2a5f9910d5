package dev.orrery.core.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.tree.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Test fixtures: Argo YAML in, pipeline and diagnostics (with real source lines) out. */
final class Fixtures {
    private static final YAMLMapper YAML = new YAMLMapper();

    private Fixtures() {
    }

    static Pipeline pipeline(String yaml) {
        try {
            JsonNode doc = YAML.readTree(yaml);
            ReadResult r = new ArgoImporter().read(doc);
            if (Diagnostic.anyError(r.diagnostics())) {
                throw new IllegalArgumentException("fixture does not import cleanly: " + r.diagnostics());
            }
            return r.pipeline();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All diagnostics of the YAML document, with lines from the text. */
    static List<Diagnostic> validate(String yaml) {
        return new Validator().validate(pipeline(yaml), lines(yaml));
    }

    static List<Diagnostic> at(List<Diagnostic> all, Severity severity) {
        return all.stream().filter(d -> d.severity() == severity).toList();
    }

    static List<Diagnostic> errors(String yaml) {
        return at(validate(yaml), Severity.ERROR);
    }

    static List<Diagnostic> warnings(String yaml) {
        return at(validate(yaml), Severity.WARNING);
    }

    /** JSON pointer → 1-based line of the key (or value) it names in the YAML text. */
    static ToIntFunction<String> lines(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    // At a key, the context's pointer already names the key; a value's line follows it.
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pointer -> lines.getOrDefault(pointer, 0);
    }

    /** A Workflow with the given templates (YAML list items indented by four spaces). */
    static String workflow(String entrypoint, String templates) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: test-
                spec:
                  entrypoint: %s
                  templates:
                %s""".formatted(entrypoint, templates);
    }
}
