package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.core.model.Pipeline;
import org.junit.jupiter.api.Test;

/** The save-in-place reference: only the edited document changes, the next save starts from the last. */
class InPlaceDocumentTest {
    private static final String NATIVE = """
            # our pipeline
            apiVersion: orrery.dev/v1alpha1
            kind: Pipeline
            metadata: {name: churn}   # flow map kept
            spec:
              steps:
                - name: prep
                  kind: data-prep
                  image: python:3.12-slim
                  command: [python, prep.py]
            """;
    private static final String ARGO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              name: second   # the second
            spec:
              entrypoint: main
              templates:
              - name: main
                container: {image: busybox, command: [echo, hi]}
            """;

    @Test
    void aNativeFileIsSavedInPlaceAndTheNextSaveStartsFromIt() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("../../assets/samples/local-ml.orrery.yaml"));
        LoadedDocument d = PipelineFiles.parse(text, "p.yaml").documents().get(0);
        InPlaceDocument source = InPlaceDocument.opened(text, d);
        assertThat(source.format()).isEqualTo(PipelineFormat.NATIVE);
        Pipeline p = d.pipeline();
        assertThat(source.write(p).text()).isEqualTo(text);

        var template = p.templates.stream().filter(t -> t.container != null && t.container.image != null)
                .findFirst().orElseThrow();
        String old = template.container.image;
        template.container.image = "registry.example/new:1";
        InPlaceDocument.Written first = source.write(p);
        assertThat(first.text()).isEqualTo(text.replaceFirst(java.util.regex.Pattern.quote(old),
                "registry.example/new:1"));
        assertThat(first.next().write(p).text()).isEqualTo(first.text());
    }

    @Test
    void inAFileOfSeveralDocumentsOnlyTheEditedOneChanges() {
        String file = NATIVE + "---\n" + ARGO;
        LoadResult loaded = PipelineFiles.parse(file, "two.yaml");
        LoadedDocument second = loaded.documents().get(1);
        assertThat(second.format()).isEqualTo(PipelineFormat.ARGO);
        InPlaceDocument source = InPlaceDocument.opened(file, second);
        second.pipeline().template("main").orElseThrow().container.image = "alpine";
        String saved = source.write(second.pipeline()).text();
        assertThat(saved).startsWith(NATIVE + "---\n").isEqualTo(file.replace("{image: busybox,", "{image: alpine,"));
    }

    @Test
    void documentSpansCutAndPutBackOneDocument() {
        String file = "# head\n" + NATIVE + "---\n" + ARGO + "---\n# empty\n---\nkind: ConfigMap\n";
        DocumentSpans spans = DocumentSpans.of(file);
        assertThat(spans.count()).isEqualTo(4);
        assertThat(spans.document(0)).isEqualTo("# head\n" + NATIVE);
        assertThat(spans.document(1)).isEqualTo("---\n" + ARGO);
        assertThat(spans.document(3)).isEqualTo("---\nkind: ConfigMap\n");
        assertThat(spans.replace(1, spans.document(1))).isEqualTo(file);
        assertThat(spans.replace(1, "kind: Other")).isEqualTo("# head\n" + NATIVE + "---\nkind: Other\n"
                + "---\n# empty\n---\nkind: ConfigMap\n");
    }
}
