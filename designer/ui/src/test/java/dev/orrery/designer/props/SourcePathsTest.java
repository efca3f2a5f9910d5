package dev.orrery.designer.props;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.core.model.Json;
import org.junit.jupiter.api.Test;

/** The trigger form's settings read and written by path in a trigger's source. */
class SourcePathsTest {
    @Test
    void nestedAndListSettingsReadAndWriteBack() {
        ObjectNode s = Json.object();
        SourcePaths.write(s, "repositories.0.owner", false, "argoproj");
        SourcePaths.write(s, "repositories.0.names", true, "argo-events, argo-workflows");
        SourcePaths.write(s, "bucket.name", false, " input ");
        assertThat(s.toString()).isEqualTo("{\"repositories\":[{\"owner\":\"argoproj\",\"names\":[\"argo-events\","
                + "\"argo-workflows\"]}],\"bucket\":{\"name\":\"input\"}}");
        assertThat(SourcePaths.read(s, "repositories.0.names", true)).isEqualTo("argo-events, argo-workflows");
        assertThat(SourcePaths.read(s, "bucket.name", false)).isEqualTo("input");
        assertThat(SourcePaths.read(s, "filter.prefix", false)).isEmpty();
    }

    @Test
    void anEmptyValueEmptiesASettingThatIsThereAndAddsNothingOtherwise() {
        ObjectNode s = Json.object().put("url", "http://x");
        SourcePaths.write(s, "url", false, "");
        SourcePaths.write(s, "topic", false, "  ");
        assertThat(s.toString()).isEqualTo("{\"url\":\"\"}");
    }
}
