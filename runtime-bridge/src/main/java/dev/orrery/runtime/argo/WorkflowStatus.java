package dev.orrery.runtime.argo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The fields of an Argo Workflow's {@code status} that Orrery reads (argo-workflows' schema,
 * {@code io.argoproj.workflow.v1alpha1.WorkflowStatus}); unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WorkflowStatus(String phase, String startedAt, String finishedAt, String message, String progress,
        Map<String, Node> nodes, String offloadNodeStatusVersion, ArtifactRepositoryRefStatus artifactRepositoryRef) {

    WorkflowStatus {
        nodes = nodes == null ? Map.of() : nodes;
    }

    /** One entry of {@code status.nodes}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Node(String id, String name, String displayName, String type, String templateName,
            TemplateRefStatus templateRef, String phase, String startedAt, String finishedAt, String message,
            Outputs outputs, List<String> children, @JsonProperty("boundaryID") String boundaryId,
            String hostNodeName, Map<String, Long> resourcesDuration) {
        Node {
            children = children == null ? List.of() : children;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TemplateRefStatus(String name, String template, Boolean clusterScope) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Outputs(List<Parameter> parameters, List<Artifact> artifacts, String exitCode, String result) {
        Outputs {
            parameters = parameters == null ? List.of() : parameters;
            artifacts = artifacts == null ? List.of() : artifacts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Parameter(String name, String value) {
    }

    /** An artifact with the location fields Orrery can download from (S3-compatible) kept as a tree. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Artifact(String name, String path, JsonNode s3, JsonNode http, JsonNode gcs, JsonNode azure,
            JsonNode oss, JsonNode hdfs, JsonNode artifactory, JsonNode raw, JsonNode git) {
    }

    /** {@code status.artifactRepositoryRef}: which repository the controller used, with its full config. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArtifactRepositoryRefStatus(String configMap, String key, String namespace,
            JsonNode artifactRepository) {
    }
}
