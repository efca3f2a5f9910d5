package dev.orrery.designer.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Parameter;
import dev.orrery.core.model.ParameterMapping;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.validate.Validator;
import dev.orrery.designer.doc.DesignDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event-trigger edits as jobs: each one undo step, undone and redone exactly. */
class TriggerJobsTest {
    final DesignDocument doc = new DesignDocument(pipeline());

    static Pipeline pipeline() {
        Pipeline p = CanvasJobsTest.chain();
        p.parameters.add(Parameter.of("dataset", "none"));
        p.parameters.add(Parameter.of("epochs", "1"));
        return p;
    }

    EventTrigger trigger(String name) {
        return TriggerEdits.find(doc.pipeline(), name).orElseThrow();
    }

    List<Diagnostic> triggerFindings() {
        return new Validator().validate(doc.pipeline()).stream()
                .filter(d -> d.location().field() != null && d.location().field().startsWith("triggers.")).toList();
    }

    @Test
    void aNewTriggerOfEachKindHasTheSettingsArgoEventsRequiresAndAUniqueName() {
        for (EventKind kind : EventKind.values()) {
            assertThat(doc.execute(TriggerEdits.add(doc, kind))).isTrue();
        }
        assertThat(doc.execute(TriggerEdits.add(doc, EventKind.WEBHOOK))).isTrue();
        assertThat(doc.pipeline().triggers).extracting(t -> t.name).containsExactly("webhook", "calendar", "bucket",
                "github", "gitlab", "kafka", "resource", "webhook-2");
        assertThat(trigger("bucket").type).isEqualTo("minio");
        assertThat(triggerFindings()).as("no finding for a fresh trigger of any kind").isEmpty();
        assertThat(doc.jobs().undoDepth()).isEqualTo(8);
        doc.jobs().undo();
        assertThat(doc.pipeline().triggers).hasSize(7);
    }

    @Test
    void removingATriggerAndUndoingPutsItBackInItsPlace() {
        doc.execute(TriggerEdits.add(doc, EventKind.WEBHOOK));
        doc.execute(TriggerEdits.add(doc, EventKind.KAFKA));
        doc.selection().selectTrigger("webhook");
        doc.execute(TriggerEdits.remove(doc, "webhook"));
        assertThat(doc.pipeline().triggers).extracting(t -> t.name).containsExactly("kafka");
        assertThat(doc.selection().trigger()).as("a removed trigger is not selected").isNull();
        doc.jobs().undo();
        assertThat(doc.pipeline().triggers).extracting(t -> t.name).containsExactly("webhook", "kafka");
        doc.jobs().redo();
        assertThat(doc.pipeline().triggers).extracting(t -> t.name).containsExactly("kafka");
    }

    @Test
    void renamingATriggerKeepsItsMappingsReadingItsEvent() {
        doc.execute(TriggerEdits.add(doc, EventKind.WEBHOOK));
        doc.execute(TriggerEdits.addMapping(doc, "webhook"));
        doc.execute(TriggerEdits.rename(doc, "webhook", "landed"));
        assertThat(trigger("landed").mappings.get(0).dependencyName).isEqualTo("landed");
        assertThat(triggerFindings()).isEmpty();
        doc.jobs().undo();
        assertThat(trigger("webhook").mappings.get(0).dependencyName).isEqualTo("webhook");
    }

    @Test
    void mappingsFillTheFirstUnmappedParameterAndEachEditIsOneUndoStep() {
        doc.execute(TriggerEdits.add(doc, EventKind.WEBHOOK));
        doc.execute(TriggerEdits.addMapping(doc, "webhook"));
        doc.execute(TriggerEdits.addMapping(doc, "webhook"));
        List<ParameterMapping> m = trigger("webhook").mappings;
        assertThat(m).extracting(x -> x.dataKey).containsExactly("body.dataset", "body.epochs");
        assertThat(m).extracting(x -> x.dest).containsExactly(ParameterMapping.parameterDest(0),
                ParameterMapping.parameterDest(1));
        int depth = doc.jobs().undoDepth();

        doc.execute(TriggerEdits.setMappingSource(doc, "webhook", 1, "{{ .Input.body.config.epochs }}"));
        assertThat(trigger("webhook").mappings.get(1).dataTemplate).isEqualTo("{{ .Input.body.config.epochs }}");
        assertThat(trigger("webhook").mappings.get(1).dataKey).as("a template replaces the key").isNull();
        doc.execute(TriggerEdits.setMappingParameter(doc, "webhook", 0, 1));
        assertThat(trigger("webhook").mappings.get(0).parameterIndex()).contains(1);
        doc.execute(TriggerEdits.setMappingDefault(doc, "webhook", 0, "s3://default"));
        assertThat(trigger("webhook").mappings.get(0).value).isEqualTo("s3://default");
        doc.execute(TriggerEdits.removeMapping(doc, "webhook", 1));
        assertThat(trigger("webhook").mappings).hasSize(1);
        assertThat(doc.jobs().undoDepth()).isEqualTo(depth + 4);

        doc.jobs().undo();
        doc.jobs().undo();
        assertThat(trigger("webhook").mappings).hasSize(2);
        assertThat(trigger("webhook").mappings.get(0).value).isNull();
        doc.jobs().undo();
        assertThat(trigger("webhook").mappings.get(0).parameterIndex()).contains(0);
    }

    @Test
    void aTriggerNameTakenAlreadyIsNotAdded() {
        doc.execute(TriggerEdits.add(doc, EventKind.WEBHOOK));
        EventTrigger same = EventTrigger.of("webhook", EventKind.CALENDAR);
        assertThat(doc.execute(new AddTriggerJob(doc, same))).isFalse();
        assertThat(doc.pipeline().triggers).hasSize(1);
    }
}
