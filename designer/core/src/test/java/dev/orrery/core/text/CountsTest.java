package dev.orrery.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertThat(Counts.of(1, "line")).isEqualTo("1 line");
        assertThat(Counts.of(0, "line")).isEqualTo("0 lines");
        assertThat(Counts.of(2, "step")).isEqualTo("2 steps");
        assertThat(Counts.of(-1, "step")).isEqualTo("-1 steps");
    }

    @Test
    void anIrregularPluralIsUsedAsGiven() {
        assertThat(Counts.of(1, "child", "children")).isEqualTo("1 child");
        assertThat(Counts.of(3, "child", "children")).isEqualTo("3 children");
    }
}
