package dev.orrery.core.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The parser accepts what robfig/cron v3's ParseStandard (Argo's controller) accepts, and times match it. */
class CronExpressionTest {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xx");

    @ParameterizedTest
    @ValueSource(strings = {"* * * * *", "*/3 * * * 1-5", "*/2 * * * *", "*/5 * * * *", "0 2 * * *",
        "5 4 * * *", "0 1 * * *", "30 1 * * *", "0 3 * * *", "0 0 1 JAN *", "0 0 * * MON-FRI", "0 0 * * mon,wed",
        "0 0 ? * *", "0 0 * * ?", "15,45 9-17/2 * * *", "0 0 1-31/10 * *", "+5 * * * *", "0 0 * * *-3",
        "1,,2 * * * *", "0  2\t* * *", "CRON_TZ=Europe/Berlin 0 2 * * *", "TZ=UTC 0 2 * * *",
        "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
        "@every 1h30m", "@every 1.5h", "@every 300ms", "@every 0", "@every -5m", "@every 2h45m30s",
        "CRON_TZ=Asia/Tokyo @daily", "5/15 * * * *", "0 0 * * 0", "0 0 * * SAT"})
    void acceptsWhatArgoAccepts(String schedule) throws CronException {
        assertThat(CronExpression.parse(schedule).text()).isEqualTo(schedule);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|the schedule is empty",
        "* * * *|expected 5 fields",
        "0 * * * * *|Argo has no seconds field",
        "60 * * * *|minute field: \"60\": 60 is above the maximum 59",
        "0 24 * * *|hour field: \"24\": 24 is above the maximum 23",
        "0 0 0 * *|day of month field: \"0\": 0 is below the minimum 1",
        "0 0 * 13 *|month field",
        "0 0 * * 7|7 is not accepted",
        "0 0 * * MONDAY|\"MONDAY\" is not a number or a name (SUN…SAT)",
        "5-1 * * * *|the range starts at 5, after its end 1",
        "*/0 * * * *|the step must be a positive number",
        "1-2-3 * * * *|too many hyphens",
        "*/2/3 * * * *|too many slashes",
        "-5 * * * *|\"\" is not a number",
        "*/ * * * *|\"\" is not a number",
        "@Daily|unknown descriptor",
        "'@daily '|unknown descriptor",
        "@every|unknown descriptor",
        "@every  5m|is not a duration",
        "@every 5|has no unit",
        "@every 5d|unknown unit \"d\"",
        "CRON_TZ=Mars/Olympus 0 2 * * *|unknown timezone \"Mars/Olympus\"",
        "TZ=+02:00 0 2 * * *|unknown timezone",
        "CRON_TZ=UTC|must be followed by a space",
        "L * * * *|\"L\" is not a number",
        "0 0 * * 1#2|\"1#2\" is not a number"})
    void refusesWhatArgoRefusesAndSaysWhy(String schedule, String message) {
        assertThatThrownBy(() -> CronExpression.parse(schedule))
                .isInstanceOf(CronException.class).hasMessageContaining(message);
    }

    @Test
    void namesTheFieldAtFault() {
        assertThatThrownBy(() -> CronExpression.parse("0 0 * * 8"))
                .isInstanceOfSatisfying(CronException.class, e -> assertThat(e.field()).isEqualTo("day of week"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 2 * * 1-5|at 02:00, Monday to Friday",
        "*/15 * * * *|every 15 minutes",
        "* * * * *|every minute",
        "0 2 * * *|at 02:00, every day",
        "@every 1h30m|every 1h30m",
        "@every 1.5h|every 1h30m",
        "@every 300ms|every 1s (Argo rounds PT0.3S to whole seconds, at least 1s)",
        "@hourly|every hour, on the hour",
        "@daily|at 00:00, every day",
        "@weekly|at 00:00, Sunday",
        "0 0 1 * *|at 00:00, on day 1 of the month",
        "0 0 1 * MON|at 00:00, on day 1 of the month or on Monday",
        "30 9,17 * * MON,WED,FRI|at 09:30 and 17:30, Monday, Wednesday and Friday",
        "*/3 * * * 1-5|every 3 minutes, Monday to Friday",
        "0 */6 * * *|every 6 hours at minute 0",
        "0 0 1 JAN,JUL *|at 00:00, on day 1 of the month, in January and July"})
    void readsInPlainLanguage(String schedule, String reading) throws CronException {
        assertThat(CronExpression.parse(schedule).reading()).isEqualTo(reading);
    }

    /** Argo's "Daylight Saving" table (America/Los_Angeles, 2020): a skipped time does not fire that day. */
    @Test
    void springForwardSkipsTheMissingTimeLikeArgo() throws CronException {
        ZoneId la = ZoneId.of("America/Los_Angeles");
        ZonedDateTime from = ZonedDateTime.of(2020, 3, 8, 0, 0, 0, 0, la);
        assertThat(times("59 1 * * *", from, la, 3)).containsExactly(
                "2020-03-08 01:59 -0800", "2020-03-09 01:59 -0700", "2020-03-10 01:59 -0700");
        assertThat(times("0 2 * * *", from, la, 3)).containsExactly(
                "2020-03-09 02:00 -0700", "2020-03-10 02:00 -0700", "2020-03-11 02:00 -0700");
        assertThat(times("1 2 * * *", from, la, 3)).containsExactly(
                "2020-03-09 02:01 -0700", "2020-03-10 02:01 -0700", "2020-03-11 02:01 -0700");
    }

    /** Argo's table again: a time repeated by a fall-back change fires twice. */
    @Test
    void fallBackFiresTheRepeatedTimeTwiceLikeArgo() throws CronException {
        ZoneId la = ZoneId.of("America/Los_Angeles");
        ZonedDateTime from = ZonedDateTime.of(2020, 11, 1, 0, 0, 0, 0, la);
        assertThat(times("59 1 * * *", from, la, 3)).containsExactly(
                "2020-11-01 01:59 -0700", "2020-11-01 01:59 -0800", "2020-11-02 01:59 -0800");
        assertThat(times("0 2 * * *", from, la, 2)).containsExactly(
                "2020-11-01 02:00 -0800", "2020-11-02 02:00 -0800");
    }

    @Test
    void berlinAcrossBothChangesOf2026() throws CronException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime march = ZonedDateTime.of(2026, 3, 28, 12, 0, 0, 0, berlin);
        assertThat(times("30 2 * * *", march, berlin, 2)).containsExactly(
                "2026-03-30 02:30 +0200", "2026-03-31 02:30 +0200");
        assertThat(times("0 * * * *", ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, berlin), berlin, 3))
                .containsExactly("2026-03-29 01:00 +0100", "2026-03-29 03:00 +0200", "2026-03-29 04:00 +0200");
        ZonedDateTime october = ZonedDateTime.of(2026, 10, 24, 12, 0, 0, 0, berlin);
        assertThat(times("30 2 * * *", october, berlin, 3)).containsExactly(
                "2026-10-25 02:30 +0200", "2026-10-25 02:30 +0100", "2026-10-26 02:30 +0100");
    }

    @Test
    void newYorkAcrossBothChangesOf2026() throws CronException {
        ZoneId ny = ZoneId.of("America/New_York");
        assertThat(times("30 2 * * *", ZonedDateTime.of(2026, 3, 7, 12, 0, 0, 0, ny), ny, 2))
                .containsExactly("2026-03-09 02:30 -0400", "2026-03-10 02:30 -0400");
        assertThat(times("30 1 * * *", ZonedDateTime.of(2026, 10, 31, 12, 0, 0, 0, ny), ny, 3))
                .containsExactly("2026-11-01 01:30 -0400", "2026-11-01 01:30 -0500", "2026-11-02 01:30 -0500");
        assertThat(times("*/30 * * * *", ZonedDateTime.of(2026, 11, 1, 0, 50, 0, 0, ny), ny, 5))
                .containsExactly("2026-11-01 01:00 -0400", "2026-11-01 01:30 -0400", "2026-11-01 01:00 -0500",
                        "2026-11-01 01:30 -0500", "2026-11-01 02:00 -0500");
    }

    @Test
    void prefixZoneOverridesTheGivenZone() throws CronException {
        ZonedDateTime from = ZonedDateTime.of(2025, 12, 31, 12, 0, 0, 0, ZoneOffset.UTC);
        assertThat(times("CRON_TZ=Asia/Tokyo 0 9 * * *", from, ZoneOffset.UTC, 1))
                .containsExactly("2026-01-01 09:00 +0900");
    }

    @Test
    void descriptorsAndEvery() throws CronException {
        ZonedDateTime from = ZonedDateTime.of(2026, 5, 13, 10, 20, 30, 500, ZoneOffset.UTC);
        assertThat(times("@hourly", from, ZoneOffset.UTC, 2)).containsExactly(
                "2026-05-13 11:00 +0000", "2026-05-13 12:00 +0000");
        assertThat(times("@weekly", from, ZoneOffset.UTC, 1)).containsExactly("2026-05-17 00:00 +0000");
        assertThat(times("@monthly", from, ZoneOffset.UTC, 1)).containsExactly("2026-06-01 00:00 +0000");
        assertThat(times("@yearly", from, ZoneOffset.UTC, 1)).containsExactly("2027-01-01 00:00 +0000");
        assertThat(times("@every 1h30m", from, ZoneOffset.UTC, 2)).containsExactly(
                "2026-05-13 11:50 +0000", "2026-05-13 13:20 +0000");
        List<ZonedDateTime> subSecond = CronExpression.parse("@every 10ms").next(from, ZoneOffset.UTC, 2);
        assertThat(subSecond.get(1).toEpochSecond() - subSecond.get(0).toEpochSecond()).isEqualTo(1);
    }

    @Test
    void dayOfMonthOrDayOfWeekWhenNeitherIsAStar() throws CronException {
        ZonedDateTime from = ZonedDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC); // a Monday
        assertThat(times("0 0 13 * FRI", from, ZoneOffset.UTC, 3)).containsExactly(
                "2026-06-05 00:00 +0000", "2026-06-12 00:00 +0000", "2026-06-13 00:00 +0000");
    }

    @Test
    void aScheduleThatNeverFiresGivesNoTimes() throws CronException {
        assertThat(CronExpression.parse("0 0 30 2 *").next(ZonedDateTime.now(ZoneOffset.UTC), ZoneOffset.UTC, 10))
                .isEmpty();
    }

    private static List<String> times(String schedule, ZonedDateTime from, ZoneId zone, int n) throws CronException {
        return CronExpression.parse(schedule).next(from, zone, n).stream().map(SHOWN::format).toList();
    }
}
