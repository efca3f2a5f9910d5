package dev.orrery.core.yaml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineIndexTest {

    @Test
    void resolvesArrayIndicesStrictlyAndFallsBackToTheNearestAncestor() throws Exception {
        LineIndex lines = YamlReader.defaults().read("list:\n  - a\n  - b\n  - c\n").get(0).lines();
        assertThat(lines.lineOf("/list/2")).isEqualTo(4);
        assertThat(lines.lineOf("/list/02")).as("leading zero is not an index").isEqualTo(1);
        assertThat(lines.lineOf("/list/-")).isEqualTo(1);
        assertThat(lines.lineOf("/list/3")).isEqualTo(1);
        assertThat(lines.lineOf("/list/99999999999")).isEqualTo(1);
        assertThat(lines.lineOf("/list/0/deeper")).as("below a scalar").isEqualTo(2);
    }

    @Test
    void decodesEscapesAndRejectsMalformedPointers() throws Exception {
        LineIndex lines = YamlReader.defaults().read("\"~\": 1\n\"/\": 2\n\"~1\": 3\n\"\": 4\n").get(0).lines();
        assertThat(lines.lineOf("/~0")).isEqualTo(1);
        assertThat(lines.lineOf("/~1")).isEqualTo(2);
        assertThat(lines.lineOf("/~01")).as("~01 is '~1', not '/'").isEqualTo(3);
        assertThat(lines.lineOf("/")).as("the empty key").isEqualTo(4);
        assertThat(lines.lineOf("/~2")).isZero();
        assertThat(lines.lineOf("/a~")).isZero();
        assertThat(lines.lineOf("no-slash")).isZero();
        assertThat(lines.lineOf(null)).isZero();
        assertThat(LineIndex.empty().lineOf("")).isZero();
    }

    @Test
    void looksUpKeysOfLargeMappings() throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            yaml.append("key").append(i).append(": ").append(i).append('\n');
        }
        LineIndex lines = YamlReader.defaults().read(yaml.toString()).get(0).lines();
        assertThat(lines.lineOf("/key0")).isEqualTo(1);
        assertThat(lines.lineOf("/key999")).isEqualTo(1000);
        assertThat(lines.lineOf("/key1000")).isEqualTo(1);
    }

    @Test
    void aScalarRootHasALine() throws Exception {
        LineIndex lines = YamlReader.defaults().read("# comment\n\nplain text\n").get(0).lines();
        assertThat(lines.lineOf("")).isEqualTo(3);
        assertThat(lines.lineOf("/x")).isEqualTo(3);
    }
}
