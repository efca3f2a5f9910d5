package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The log area's appends, skip markers and trimming, and the off-screen warm-up that runs the same
 * code before the first log. The areas here are in no shown window, so the tests drive them from
 * their own thread, as the warm-up does.
 */
@ExtendWith(ApplicationExtension.class)
class LogAreaAppenderTest {
    private final AnsiText ansi = new AnsiText();

    private List<AnsiText.Parsed> lines(int from, int to) {
        List<AnsiText.Parsed> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(ansi.parse(i % 10 == 0 ? "line " + i + " \u001b[32mok\u001b[0m" : "line " + i));
        }
        return out;
    }

    @Test
    void appendsKeepLineOrderAndAnsiStyles() {
        StyleClassedTextArea area = LogAreaAppender.newLogArea();
        LogAreaAppender appender = new LogAreaAppender(area, 1_000);
        appender.append(lines(1, 5), 0, true);
        appender.append(lines(6, 10), 0, true);
        assertThat(area.getText()).isEqualTo("line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8\nline 9\n"
                + "line 10 ok");
        assertThat(appender.shownLines()).isEqualTo(10);
        List<String> spans = new ArrayList<>();
        area.getStyleSpans(9).forEach(span -> spans.add(span.getLength() + " " + span.getStyle()));
        assertThat(spans).containsExactly("8 []", "2 [ansi-fg-2]");
    }

    @Test
    void aSkipIsMarkedAndWhatWasShownBeforeItIsTrimmedAChunkPerAppend() {
        StyleClassedTextArea area = LogAreaAppender.newLogArea();
        LogAreaAppender appender = new LogAreaAppender(area, 20_000);
        appender.append(lines(1, 12_000), 0, true);
        appender.append(lines(50_001, 50_010), 38_000, true);
        assertThat(area.getParagraph(12_000 - LogAreaAppender.TRIM_CHUNK).getText())
                .isEqualTo("[… 38,000 lines not shown here: Save full log… has every line]");
        assertThat(appender.shownLines()).isEqualTo(12_000 + 1 + 10 - LogAreaAppender.TRIM_CHUNK);
        appender.append(lines(50_011, 50_020), 0, true);
        appender.append(lines(50_021, 50_030), 0, true);
        assertThat(area.getParagraph(0).getText()).as("stale lines all trimmed")
                .startsWith("[… 38,000 lines not shown here");
        assertThat(appender.shownLines()).isEqualTo(1 + 30);
        assertThat(area.getText().split("\n")).hasSize(appender.shownLines()).endsWith("line 50030 ok");
    }

    @Test
    void theAreaStaysWithinTenPercentOfItsBound() {
        StyleClassedTextArea area = LogAreaAppender.newLogArea();
        LogAreaAppender appender = new LogAreaAppender(area, 1_000);
        for (int i = 0; i < 30; i++) {
            appender.append(lines(i * 100 + 1, i * 100 + 100), 0, true);
            assertThat(appender.shownLines()).isLessThanOrEqualTo(1_100);
        }
        assertThat(appender.shownLines()).isGreaterThanOrEqualTo(1_000);
        assertThat(area.getParagraphs()).hasSize(appender.shownLines());
        assertThat(area.getParagraph(area.getParagraphs().size() - 1).getText()).isEqualTo("line 3000 ok");
    }

    @Test
    void theWarmUpRunsTheLogCodeOffTheFxThreadInAHiddenScene() throws Exception {
        StyleClassedTextArea area = CompletableFuture.supplyAsync(() -> {
            try {
                return LogViewWarmUp.run(40, false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(2, TimeUnit.MINUTES);
        assertThat(area.getScene()).as("styled in a scene of its own").isNotNull();
        assertThat(area.getScene().getWindow()).as("never shown").isNull();
        assertThat(area.getParagraphs().size()).isBetween(2, 4_400);
        assertThat(area.getText()).contains("lines not shown here").contains("warm-up line");
        assertThat(area.getHeight()).as("laid out").isPositive();
    }
}
