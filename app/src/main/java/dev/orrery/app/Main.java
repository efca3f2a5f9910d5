package dev.orrery.app;

/** Entry point: the CLI when arguments are given. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Orrery");
    }
}
