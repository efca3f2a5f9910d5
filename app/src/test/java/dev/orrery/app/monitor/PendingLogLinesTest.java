package dev.orrery.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The log view's bounded buffer between the runtime's thread and the FX thread. */
class PendingLogLinesTest {
    private final AnsiText ansi = new AnsiText();

    private static List<String> texts(PendingLogLines.Batch batch) {
        return batch.lines().stream().map(AnsiText.Parsed::text).toList();
    }

    @Test
    void linesAreTakenOldestFirstAndAtMostTheAskedNumber() {
        PendingLogLines pending = new PendingLogLines(10);
        for (int i = 1; i <= 5; i++) {
            pending.add(ansi.parse("line " + i));
        }
        PendingLogLines.Batch first = pending.take(3);
        assertThat(texts(first)).containsExactly("line 1", "line 2", "line 3");
        assertThat(first.dropped()).isZero();
        assertThat(texts(pending.take(100))).containsExactly("line 4", "line 5");
        assertThat(pending.isEmpty()).isTrue();
    }

    @Test
    void whenFullTheOldestLinesAreDroppedAndCountedOnce() {
        PendingLogLines pending = new PendingLogLines(4);
        for (int i = 1; i <= 10; i++) {
            pending.add(ansi.parse("line " + i));
        }
        assertThat(pending.isEmpty()).isFalse();
        PendingLogLines.Batch batch = pending.take(2);
        assertThat(batch.dropped()).as("lines 1-6 were dropped").isEqualTo(6);
        assertThat(texts(batch)).containsExactly("line 7", "line 8");
        PendingLogLines.Batch rest = pending.take(10);
        assertThat(rest.dropped()).as("counted in the first take only").isZero();
        assertThat(texts(rest)).containsExactly("line 9", "line 10");
    }

    @Test
    void aTakeOfNoLinesStillReportsTheDrops() {
        PendingLogLines pending = new PendingLogLines(1);
        pending.add(ansi.parse("a"));
        pending.add(ansi.parse("b"));
        assertThat(texts(pending.take(1))).containsExactly("b");
        pending.add(ansi.parse("c"));
        pending.add(ansi.parse("d"));
        PendingLogLines.Batch none = pending.take(0);
        assertThat(none.lines()).isEmpty();
        assertThat(none.dropped()).as("c was dropped").isEqualTo(1);
        assertThat(pending.isEmpty()).isFalse();
        PendingLogLines.Batch batch = pending.take(1);
        assertThat(batch.dropped()).isZero();
        assertThat(texts(batch)).containsExactly("d");
    }

    @Test
    void aBufferHoldsAtLeastOneLine() {
        assertThatThrownBy(() -> new PendingLogLines(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
