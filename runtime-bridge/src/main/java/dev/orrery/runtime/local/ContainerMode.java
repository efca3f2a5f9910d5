package dev.orrery.runtime.local;

import java.util.Optional;

/**
 * Where container steps run: on the host (their command, with the host's interpreters), or in
 * their image through the docker or podman command line. Script steps follow the same choice.
 */
public enum ContainerMode {
    HOST(null),
    DOCKER("docker"),
    PODMAN("podman");

    private final String cli;

    ContainerMode(String cli) {
        this.cli = cli;
    }

    /** The CLI's name, or null for HOST. */
    public String cli() {
        return cli;
    }

    /** True when this mode can be used here: always for HOST, else when the CLI is on the PATH. */
    public boolean available() {
        return cli == null || ProcessTrees.Executables.find(cli).isPresent();
    }

    /** The first container CLI found on the PATH (docker before podman). */
    public static Optional<ContainerMode> detect() {
        for (ContainerMode m : new ContainerMode[] {DOCKER, PODMAN}) {
            if (m.available()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
