package dev.orrery.designer.props;

import dev.orrery.core.model.EventKind;
import dev.orrery.core.model.EventTrigger;
import dev.orrery.designer.canvas.TriggerStyle;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.job.TriggerEdits;
import dev.orrery.designer.job.TriggerEditJob;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The selected event trigger's sheet: its name, its kind's source settings ({@link SourceFields}), the
 * parameter mappings ({@link MappingTable}) and "Send test event…". Each change is one undo step.
 */
final class TriggerForm extends Form {
    private final DesignDocument doc;
    private final String name;

    TriggerForm(DesignDocument doc, String name, Consumer<String> sendTestEvent) {
        this.doc = doc;
        this.name = name;
        EventTrigger t = trigger().orElseThrow();
        section("Trigger");
        Label kind = new Label(TriggerStyle.label(t.type), new FontIcon(TriggerStyle.icon(t.type)));
        kind.setId("trigger-kind");
        custom("Event", kind);
        text("Name", "trigger-name", () -> trigger().orElseThrow().name, this::nameProblem, v -> {
            String newName = v.strip();
            if (doc.execute(TriggerEdits.rename(doc, name, newName))) {
                doc.selection().selectTrigger(newName);
            }
        });
        Button send = new Button("Send test event…", new FontIcon("mdi2s-send"));
        send.setId("trigger-send-test");
        send.setOnAction(e -> sendTestEvent.accept(name));
        custom("", send);
        Optional<EventKind> known = t.kind();
        section("Source");
        if (known.isEmpty()) {
            note("A " + t.type + " source: edit its settings in the YAML tab (spec.triggers).");
        } else {
            for (SourceFields.Spec spec : SourceFields.of(known.get())) {
                text(spec.label(), spec.id(), () -> SourcePaths.read(trigger().orElseThrow().source, spec.path(),
                                spec.list()), Form::none,
                        v -> doc.execute(new TriggerEditJob(doc, name, "Set " + spec.label().toLowerCase(
                                java.util.Locale.ROOT) + " of " + name,
                                x -> SourcePaths.write(x.source, spec.path(), spec.list(), v))));
            }
        }
        section("Parameter mappings");
        note(EventKind.WEBHOOK.type().equals(t.type)
                ? "A webhook's request body is under body: body.dataset reads the body's \"dataset\"."
                : "Fields are paths into the event data (gjson), or Go templates.");
        MappingTable mappings = new MappingTable(doc, name);
        wide(mappings.node());
        refreshing(mappings::refresh);
    }

    private Optional<EventTrigger> trigger() {
        return TriggerEdits.find(doc.pipeline(), name);
    }

    private String nameProblem(String v) {
        String n = v.strip();
        if (n.isEmpty()) {
            return "a trigger needs a name (it names the event and the Sensor's dependency)";
        }
        if (!n.matches("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?")) {
            return "letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
        }
        return !n.equals(name) && TriggerEdits.find(doc.pipeline(), n).isPresent()
                ? "another trigger is named " + n : null;
    }

    boolean fits(String trigger) {
        return name.equals(trigger);
    }
}
