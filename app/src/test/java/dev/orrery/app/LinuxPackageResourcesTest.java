package dev.orrery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Linux packages are built from (installers/check-linux-package.sh builds and installs the
 * real deb; this runs in every build): the dependencies JavaFX needs, the menu entry's icon, and the
 * {@code orrery} command on the PATH, in scripts that the shell accepts.
 */
class LinuxPackageResourcesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void packagesDependOnGtk3AndHaveAMenuEntryWithTheIcon() throws IOException {
        String jpackage = Files.readString(ROOT.resolve("installers/jpackage.sh"));

        assertThat(jpackage).contains("deps=\"libgtk-3-0, libxtst6\"", "deps=\"gtk3, libXtst\"",
                "--linux-package-deps", "--linux-shortcut", "--linux-menu-group", "--icon \"$root/assets/icons/orrery.png\"",
                "--resource-dir \"$root/installers/linux\"");
    }

    @Test
    void theIconIsA256PixelPng() throws IOException {
        byte[] png = Files.readAllBytes(ROOT.resolve("assets/icons/orrery.png"));
        ByteBuffer header = ByteBuffer.wrap(png);

        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(header.getInt(16)).as("width").isEqualTo(256);
        assertThat(header.getInt(20)).as("height").isEqualTo(256);
        assertThat(ROOT.resolve("assets/icons/orrery.svg")).exists();
    }

    @Test
    void theDebLinksTheCommandOnInstallAndRemovesItOnRemoval() throws Exception {
        String postinst = Files.readString(ROOT.resolve("installers/linux/postinst"));
        String prerm = Files.readString(ROOT.resolve("installers/linux/prerm"));

        assertThat(postinst).contains("ln -sf /opt/orrery/bin/Orrery /usr/bin/orrery", "DESKTOP_COMMANDS_INSTALL");
        assertThat(prerm).contains("rm -f /usr/bin/orrery", "DESKTOP_COMMANDS_UNINSTALL");
        assertThat(shellAccepts(postinst)).isTrue();
        assertThat(shellAccepts(prerm)).isTrue();
    }

    @Test
    void theRpmOwnsTheCommandsLink() throws IOException {
        String spec = Files.readString(ROOT.resolve("installers/linux/orrery.spec"));

        assertThat(spec).contains("ln -s APPLICATION_DIRECTORY/bin/Orrery %{buildroot}/usr/bin/orrery")
                .containsPattern("(?m)^%files\\nAPPLICATION_DIRECTORY\\n/usr/bin/orrery$");
    }

    /** {@code sh -n} on the script as jpackage would fill it in (each of its upper-case words made a command). */
    private boolean shellAccepts(String script) throws Exception {
        Path filled = dir.resolve("script.sh");
        Files.writeString(filled, script.replaceAll("(?m)^[A-Z][A-Z_]{7,}$", "true"));
        Process sh = new ProcessBuilder("sh", "-n", filled.toString()).inheritIO().start();
        return sh.waitFor(30, TimeUnit.SECONDS) && sh.exitValue() == 0;
    }
}
