package dev.orrery.app.shell;

import static dev.orrery.app.shell.TestWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.diff.UnionGraph.Mark;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.designer.Designer;
import dev.orrery.designer.canvas.Dependency;
import dev.orrery.designer.canvas.EdgeOverlay;
import dev.orrery.designer.canvas.NodeView;
import dev.orrery.designer.compare.CompareMarks;
import dev.orrery.designer.compare.ComparisonView;
import dev.orrery.designer.compare.Version;
import dev.orrery.designer.doc.DesignDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Compare With… in the real window, on a Git repository of three commits made here with JGit: the
 * revisions listed, one picked, the union drawn with its marks, a changed step's fields listed old beside
 * new, V toggling the versions in place, Escape back to the unchanged document; and the messages when there
 * is nothing to compare with.
 */
@ExtendWith(ApplicationExtension.class)
class CompareInWindowTest {
    static final String V1 = """
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: churn}
            spec:
              entrypoint: main
              steps:
                - {name: prepare, kind: data-prep, image: "python:3.12-slim", command: [python, prep.py]}
                - {name: train, kind: train, image: "pytorch/pytorch:2.4.0", dependsOn: [prepare], command: [python, train.py]}
                - {name: notify, kind: container, image: "curlimages/curl:8.8.0", dependsOn: [train], command: [curl, x]}
              layout: {prepare: [40, 60], train: [320, 60], notify: [600, 160]}
            """;
    static final String V2 = V1.replace("pytorch/pytorch:2.4.0", "pytorch/pytorch:2.5.0");
    /** notify removed, evaluate added after train. */
    static final String V3 = V2.replace("""
                - {name: notify, kind: container, image: "curlimages/curl:8.8.0", dependsOn: [train], command: [curl, x]}
            """, """
                - {name: evaluate, kind: evaluate, image: "python:3.12-slim", dependsOn: [train], command: [python, eval.py]}
            """).replace("notify: [600, 160]", "evaluate: [600, 20]");

    private TestWindow shown;
    private MainWindow window;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage);
        window = shown.window();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shown.close();
    }

    private Path threeCommits() throws Exception {
        Path file = dir.resolve("repo/pipelines/churn.orrery.yaml");
        Files.createDirectories(file.getParent());
        try (Git git = Git.init().setDirectory(dir.resolve("repo").toFile()).setInitialBranch("main").call()) {
            commit(git, file, V1, "first version", "Ada");
            commit(git, file, V2, "newer torch", "Grace");
            commit(git, file, V3, "evaluate instead of notify", "Ada");
        }
        return file;
    }

    private static void commit(Git git, Path file, String text, String message, String author) throws Exception {
        Files.writeString(file, text);
        git.add().addFilepattern("pipelines/churn.orrery.yaml").call();
        PersonIdent who = new PersonIdent(author, author.toLowerCase() + "@example.com");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private ComparisonView comparison() {
        return window.designer().compare().viewProperty().get();
    }

    private static boolean has(NodeView v, String pseudoClass) {
        return v != null && v.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void compareWithARevisionMarksTheStepsListsTheFieldsTogglesAndLeaves(FxRobot robot) throws Exception {
        Path file = threeCommits();
        assertThat(shown.open(file)).isTrue();
        Designer designer = window.designer();
        DesignDocument doc = designer.document();
        int revision = doc.revision();
        String before = PipelineFiles.toNativeYaml(doc.pipeline());

        robot.clickOn("File").clickOn("#menu-compare");
        waitFor(() -> robot.lookup("#compare-commits").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<dev.orrery.app.cli.GitFiles.Commit> commits = robot.lookup("#compare-commits").queryAs(TableView.class);
        assertThat(commits.getItems()).extracting(c -> c.message())
                .containsExactly("evaluate instead of notify", "newer torch", "first version");
        assertThat(commits.getItems()).extracting(c -> c.author()).containsExactly("Ada", "Grace", "Ada");
        robot.clickOn("first version");
        robot.clickOn("#compare-revision");
        waitFor(() -> comparison() != null);
        ComparisonView view = comparison();
        String shortId = commits.getItems().get(2).shortId();

        // one graph, the union, marked; the banner says what is compared and how to leave
        assertThat(robot.lookup("#compare-banner-text").queryAs(Label.class).getText())
                .isEqualTo("Comparing with churn.orrery.yaml at " + shortId + " — Esc to leave, V to toggle");
        assertThat(view.shownSteps()).containsExactly("prepare", "train", "evaluate", "notify");
        assertThat(view.markOf("evaluate")).isEqualTo(Mark.ADDED);
        assertThat(view.markOf("notify")).isEqualTo(Mark.REMOVED);
        assertThat(view.markOf("train")).isEqualTo(Mark.CHANGED);
        assertThat(view.markOf("prepare")).isEqualTo(Mark.UNCHANGED);
        waitFor(() -> view.canvas().viewOf("notify") != null && has(view.canvas().viewOf("notify"), "diff-removed"));
        assertThat(has(view.canvas().viewOf("evaluate"), "diff-added")).isTrue();
        assertThat(has(view.canvas().viewOf("train"), "diff-changed")).isTrue();
        assertThat(view.canvas().viewOf("train").overlay().iconLiteral()).isEqualTo("mdi2n-numeric-1-circle");
        assertThat(view.canvas().viewOf("prepare").overlay()).isNull();
        assertThat(view.canvas().edgeOverlaysProperty().get()).containsOnly(
                java.util.Map.entry(new Dependency("train", "evaluate"), new EdgeOverlay(CompareMarks.ADDED, false)),
                java.util.Map.entry(new Dependency("train", "notify"), new EdgeOverlay(CompareMarks.REMOVED, true)));

        // read-only meanwhile: no palette, no YAML tab, no undo
        assertThat(designer.palette().isDisabled()).isTrue();
        assertThat(window.tabs().getTabs().stream().filter(t -> "tab-yaml".equals(t.getId())).findFirst()
                .orElseThrow().isDisable()).isTrue();
        assertThat(designer.canvas().editableProperty().get()).isFalse();

        // the changed step's field, old beside new, where the property sheet was
        robot.clickOn(view.canvas().viewOf("train"));
        waitFor(() -> "train".equals(view.changes().titleText()));
        assertThat(view.changes().shownRows()).contains(
                List.of("train.image", "pytorch/pytorch:2.4.0", "pytorch/pytorch:2.5.0"));
        assertThat(robot.lookup("#compare-panel").tryQuery()).isPresent();

        // V: the other version in place (its steps only), then the open one, then both again
        robot.type(KeyCode.V);
        waitFor(() -> view.versionProperty().get() == Version.OTHER);
        assertThat(view.shownSteps()).containsExactly("prepare", "train", "notify");
        assertThat(robot.lookup("#compare-showing").queryAs(Label.class).getText())
                .isEqualTo("Showing churn.orrery.yaml at " + shortId);
        assertThat(view.markOf("notify")).isEqualTo(Mark.REMOVED);
        // the selected step stays selected, its changes listed
        assertThat(view.changes().titleText()).isEqualTo("train");
        robot.type(KeyCode.V);
        waitFor(() -> view.versionProperty().get() == Version.OPEN);
        assertThat(view.shownSteps()).containsExactly("prepare", "train", "evaluate");
        robot.type(KeyCode.V);
        waitFor(() -> view.versionProperty().get() == Version.BOTH);

        // Escape: the editing canvas is back and the document as it was
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> comparison() == null);
        assertThat(window.tabs().getSelectionModel().getSelectedItem().getContent()).isSameAs(designer.canvas());
        assertThat(designer.palette().isDisabled()).isFalse();
        assertThat(designer.canvas().editableProperty().get()).isTrue();
        assertThat(doc.revision()).isEqualTo(revision);
        assertThat(doc.jobs().canUndoProperty().get()).isFalse();
        assertThat(doc.isModified()).isFalse();
        assertThat(PipelineFiles.toNativeYaml(doc.pipeline())).isEqualTo(before);
    }

    @Test
    void aFileOutsideGitSaysSoAndComparesWithAnotherFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("churn.orrery.yaml");
        Files.writeString(file, V3);
        Path other = dir.resolve("older.orrery.yaml");
        Files.writeString(other, V1);
        assertThat(shown.open(file)).isTrue();
        window.choosers().setDialogs(new FileChoosers.Dialogs() {
            @Override
            public File showOpen(FileChooser chooser) {
                return other.toFile();
            }

            @Override
            public File showSave(FileChooser chooser) {
                return null;
            }
        });

        robot.clickOn("File").clickOn("#menu-compare");
        waitFor(() -> robot.lookup("#compare-dialog-message").tryQuery().isPresent());
        assertThat(robot.lookup("#compare-dialog-message").queryAs(Label.class).getText())
                .startsWith("churn.orrery.yaml is not in a Git repository");
        robot.clickOn("#compare-file");
        waitFor(() -> comparison() != null);
        assertThat(comparison().markOf("notify")).isEqualTo(Mark.REMOVED);
        assertThat(comparison().comparison().label()).isEqualTo("older.orrery.yaml");
    }

    @Test
    void aNewFileHasNoRevisionsAndARevisionThatDoesNotParseIsSaid(FxRobot robot) throws Exception {
        Path file = threeCommits();
        Path fresh = file.resolveSibling("fresh.orrery.yaml");
        Files.writeString(fresh, V1);
        assertThat(shown.open(fresh)).isTrue();
        robot.clickOn("File").clickOn("#menu-compare");
        waitFor(() -> robot.lookup("#compare-dialog-message").tryQuery().isPresent());
        assertThat(robot.lookup("#compare-dialog-message").queryAs(Label.class).getText())
                .isEqualTo("fresh.orrery.yaml is new: no commit of its Git repository holds it yet. Commit it first,"
                        + " or compare it with another file.");
        robot.type(KeyCode.ESCAPE);

        try (Git git = Git.open(dir.resolve("repo").toFile())) {
            commit(git, file, "spec: [unclosed\n", "broken", "Ada");
            commit(git, file, V3, "fixed", "Ada");
        }
        assertThat(shown.open(file)).isTrue();
        var commit = WaitForAsyncUtils.asyncFx(() -> CompareSources.history(file)).get().commits().get(1);
        assertThat(commit.message()).isEqualTo("broken");
        WaitForAsyncUtils.asyncFx(() -> window.compareAction().compareWithRevision(file, commit)).get();
        waitFor(() -> !shown.prompts().errors.isEmpty());
        assertThat(shown.prompts().errors.get(0)).startsWith("Cannot compare: churn.orrery.yaml at " + commit.shortId()
                + " cannot be compared: it does not parse.");
        assertThat(comparison()).isNull();
    }
}
