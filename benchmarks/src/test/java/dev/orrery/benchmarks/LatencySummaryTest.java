package dev.orrery.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {
    @Test
    void nearestRankPercentilesAndMaxOfUnsortedValues() {
        LatencySummary s = new LatencySummary();
        for (int i = 20; i >= 1; i--) {
            s.add(i);
        }
        assertThat(s.count()).isEqualTo(20);
        assertThat(s.percentile(50)).isEqualTo(10.0);
        assertThat(s.percentile(95)).isEqualTo(19.0);
        assertThat(s.max()).isEqualTo(20.0);
        assertThat(s.triple()).isEqualTo("10.0 / 19.0 / 20.0");
        assertThat(s.pair()).isEqualTo("10.0 / 19.0");
    }

    @Test
    void anEmptySummarySaysNoneInsteadOfFailing() {
        LatencySummary s = new LatencySummary();
        assertThat(s.percentile(95)).isNaN();
        assertThat(s.max()).isNaN();
        assertThat(s.triple()).isEqualTo("none");
        assertThat(s.pair()).isEqualTo("none");
    }
}
