package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/**
 * Argo's resources as fabric8 custom resources (the argo-workflows Java client is not on Maven
 * Central), and conversions between fabric8's generic resources and Jackson trees.
 */
final class ArgoResources {
    static final String GROUP = "argoproj.io";
    static final String VERSION = "v1alpha1";
    static final String API_VERSION = GROUP + "/" + VERSION;

    static final ResourceDefinitionContext WORKFLOWS = context("Workflow", "workflows", true);
    static final ResourceDefinitionContext WORKFLOW_TEMPLATES = context("WorkflowTemplate", "workflowtemplates", true);
    static final ResourceDefinitionContext CLUSTER_WORKFLOW_TEMPLATES =
            context("ClusterWorkflowTemplate", "clusterworkflowtemplates", false);
    static final ResourceDefinitionContext CRON_WORKFLOWS = context("CronWorkflow", "cronworkflows", true);

    static final String LABEL_COMPLETED = "workflows.argoproj.io/completed";
    static final String LABEL_PHASE = "workflows.argoproj.io/phase";
    static final String LABEL_ARCHIVING = "workflows.argoproj.io/workflow-archiving-status";
    static final String LABEL_WORKFLOW = "workflows.argoproj.io/workflow";
    static final String LABEL_TEMPLATE = "workflows.argoproj.io/workflow-template";
    static final String LABEL_CLUSTER_TEMPLATE = "workflows.argoproj.io/cluster-workflow-template";
    static final String LABEL_CRON = "workflows.argoproj.io/cron-workflow";
    static final String LABEL_RESUBMITTED_FROM = "workflows.argoproj.io/resubmitted-from-workflow";
    static final String ANNOTATION_POD_NAME_FORMAT = "workflows.argoproj.io/pod-name-format";
    static final String ANNOTATION_NODE_ID = "workflows.argoproj.io/node-id";

    /** Leniency for fields added by newer Argo versions. */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ArgoResources() {
    }

    private static ResourceDefinitionContext context(String kind, String plural, boolean namespaced) {
        return new ResourceDefinitionContext.Builder().withGroup(GROUP).withVersion(VERSION).withKind(kind)
                .withPlural(plural).withNamespaced(namespaced).build();
    }

    static ObjectNode tree(GenericKubernetesResource r) {
        return JSON.valueToTree(r);
    }

    static GenericKubernetesResource resource(ObjectNode tree) {
        return JSON.convertValue(tree, GenericKubernetesResource.class);
    }

    static <T> T read(Object value, Class<T> type) {
        return value == null ? null : JSON.convertValue(value, type);
    }
}
