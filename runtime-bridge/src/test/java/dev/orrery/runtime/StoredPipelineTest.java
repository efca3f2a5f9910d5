package dev.orrery.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orrery.core.model.ArgoKind;
import org.junit.jupiter.api.Test;

class StoredPipelineTest {

    @Test
    void orreryKindNamesArgoKindsAndArgoShortNamesAllParse() {
        assertThat(StoredPipeline.parse("cron-workflow/nightly")).isEqualTo(
                new StoredPipeline(ArgoKind.CRON_WORKFLOW, "nightly"));
        assertThat(StoredPipeline.parse("cronwf/nightly").kind()).isEqualTo(ArgoKind.CRON_WORKFLOW);
        assertThat(StoredPipeline.parse("CronWorkflow/nightly").kind()).isEqualTo(ArgoKind.CRON_WORKFLOW);
        assertThat(StoredPipeline.parse("wftmpl/train").kind()).isEqualTo(ArgoKind.WORKFLOW_TEMPLATE);
        assertThat(StoredPipeline.parse("workflowtemplate/train").kind()).isEqualTo(ArgoKind.WORKFLOW_TEMPLATE);
        assertThat(StoredPipeline.parse("cluster-workflow-template/base").kind())
                .isEqualTo(ArgoKind.CLUSTER_WORKFLOW_TEMPLATE);
    }

    @Test
    void itIsWrittenWithTheSameKindNamesAsExportTakes() {
        StoredPipeline stored = StoredPipeline.parse("cronwf/nightly");
        assertThat(stored.toString()).isEqualTo("cron-workflow/nightly");
        assertThat(ArgoKind.fromCliName(stored.kind().cliName())).contains(ArgoKind.CRON_WORKFLOW);
    }

    @Test
    void aWorkflowOrAnUnknownKindIsRefusedWithTheFormsToUse() {
        assertThatThrownBy(() -> StoredPipeline.parse("workflow/x"))
                .hasMessageContaining("cron-workflow/NAME");
        assertThatThrownBy(() -> StoredPipeline.parse("deployment/x"))
                .hasMessageContaining("unknown kind 'deployment'");
        assertThatThrownBy(() -> StoredPipeline.parse("cron-workflow/"))
                .hasMessageContaining("expected KIND/NAME");
    }
}
