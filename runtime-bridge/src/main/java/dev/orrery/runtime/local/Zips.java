package dev.orrery.runtime.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A folder artifact as a zip archive, built in a temporary file that goes away when the stream is closed. */
final class Zips {
    private Zips() {
    }

    static InputStream of(Path dir) throws IOException {
        Path zip = Files.createTempFile("orrery-artifact-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted()
                    .toList(); // links are not followed out of the run
            for (Path f : files) {
                out.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return Files.newInputStream(zip, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE);
    }
}
