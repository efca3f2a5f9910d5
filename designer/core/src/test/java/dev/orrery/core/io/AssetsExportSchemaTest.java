package dev.orrery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.argo.ArgoExporter;
import dev.orrery.core.model.ArgoKind;
import dev.orrery.core.model.Pipeline;
import dev.orrery.core.model.Schedule;
import dev.orrery.core.testing.ArgoSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pipeline shipped in {@code assets/}, exported as every Argo kind, passes Argo's JSON schema as
 * published (the one editors and CI linters use): resource quantities are strings, a CronWorkflow
 * has {@code schedules}, no field Argo does not know.
 */
class AssetsExportSchemaTest {
    private static final Path ASSETS = Path.of("..", "..", "assets");

    static Stream<Arguments> exports() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ASSETS)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).as("the samples in " + ASSETS.toAbsolutePath()).isNotEmpty();
        List<Arguments> all = new ArrayList<>();
        for (Path f : files) {
            for (ArgoKind kind : ArgoKind.values()) {
                all.add(Arguments.of(ASSETS.relativize(f).toString(), kind));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("exports")
    void theExportPassesThePublishedSchema(String file, ArgoKind kind) throws IOException {
        LoadResult loaded = PipelineFiles.read(ASSETS.resolve(file));
        assertThat(loaded.documents()).as(file).isNotEmpty();
        for (LoadedDocument d : loaded.documents()) {
            Pipeline p = d.pipeline().copy();
            if (kind == ArgoKind.CRON_WORKFLOW && (p.schedule == null || p.schedule.crons.isEmpty())) {
                p.schedule = Schedule.of("0 3 * * *"); // export refuses a CronWorkflow without one
            }
            JsonNode exported = new ArgoExporter().export(p, kind);
            assertThat(ArgoSchema.validatePublished(exported)).as(file + " as " + kind).isEmpty();
        }
    }
}
