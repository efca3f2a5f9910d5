package dev.orrery.designer.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.LoadedDocument;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.io.PipelineFormat;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The designer's one door to the file formats, over the foundation's {@link PipelineFiles}: parse
 * YAML text into pipelines (diagnostics carry file and line), write a pipeline as Argo or native YAML.
 */
public final class PipelineCodec {

    /** One pipeline document of a file. */
    public record Document(int index, boolean nativeFormat, Pipeline pipeline, List<Diagnostic> diagnostics) {
        /** {@code 2: WorkflowTemplate my-template}, for choosing among documents. */
        public String label() {
            String kind = nativeFormat ? "Pipeline" : pipeline.argoKind.kind();
            return (index + 1) + ": " + kind + " " + pipeline.displayName();
        }
    }

    /** The documents of a text, and file-level problems (syntax errors, documents that are not pipelines). */
    public record Parsed(List<Document> documents, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return Diagnostic.anyError(allDiagnostics());
        }

        public List<Diagnostic> allDiagnostics() {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            documents.forEach(d -> all.addAll(d.diagnostics()));
            return all;
        }
    }

    private PipelineCodec() {
    }

    public static Parsed read(Path file) throws IOException {
        return of(PipelineFiles.read(file));
    }

    /** Parses one or more {@code ---} separated native or Argo documents; never throws on bad content. */
    public static Parsed parse(String text, String source) {
        return of(PipelineFiles.parse(text, source));
    }

    private static Parsed of(LoadResult r) {
        List<Document> docs = new ArrayList<>();
        for (LoadedDocument d : r.documents()) {
            docs.add(new Document(d.index(), d.format() == PipelineFormat.NATIVE, d.pipeline(), d.diagnostics()));
        }
        return new Parsed(docs, r.diagnostics());
    }

    public static String toArgoYaml(Pipeline p, ArgoKind kind) {
        return PipelineFiles.toArgoYaml(p, kind);
    }

    public static String toNativeYaml(Pipeline p) {
        return PipelineFiles.toNativeYaml(p);
    }

    public static JsonNode toArgoTree(Pipeline p, ArgoKind kind) {
        return new ArgoExporter().export(p, kind);
    }
}
