package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.orrery.runtime.RuntimeFailure;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Finds the artifact repository a workflow used, the way the controller chooses it: the repository
 * recorded in {@code status.artifactRepositoryRef}; else the workflow's {@code spec.artifactRepositoryRef}
 * config map (default {@code artifact-repositories}) and key (default: the map's
 * {@code workflows.argoproj.io/default-artifact-repository} annotation); else the
 * {@code artifactRepository} of the workflow-controller's config map. Reads the S3 credentials from
 * the Secrets it names.
 */
final class ArtifactRepositories {
    static final String DEFAULT_REPOSITORIES_CONFIG_MAP = "artifact-repositories";
    static final String DEFAULT_KEY_ANNOTATION = "workflows.argoproj.io/default-artifact-repository";
    static final String CONTROLLER_CONFIG_MAP = "workflow-controller-configmap";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final KubernetesClient client;
    private final String namespace;
    private final String controllerNamespace;
    private final KubeFailures failures;

    ArtifactRepositories(KubernetesClient client, String namespace, String controllerNamespace,
            KubeFailures failures) {
        this.client = client;
        this.namespace = namespace;
        this.controllerNamespace = controllerNamespace;
        this.failures = failures;
    }

    /** The repository's {@code s3} object for this workflow, or null when no S3 repository is configured. */
    JsonNode s3Repository(GenericKubernetesResource wf) {
        WorkflowStatus status = RunStateMapper.status(wf);
        if (status.artifactRepositoryRef() != null && status.artifactRepositoryRef().artifactRepository() != null) {
            JsonNode s3 = status.artifactRepositoryRef().artifactRepository().get("s3");
            if (s3 != null) {
                return s3;
            }
        }
        JsonNode spec = ArgoResources.JSON.valueToTree(wf.getAdditionalProperties().get("spec"));
        JsonNode ref = spec == null ? null : spec.get("artifactRepositoryRef");
        String mapName = ref != null && ref.hasNonNull("configMap") ? ref.get("configMap").asText()
                : DEFAULT_REPOSITORIES_CONFIG_MAP;
        String key = ref != null && ref.hasNonNull("key") ? ref.get("key").asText() : null;
        ConfigMap map = configMap(namespace, mapName);
        if (map != null && map.getData() != null) {
            if (key == null && map.getMetadata().getAnnotations() != null) {
                key = map.getMetadata().getAnnotations().get(DEFAULT_KEY_ANNOTATION);
            }
            if (key != null && map.getData().get(key) != null) {
                return parse(map.getData().get(key), "config map " + mapName + " key " + key).get("s3");
            }
        } else if (ref != null && ref.hasNonNull("configMap")) {
            throw new RuntimeFailure("the run names artifact repository config map " + mapName
                    + ", which does not exist in " + namespace);
        }
        ConfigMap controller = configMap(controllerNamespace, CONTROLLER_CONFIG_MAP);
        if (controller != null && controller.getData() != null
                && controller.getData().get("artifactRepository") != null) {
            return parse(controller.getData().get("artifactRepository"),
                    CONTROLLER_CONFIG_MAP + " in " + controllerNamespace).get("s3");
        }
        return null;
    }

    /** A Secret's value, decoded. */
    String secret(S3Location.SecretKey ref) {
        Secret s = failures.call("get", "secrets", null,
                () -> client.secrets().inNamespace(namespace).withName(ref.name()).get());
        if (s == null) {
            throw new RuntimeFailure("the artifact repository's credentials secret " + ref.name()
                    + " does not exist in " + namespace);
        }
        Map<String, String> data = s.getData();
        if (data != null && data.get(ref.key()) != null) {
            return new String(Base64.getDecoder().decode(data.get(ref.key())), StandardCharsets.UTF_8).trim();
        }
        if (s.getStringData() != null && s.getStringData().get(ref.key()) != null) {
            return s.getStringData().get(ref.key()).trim();
        }
        throw new RuntimeFailure("secret " + ref.name() + " in " + namespace + " has no key " + ref.key());
    }

    private ConfigMap configMap(String ns, String name) {
        try {
            return client.configMaps().inNamespace(ns).withName(name).get();
        } catch (RuntimeException e) {
            RuntimeException t = failures.translate("get", "configmaps", null, e);
            if (t.getMessage() != null && t.getMessage().startsWith("not allowed")) {
                return null; // a desktop user often may not read the controller's namespace; try the next source
            }
            throw t;
        }
    }

    private static JsonNode parse(String yaml, String where) {
        try {
            JsonNode n = YAML.readTree(yaml);
            return n == null ? ArgoResources.JSON.createObjectNode() : n;
        } catch (IOException e) {
            throw new RuntimeFailure("cannot read the artifact repository in " + where + ": " + e.getMessage(), e);
        }
    }
}
