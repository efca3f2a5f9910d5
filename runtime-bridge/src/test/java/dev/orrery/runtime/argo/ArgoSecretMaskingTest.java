package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.runtime.RunState;
import dev.orrery.runtime.SecretMasking;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

/** The Argo run state the monitor and the CLI get hides secret parameters as the local one does. */
class ArgoSecretMaskingTest {
    @Test
    void argoRunStatesAreMaskedToo() throws Exception {
        GenericKubernetesResource wf = new ObjectMapper().readValue("""
                {"apiVersion": "argoproj.io/v1alpha1", "kind": "Workflow",
                 "metadata": {"name": "w", "resourceVersion": "7"},
                 "spec": {"arguments": {"parameters": [{"name": "db-password", "value": "hunter2"},
                                                       {"name": "rows", "value": "10"}]}},
                 "status": {"phase": "Running", "nodes": {"w": {"id": "w", "name": "w", "displayName": "w",
                   "type": "DAG", "phase": "Running", "message": "uses hunter2"}}}}
                """, GenericKubernetesResource.class);
        RunState s = new RunStateMapper("argo:test/default", "Argo").map(wf);
        assertThat(s.parameters()).containsEntry("db-password", SecretMasking.MASK).containsEntry("rows", "10");
        assertThat(s.nodes().get(0).message()).isEqualTo("uses " + SecretMasking.MASK);
    }
}
