package dev.orrery.designer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.nativefmt.NativeFormat;
import dev.orrery.core.nativefmt.NativeReader;
import dev.orrery.core.nativefmt.NativeWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The designer's one door to the file formats: parse YAML text into pipelines, write a pipeline as
 * Argo or native YAML. Everything else in the designer goes through here, so switching to the
 * foundation's {@code dev.orrery.core.io.PipelineFiles} facade (with its line index and raised
 * SnakeYAML limits) is a change to this class only.
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
            return Diagnostic.anyError(diagnostics) || documents.stream().anyMatch(d -> Diagnostic.anyError(d.diagnostics()));
        }

        public List<Diagnostic> allDiagnostics() {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            documents.forEach(d -> all.addAll(d.diagnostics()));
            return all;
        }
    }

    private static final YAMLMapper READER = new YAMLMapper();
    private static final YAMLMapper WRITER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();

    private PipelineCodec() {
    }

    public static Parsed read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses one or more {@code ---} separated native or Argo documents; never throws on bad content. */
    public static Parsed parse(String text, String source) {
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        int index = 0;
        try (MappingIterator<JsonNode> it = READER.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                JsonNode root = it.nextValue();
                if (root == null || root.isNull() || root.isMissingNode()) {
                    continue;
                }
                if (NativeFormat.isNative(root)) {
                    NativeReader.Result r = new NativeReader().read(root);
                    documents.add(new Document(index, true, r.pipeline(), located(r.diagnostics(), source, index)));
                } else if (ArgoImporter.isArgoPipeline(root)) {
                    ArgoImporter.Result r = new ArgoImporter().read(root);
                    documents.add(new Document(index, false, r.pipeline(), located(r.diagnostics(), source, index)));
                } else {
                    problems.add(Diagnostic.info(new Location(source, index, null, null, 1), "document " + (index + 1)
                            + " is not an Orrery pipeline nor an Argo Workflow, WorkflowTemplate or CronWorkflow; skipped"));
                }
                index++;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            problems.add(Diagnostic.error(new Location(source, index, null, null, line), e.getOriginalMessage()));
            return new Parsed(List.of(), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (documents.isEmpty() && problems.isEmpty()) {
            problems.add(Diagnostic.error(new Location(source, 0, null, null, 1), "the text holds no pipeline document"));
        }
        return new Parsed(documents, problems);
    }

    private static List<Diagnostic> located(List<Diagnostic> ds, String source, int index) {
        return ds.stream().map(d -> d.at(d.location().withSource(source, index))).toList();
    }

    public static String toArgoYaml(Pipeline p, ArgoKind kind) {
        return write(new ArgoExporter().export(p, kind));
    }

    public static String toNativeYaml(Pipeline p) {
        return write(new NativeWriter().write(p));
    }

    public static JsonNode toArgoTree(Pipeline p, ArgoKind kind) {
        return new ArgoExporter().export(p, kind);
    }

    private static String write(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }
}
