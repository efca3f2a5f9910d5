package dev.orrery.designer.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class YamlHighlighterTest {

    @Test
    void anOrdinaryDocumentIsColouredByToken() {
        String text = "# a pipeline\nkind: Workflow\nretries: 3\n";
        StyleSpans<Collection<String>> spans = YamlHighlighter.spans(text);
        assertThat(spans.length()).isEqualTo(text.length());
        assertThat(spans.stream().map(StyleSpan::getStyle)).contains(java.util.List.of("yaml-comment"),
                java.util.List.of("yaml-key"), java.util.List.of("yaml-number"));
    }

    @Test
    void aDocumentPastTheLimitIsOneUncolouredSpanNotOneSpanPerToken() {
        String line = "    - name: step\n      image: python:3.12-slim\n";
        String big = line.repeat(YamlHighlighter.MAX_HIGHLIGHTED_CHARS / line.length() + 1);
        StyleSpans<Collection<String>> spans = YamlHighlighter.spans(big);
        assertThat(spans.getSpanCount()).isEqualTo(1);
        assertThat(spans.length()).isEqualTo(big.length());
        assertThat(spans.getStyleSpan(0).getStyle()).isEmpty();
    }
}
