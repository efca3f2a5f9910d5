package dev.orrery.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.diag.Severity;
import dev.orrery.core.model.GraphStyle;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.SourceRef;
import dev.orrery.core.model.Template;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Argo's and Kubernetes' size limits, which the cluster enforces at submit: at most 200 templates in a
 * workflow spec, 200 tasks in a DAG template, 500 input parameters in a template and 100 Prometheus
 * metrics in a {@code metrics} list (Argo v4.1.2's full CRDs, {@code workflow_types.go}
 * {@code +kubebuilder:validation:MaxItems}), and an exported document of at most 1.5 MiB of JSON (etcd's
 * default request limit, {@code --max-request-bytes}, which every object the API server stores must fit).
 * Warnings by default, errors when the validator is strict ({@link Validator#strict()}); each message
 * names the limit and where it comes from.
 */
final class LimitRules {
    /** {@code WorkflowSpec.Templates}: {@code +kubebuilder:validation:MaxItems=200}. */
    static final int MAX_TEMPLATES = 200;
    /** {@code DAGTemplate.Tasks}: {@code +kubebuilder:validation:MaxItems=200}. */
    static final int MAX_DAG_TASKS = 200;
    /** {@code Inputs.Parameters}: {@code +kubebuilder:validation:MaxItems=500}. */
    static final int MAX_INPUT_PARAMETERS = 500;
    /** {@code Metrics.Prometheus}: {@code +kubebuilder:validation:MaxItems=100}. */
    static final int MAX_PROMETHEUS_METRICS = 100;
    /** etcd's default {@code --max-request-bytes}: 1.5 MiB. */
    static final long MAX_DOCUMENT_BYTES = 1_572_864;

    private static final String CRD = "Argo v4's full CRD refuses more than %d (workflow_types.go, %s MaxItems)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Findings out;
    private final Severity severity;

    LimitRules(Findings out, Severity severity) {
        this.out = out;
        this.severity = severity;
    }

    void check(Pipeline p) {
        SourceRef spec = Findings.specOf(p);
        if (p.templates.size() > MAX_TEMPLATES) {
            report(null, "templates", Findings.at(spec, "templates"), "the workflow has " + p.templates.size()
                    + " templates; " + String.format(Locale.ROOT, CRD, MAX_TEMPLATES, "WorkflowSpec.Templates")
                    + ": merge templates, or move some into a WorkflowTemplate run through templateRef");
        }
        metrics(null, p.extraSpec.get("metrics"), Findings.at(spec, "metrics", "prometheus"), "the workflow");
        for (Template t : p.templates) {
            template(t);
        }
        documentSize(p);
    }

    private void template(Template t) {
        String name = t.name == null ? "?" : t.name;
        if (t.graph != null && t.graph.style == GraphStyle.DAG && t.graph.steps.size() > MAX_DAG_TASKS) {
            report(t.name, "dag.tasks", Findings.at(t.source, "dag", "tasks"), "DAG template '" + name + "' has "
                    + t.graph.steps.size() + " tasks; " + String.format(Locale.ROOT, CRD, MAX_DAG_TASKS,
                            "DAGTemplate.Tasks") + ": split it into nested DAGs (Edit > Split Large DAGs, or"
                    + " orrery export --split-dags)");
        }
        if (t.inputParameters.size() > MAX_INPUT_PARAMETERS) {
            report(t.name, "inputs.parameters", Findings.at(t.source, "inputs", "parameters"), "template '" + name
                    + "' has " + t.inputParameters.size() + " input parameters; " + String.format(Locale.ROOT, CRD,
                            MAX_INPUT_PARAMETERS, "Inputs.Parameters") + ": pass related values together as"
                    + " one JSON parameter, or as an artifact");
        }
        metrics(t.name, t.extra.get("metrics"), Findings.at(t.source, "metrics", "prometheus"),
                "template '" + name + "'");
    }

    private void metrics(String owner, JsonNode metrics, SourceRef at, String whose) {
        JsonNode prometheus = metrics == null ? null : metrics.get("prometheus");
        if (prometheus != null && prometheus.isArray() && prometheus.size() > MAX_PROMETHEUS_METRICS) {
            report(owner, "metrics.prometheus", at, whose + " has " + prometheus.size() + " Prometheus metrics; "
                    + String.format(Locale.ROOT, CRD, MAX_PROMETHEUS_METRICS, "Metrics.Prometheus")
                    + ": emit fewer metrics, with labels telling them apart");
        }
    }

    private void documentSize(Pipeline p) {
        long bytes = exportedJsonBytes(p);
        if (bytes > MAX_DOCUMENT_BYTES) {
            report(null, null, p.source, "the exported " + p.kindToExport().kind() + " is " + mib(bytes)
                    + " MiB of JSON (" + bytes + " bytes); the Kubernetes API server refuses objects over etcd's"
                    + " request limit of 1.5 MiB (" + MAX_DOCUMENT_BYTES + " bytes, etcd --max-request-bytes):"
                    + " move large scripts into images or ConfigMaps, or templates into a WorkflowTemplate");
        }
    }

    /** The size of the pipeline's Argo document as compact JSON, which is what the API server stores. */
    static long exportedJsonBytes(Pipeline p) {
        ByteCount count = new ByteCount();
        try {
            JSON.writeValue(count, new ArgoExporter().export(p));
            return count.bytes;
        } catch (IOException | RuntimeException e) {
            return 0; // the export's own problems are reported by the other rules and by export
        }
    }

    /** Counts what is written to it, keeping nothing: the size without the bytes. */
    private static final class ByteCount extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.2f", bytes / (1024.0 * 1024.0));
    }

    private void report(String owner, String field, SourceRef at, String message) {
        out.add(severity, owner, field, at, message);
    }
}
