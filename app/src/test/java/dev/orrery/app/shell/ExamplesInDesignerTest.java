package dev.orrery.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.argo.ArgoImporter;
import dev.orrery.core.diag.Diagnostic;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.testing.SemanticJson;
import dev.orrery.core.testing.SharedData;
import dev.orrery.core.testing.YamlDocuments;
import dev.orrery.designer.doc.DesignDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every pipeline document of Argo's examples opens in the designer window (through File ▸ Open,
 * choosing the document when a file holds several) without an error, is drawn, and exports back
 * semantically equal to the original.
 */
@ExtendWith(ApplicationExtension.class)
class ExamplesInDesignerTest {
    private MainWindow window;
    private TestWindow shown;
    private TestPrompts prompts;
    private final List<Throwable> uncaught = new ArrayList<>();

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
        prompts = shown.prompts();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    @Test
    void everyExampleOpensAndReExportsEqual(FxRobot robot) throws Exception {
        DesignDocument doc = window.designer().document();
        int opened = 0;
        for (Path file : SharedData.exampleFiles()) {
            List<JsonNode> originals = YamlDocuments.read(file);
            assertThat(Diagnostic.anyError(PipelineFiles.read(file).allDiagnostics()))
                    .as("the reader refuses nothing of %s", file).isFalse();
            List<JsonNode> pipelines = originals.stream().filter(ArgoImporter::isArgoPipeline).toList();
            for (int i = 0; i < pipelines.size(); i++) {
                int wanted = i;
                prompts.choice = options -> wanted;
                prompts.unsaved = Prompts.Unsaved.DISCARD;
                boolean ok = shown.open(file);
                assertThat(prompts.errors).as("errors opening %s", file).isEmpty();
                assertThat(ok).as("opened document %d of %s", i + 1, file).isTrue();
                WaitForAsyncUtils.waitForFxEvents();
                JsonNode exported = WaitForAsyncUtils.asyncFx(
                        () -> new ArgoExporter().export(doc.pipeline(), doc.pipeline().argoKind)).get(10, TimeUnit.SECONDS);
                SemanticJson.assertSemanticallyEqual(pipelines.get(i), exported, file + " document " + (i + 1));
                if (doc.graph() != null && !doc.graph().steps.isEmpty()) {
                    assertThat(window.designer().canvas().positions().values()).as("positions of %s", file)
                            .doesNotContainNull();
                }
                opened++;
            }
        }
        System.out.printf("Designer opened %d example pipelines%n", opened);
        assertThat(uncaught).as("exceptions on the FX thread").isEmpty();
        assertThat(opened).as("pipeline documents opened: every Argo pipeline of the examples").isEqualTo(223);
    }
}
