package dev.orrery.designer;

import dev.orrery.core.model.Pipeline;
import dev.orrery.designer.canvas.GraphCanvas;
import dev.orrery.designer.compare.CompareMode;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.DesignerThreads;
import dev.orrery.designer.doc.PipelineChecker;
import dev.orrery.designer.doc.Problems;
import dev.orrery.designer.layout.LayoutService;
import dev.orrery.designer.palette.Palette;
import dev.orrery.designer.problems.ProblemsView;
import dev.orrery.designer.job.TriggerEdits;
import dev.orrery.designer.props.PropertySheet;
import dev.orrery.designer.trigger.TestEventDialog;
import dev.orrery.designer.trigger.TestEvents;
import dev.orrery.designer.yaml.YamlView;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.geometry.Point2D;

/**
 * The designer kit wired together around one document: canvas, palette, property sheet, YAML view
 * and problems, sharing background threads. A host (the app, or anything embedding the kit) lays
 * the parts out and adds {@link #STYLESHEET} to its scene. Create on the FX thread.
 */
public final class Designer {
    /** The kit's stylesheet; relies on an AtlantaFX theme (or the same looked-up colours). */
    public static final String STYLESHEET = Designer.class.getResource("designer.css").toExternalForm();

    private final ExecutorService work = DesignerThreads.single("designer");
    private final ExecutorService validation = DesignerThreads.single("validate");
    private final DesignDocument document;
    private final Problems problems;
    private final LayoutService layout;
    private final GraphCanvas canvas;
    private final Palette palette;
    private final PropertySheet properties;
    private final YamlView yaml;
    private final ProblemsView problemsView;
    private TestEvents testEvents = TestEvents.NONE;
    private final CompareMode compare;

    public Designer(Pipeline initial, PipelineChecker checker) {
        document = new DesignDocument(initial);
        problems = new Problems(document, checker, validation);
        layout = new LayoutService(work);
        canvas = new GraphCanvas(document, problems);
        canvas.setOnAutoLayout(() -> layout.layoutAll(document).thenRun(canvas::fit));
        palette = new Palette();
        palette.setOnDrop(d -> {
            if (canvas.containsScenePoint(d.scenePoint().getX(), d.scenePoint().getY())) {
                canvas.dropKind(d.kind(), d.scenePoint().getX(), d.scenePoint().getY());
            }
        });
        palette.setOnActivate(kind -> {
            Point2D centre = canvas.localToScene(canvas.getWidth() / 2, canvas.getHeight() / 2);
            canvas.dropKind(kind, centre.getX(), centre.getY());
        });
        palette.setOnAddTrigger(kind -> canvas.triggers().add(kind),
                p -> canvas.containsScenePoint(p.getX(), p.getY()));
        properties = new PropertySheet(document);
        properties.setOnSendTestEvent(this::sendTestEvent);
        canvas.triggers().setOnSendTestEvent(this::sendTestEvent);
        yaml = new YamlView(document, work, layout);
        problemsView = new ProblemsView(document, problems);
        compare = new CompareMode(document, layout, work, canvas.editableProperty(), List.of(palette, properties, yaml));
    }

    public DesignDocument document() {
        return document;
    }

    public Problems problems() {
        return problems;
    }

    public LayoutService layout() {
        return layout;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public Palette palette() {
        return palette;
    }

    public PropertySheet properties() {
        return properties;
    }

    public YamlView yaml() {
        return yaml;
    }

    public ProblemsView problemsView() {
        return problemsView;
    }

    /** Comparing the open pipeline with another version of it ("Compare with…"); see {@link CompareMode}. */
    public CompareMode compare() {
        return compare;
    }

    /** The "Split Large DAGs" command over this designer's document (one undo step). */
    public SplitLargeDags splitLargeDags() {
        return new SplitLargeDags(document, layout, work);
    }

    /** The designer's background executor (file reading, YAML, layout). */
    public ExecutorService executor() {
        return work;
    }

    public void shutdown() {
        work.shutdownNow();
        validation.shutdownNow();
    }

    /** What "Run on this computer" and "Send to cluster" of a test event do; the kit alone only maps. */
    public void setTestEvents(TestEvents host) {
        this.testEvents = host == null ? TestEvents.NONE : host;
    }

    /** Opens the test event dialog for a trigger of the open pipeline; returns it, or null when there is no such trigger. */
    public TestEventDialog sendTestEvent(String trigger) {
        var found = TriggerEdits.find(document.pipeline(), trigger);
        if (found.isEmpty()) {
            return null;
        }
        Pipeline snapshot = document.pipeline().copy();
        TestEventDialog dialog = new TestEventDialog(canvas.getScene() == null ? null : canvas.getScene().getWindow(),
                snapshot, TriggerEdits.find(snapshot, trigger).orElseThrow(), testEvents, work);
        dialog.show();
        return dialog;
    }
}
