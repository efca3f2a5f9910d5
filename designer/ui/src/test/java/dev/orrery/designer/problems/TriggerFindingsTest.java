package dev.orrery.designer.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.diag.Location;
import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.doc.DesignDocument;
import org.junit.jupiter.api.Test;

/** A finding about a trigger leads to that trigger (double-click in the Problems tab selects it). */
class TriggerFindingsTest {
    @Test
    void aFindingNamesItsTriggerByTheLongestFittingName() {
        Pipeline p = new Pipeline();
        p.triggers.add(EventTrigger.of("landed", EventKind.WEBHOOK));
        p.triggers.add(EventTrigger.of("landed-2", EventKind.WEBHOOK));
        DesignDocument doc = new DesignDocument(p);
        assertThat(ProblemsView.triggerOf(doc, Diagnostic.error(Location.of(null,
                "triggers.landed-2.parameters[0].dest"), "x"))).isEqualTo("landed-2");
        assertThat(ProblemsView.triggerOf(doc, Diagnostic.error(Location.of(null, "triggers.landed"), "x")))
                .isEqualTo("landed");
        assertThat(ProblemsView.triggerOf(doc, Diagnostic.error(Location.of(null, "triggers.gone.source"), "x")))
                .isNull();
        assertThat(ProblemsView.triggerOf(doc, Diagnostic.error(Location.of("landed", "image"), "x"))).isNull();
    }
}
