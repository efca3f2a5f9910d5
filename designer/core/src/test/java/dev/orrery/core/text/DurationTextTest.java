package dev.orrery.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void underTenSecondsShowsTenthsSoAShortStepIsNeverZero() {
        assertThat(DurationText.of(Duration.ofMillis(400))).isEqualTo("0.4s");
        assertThat(DurationText.of(Duration.ofMillis(999))).isEqualTo("1.0s");
        assertThat(DurationText.of(Duration.ofSeconds(1))).isEqualTo("1.0s");
        assertThat(DurationText.of(Duration.ofMillis(9_940))).isEqualTo("9.9s");
        assertThat(DurationText.of(Duration.ZERO)).isEqualTo("0.0s");
        assertThat(DurationText.of(Duration.ofMillis(10))).isEqualTo("<0.1s");
        assertThat(DurationText.of(Duration.ofMillis(50))).isEqualTo("0.1s");
    }

    @Test
    void underAMinuteShowsWholeSeconds() {
        assertThat(DurationText.of(Duration.ofMillis(9_960))).isEqualTo("10s");
        assertThat(DurationText.of(Duration.ofMillis(12_400))).isEqualTo("12s");
        assertThat(DurationText.of(Duration.ofMillis(59_400))).isEqualTo("59s");
    }

    @Test
    void longerDurationsShowTwoUnitsWithTwoDigitsForTheSecond() {
        assertThat(DurationText.of(Duration.ofMillis(59_600))).isEqualTo("1m 00s");
        assertThat(DurationText.of(Duration.ofSeconds(65))).isEqualTo("1m 05s");
        assertThat(DurationText.of(Duration.ofSeconds(184))).isEqualTo("3m 04s");
        assertThat(DurationText.of(Duration.ofMinutes(123).plusSeconds(10))).isEqualTo("2h 03m");
        assertThat(DurationText.of(Duration.ofHours(28))).isEqualTo("1d 04h");
    }

    @Test
    void negativeReadsAsZeroAndNullAsDash() {
        assertThat(DurationText.of(Duration.ofSeconds(-3))).isEqualTo("0.0s");
        assertThat(DurationText.of(null)).isEqualTo("-");
        assertThat(DurationText.of(Duration.ofSeconds(Long.MAX_VALUE))).endsWith("h");
    }
}
