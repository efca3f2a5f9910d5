package dev.orrery.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.events.EventFileRules;
import dev.orrery.core.events.EventFiles;
import dev.orrery.core.events.TriggerAttach;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.nativefmt.NativeFormat;
import dev.orrery.core.nativefmt.NativeReader;
import dev.orrery.core.nativefmt.NativeWriter;
import dev.orrery.core.tree.ReadResult;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;
import dev.orrery.core.yaml.YamlWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing pipeline files: the one entry point the CLI and the designer use. The input
 * format is detected per document; every problem comes back as a diagnostic with file and line.
 */
public final class PipelineFiles {
    /** Files larger than this are refused (counted while reading, so /dev/zero and pipes too), with a clear message. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private PipelineFiles() {
    }

    /** Reads a file. I/O failures (missing, unreadable) throw; content problems are diagnostics. */
    public static LoadResult read(Path file) throws IOException {
        return open(file).result();
    }

    /**
     * A file as read: its text (null when it was too large to read) and what it holds. The text is
     * what a save in place ({@link InPlaceDocument}) starts from.
     */
    public record Opened(String text, LoadResult result) {
    }

    /** Reads a file keeping its text. I/O failures (missing, unreadable) throw; content problems are diagnostics. */
    public static Opened open(Path file) throws IOException {
        String source = file.toString();
        String text;
        try {
            text = BoundedRead.utf8(file, MAX_FILE_BYTES);
        } catch (BoundedRead.TooLarge e) {
            return new Opened(null, failed(source, Diagnostic.error(new Location(source, 0, null, null, 0),
                    "the file is larger than " + BoundedRead.describe(MAX_FILE_BYTES)
                            + "; Orrery reads pipeline files up to " + BoundedRead.describe(MAX_FILE_BYTES))));
        }
        return new Opened(text, parse(text, source));
    }

    /** Parses YAML text holding one or more native or Argo documents. */
    public static LoadResult parse(String text, String source) {
        List<SourceDocument> docs;
        try {
            docs = YamlReader.defaults().read(text);
        } catch (YamlSyntaxException e) {
            return failed(source, Diagnostic.error(new Location(source, 0, null, null, e.line()),
                    "YAML: " + e.problem() + (e.column() > 0 ? " (column " + e.column() + ")" : "")));
        }
        List<LoadedDocument> documents = new ArrayList<>();
        List<Diagnostic> fileDiagnostics = new ArrayList<>();
        List<LoadResult.OtherDocument> others = new ArrayList<>();
        List<EventFileRules.Located> events = new ArrayList<>();
        for (SourceDocument doc : docs) {
            JsonNode root = doc.root();
            int line = doc.lines().lineOf("");
            List<Diagnostic> numbers = nonFiniteNumbers(doc, source);
            if (EventFiles.isEventDocument(root)) { // EventSource or Sensor: converted by EventFiles
                others.add(new LoadResult.OtherDocument(doc.index(), root));
                events.add(new EventFileRules.Located(doc.index(), root, doc.lines()::lineOf));
                fileDiagnostics.addAll(numbers);
                for (var w : doc.warnings()) {
                    fileDiagnostics.add(Diagnostic.warning(new Location(source, doc.index(), null, null, w.line()),
                            w.message()));
                }
            } else if (NativeFormat.isNative(root) || root.path("apiVersion").asText("").startsWith("orrery.dev/")) {
                ReadResult r = new NativeReader().read(root, doc.lines()::lineOf);
                documents.add(loaded(doc, PipelineFormat.NATIVE, r.pipeline(), concat(numbers, r.diagnostics()),
                        source));
            } else if (ArgoImporter.isArgoPipeline(root)) {
                ReadResult r = new ArgoImporter().readOwned(root, doc.lines()::lineOf);
                documents.add(loaded(doc, PipelineFormat.ARGO, r.pipeline(), concat(numbers, r.diagnostics()), source));
            } else {
                String kind = root.path("kind").asText("");
                Location at = new Location(source, doc.index(), null, null, Math.max(line, 1));
                others.add(new LoadResult.OtherDocument(doc.index(), root));
                fileDiagnostics.addAll(numbers);
                for (var w : doc.warnings()) {
                    fileDiagnostics.add(Diagnostic.warning(new Location(source, doc.index(), null, null, w.line()),
                            w.message()));
                }
                var unknownArgoKind = DocumentChecks.unknownArgoKind(root);
                if (unknownArgoKind.isPresent()) {
                    fileDiagnostics.add(Diagnostic.error(new Location(source, doc.index(), null, "kind",
                            Math.max(doc.lines().lineOf("/kind"), line)), "document " + (doc.index() + 1) + ": "
                            + unknownArgoKind.get()));
                } else if (root.isObject() && !kind.isEmpty()) {
                    fileDiagnostics.add(Diagnostic.info(at, "document " + (doc.index() + 1) + " is a "
                            + kind + " (" + root.path("apiVersion").asText("no apiVersion")
                            + "), not a pipeline; passed through unchanged"));
                } else {
                    fileDiagnostics.add(Diagnostic.error(at, "document " + (doc.index() + 1) + " is neither an"
                            + " Orrery pipeline nor an Argo Workflow, WorkflowTemplate, ClusterWorkflowTemplate or"
                            + " CronWorkflow (no apiVersion/kind)"));
                }
            }
        }
        fileDiagnostics.addAll(EventFileRules.check(source, events));
        if (documents.isEmpty() && others.isEmpty() && fileDiagnostics.isEmpty()) {
            fileDiagnostics.add(Diagnostic.error(new Location(source, 0, null, null, 1), "the file holds no document"));
        }
        // an EventSource and Sensor Orrery exported for a pipeline of the file become its triggers again
        return new LoadResult(source, documents, fileDiagnostics, TriggerAttach.attach(documents, others));
    }

    private static LoadedDocument loaded(SourceDocument doc, PipelineFormat format, Pipeline pipeline,
            List<Diagnostic> diagnostics, String source) {
        List<Diagnostic> located = new ArrayList<>(diagnostics.size() + doc.warnings().size());
        for (var w : doc.warnings()) {
            located.add(Diagnostic.warning(new Location(source, doc.index(), null, null, w.line()), w.message()));
        }
        for (Diagnostic d : diagnostics) {
            located.add(d.at(d.location().withSource(source, doc.index())));
        }
        return new LoadedDocument(doc.index(), format, pipeline, located, doc.lines());
    }

    /** Numbers no Kubernetes object can hold (JSON has no infinity): errors, so they are never exported as .inf. */
    private static List<Diagnostic> nonFiniteNumbers(SourceDocument doc, String source) {
        List<Diagnostic> found = new ArrayList<>();
        for (String pointer : DocumentChecks.nonFiniteNumbers(doc.root())) {
            found.add(Diagnostic.error(new Location(source, doc.index(), null, null, doc.lines().lineOf(pointer)),
                    "the number at " + pointer + " is not finite (too large, or .inf/.nan); Kubernetes cannot"
                            + " hold it: write a finite number, or quote it if text is meant"));
        }
        return found;
    }

    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        if (a.isEmpty()) {
            return b;
        }
        List<Diagnostic> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static LoadResult failed(String source, Diagnostic error) {
        return new LoadResult(source, List.of(), List.of(error));
    }

    /** The pipeline as Argo YAML of the given kind. */
    public static String toArgoYaml(Pipeline p, ArgoKind kind) {
        return YamlWriter.defaults().write(new ArgoExporter().export(p, kind));
    }

    /** The pipeline as Argo YAML of the kind it was read as. */
    public static String toArgoYaml(Pipeline p) {
        return toArgoYaml(p, p.kindToExport());
    }

    /** The pipeline as native Orrery YAML. */
    public static String toNativeYaml(Pipeline p) {
        return YamlWriter.defaults().write(new NativeWriter().write(p));
    }

    /**
     * Every document of a loaded file in the target format, in file order, joined as a
     * multi-document YAML stream; EventSources and Sensors are converted too (a pipeline with triggers gains
     * its EventSource and Sensor in Argo), other documents are written back unchanged.
     *
     * @param kind the Argo kind to write, or null to keep each pipeline's own kind
     * @throws IllegalArgumentException when a document holds a number that is not finite
     */
    public static String convert(LoadResult file, PipelineFormat format, ArgoKind kind) {
        return YamlWriter.defaults().writeAll(convertDocuments(file, format, kind));
    }

    /** Like {@link #convert}, one tree per output document (for writing a document per file). */
    public static List<JsonNode> convertDocuments(LoadResult file, PipelineFormat format, ArgoKind kind) {
        java.util.TreeMap<Integer, List<JsonNode>> byIndex = new java.util.TreeMap<>();
        for (LoadedDocument d : file.documents()) {
            Pipeline p = d.pipeline();
            byIndex.put(d.index(), format == PipelineFormat.NATIVE ? List.of(new NativeWriter().write(p))
                    : EventFiles.argoDocuments(p, kind)); // with triggers: + EventSource and Sensor
        }
        file.others().forEach(o -> byIndex.put(o.index(), List.of(EventFiles.convertOther(o.root(), format))));
        List<JsonNode> trees = new ArrayList<>();
        byIndex.values().forEach(trees::addAll);
        for (JsonNode tree : trees) {
            List<String> infinite = DocumentChecks.nonFiniteNumbers(tree);
            if (!infinite.isEmpty()) { // even when errors are overridden: YAML's .inf is no Kubernetes value
                throw new IllegalArgumentException("the number at " + infinite.get(0) + " is not finite;"
                        + " Kubernetes cannot hold it, so it is not written");
            }
        }
        return trees;
    }

    /** The pipeline in the given format (Argo as the kind it was read as). */
    public static String toYaml(Pipeline p, PipelineFormat format) {
        return format == PipelineFormat.NATIVE ? toNativeYaml(p) : toArgoYaml(p);
    }
}
