package dev.orrery.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunEnginesTest {
    @Test
    void closeNamesAreTyposPrefixesAndPartsNearestFirst() {
        List<String> names = List.of("local-sweep-ab3cd", "local-sweep-zz9yy", "local-ml-q1w2e", "churn-x7k2p");
        assertThat(RunEngines.closeNames("local-swep-ab3cd", names)).first().isEqualTo("local-sweep-ab3cd");
        assertThat(RunEngines.closeNames("local-sweep", names)).containsExactlyInAnyOrder("local-sweep-ab3cd",
                "local-sweep-zz9yy");
        assertThat(RunEngines.closeNames("x7k2p", names)).containsExactly("churn-x7k2p");
        assertThat(RunEngines.closeNames("nope", names)).isEmpty();
    }

    @Test
    void aTableAlignsTextLeftAndNumbersRight() {
        StringWriter out = new StringWriter();
        new TextTable(List.of("RUN", "VALUE")).numeric(1).row(List.of("a-long-name", "1.5"))
                .row(List.of("b", "10")).print(new PrintWriter(out));
        assertThat(out.toString().lines()).containsExactly("RUN          VALUE", "a-long-name    1.5",
                "b               10");
    }
}
