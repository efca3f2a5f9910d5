package dev.orrery.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading a file gave: its pipelines, and file-level diagnostics (syntax errors, documents
 * that are not pipelines). When the YAML itself is broken there are no documents and one error.
 */
public record LoadResult(String source, List<LoadedDocument> documents, List<Diagnostic> diagnostics,
        List<OtherDocument> others) {

    /** A document of the file that is not a pipeline (a ConfigMap beside a Workflow): kept to be written back. */
    public record OtherDocument(int index, JsonNode root) {
    }

    public LoadResult(String source, List<LoadedDocument> documents, List<Diagnostic> diagnostics) {
        this(source, documents, diagnostics, List.of());
    }

    /** File-level diagnostics followed by each document's, in order. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        documents.forEach(d -> all.addAll(d.diagnostics()));
        return all;
    }

    public boolean hasErrors() {
        return Diagnostic.anyError(allDiagnostics());
    }
}
