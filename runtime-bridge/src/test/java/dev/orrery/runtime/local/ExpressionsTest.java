package dev.orrery.runtime.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** when conditions, depends expressions, placeholders and durations. */
class ExpressionsTest {
    @Test
    void whenComparesStringsAndNumbers() {
        assertThat(Conditions.when("heads == heads")).isTrue();
        assertThat(Conditions.when("'heads' == \"tails\"")).isFalse();
        assertThat(Conditions.when("10 > 9")).as("numbers, not text").isTrue();
        assertThat(Conditions.when("0.85 >= 0.8 && 3 != 4")).isTrue();
        assertThat(Conditions.when("1 < 0 || (abc == abc && !(x == y))")).isTrue();
        assertThat(Conditions.when("'hello world' =~ '^hello'")).isTrue();
        assertThat(Conditions.when("true")).isTrue();
        assertThat(Conditions.when("-1.5 < 2")).isTrue();
        assertThat(Conditions.when("")).isTrue();
    }

    @Test
    void badConditionsSayWhatIsWrong() {
        assertThatThrownBy(() -> Conditions.when("a ==")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> Conditions.when("'open == x")).hasMessageContaining("unclosed quote");
        assertThatThrownBy(() -> Conditions.when("maybe")).hasMessageContaining("not true or false");
        assertThatThrownBy(() -> Conditions.when("(a == a")).hasMessageContaining("missing ')'");
    }

    @Test
    void dependsEvaluatesTaskResults() {
        Map<String, Boolean> atoms = Map.of("A", true, "B.Failed", false, "C.Succeeded", true);
        assertThat(Conditions.depends("A && (B.Failed || C.Succeeded)", atoms::get)).isTrue();
        assertThat(Conditions.depends("A && B.Failed", atoms::get)).isFalse();
        assertThat(Conditions.depends("!B.Failed", atoms::get)).isTrue();
    }

    @Test
    void placeholdersResolveOrFailClearly() {
        Scope scope = Scope.of(Map.of("name", "run-1", "parameters.lr", "0.1"), Map.of("x", "7"), Map.of("data", "/p/d"));
        assertThat(scope.expand("{{workflow.name}} {{ workflow.parameters.lr }} {{inputs.parameters.x}}"))
                .isEqualTo("run-1 0.1 7");
        assertThat(scope.expand("{{inputs.artifacts.data.path}}")).isEqualTo("/p/d");
        assertThat(scope.expand("jinja {{ other }} stays")).isEqualTo("jinja {{ other }} stays");
        assertThatThrownBy(() -> scope.expand("{{inputs.parameters.missing}}"))
                .hasMessage("unresolved variable {{inputs.parameters.missing}}");
        assertThatThrownBy(() -> scope.expand("{{=sprig.add(1, 2)}}")).hasMessageContaining("not supported");
        Scope item = scope.withItem(dev.orrery.core.model.Json.object().put("k", "v").put("n", 2));
        assertThat(item.expand("{{item.k}}-{{item.n}}")).isEqualTo("v-2");
        assertThat(item.expand("{{item}}")).isEqualTo("{\"k\":\"v\",\"n\":2}");
    }

    @Test
    void durationsReadGoAndSecondForms() {
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Durations.parse(" ")).isNull();
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("not a duration");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(Durations.format(Duration.ofSeconds(184))).isEqualTo("3m 04s");
    }
}
