package dev.orrery.designer.palette;

/**
 * The scripts a new palette step starts with. Each runs with {@code python3} and its standard library
 * alone, so a pipeline built from the palette runs on this computer before its author has written a
 * line (the local runner uses the host's {@code python3}, not the step's image). Each writes the
 * outputs its step declares, at the declared paths. They are placeholders: the comments say where the
 * real work goes and that the image is the place for packages such as pandas or torch.
 */
public final class DefaultScripts {
    /** Writes a small labelled CSV to {@code /tmp/data.csv} (the step's {@code dataset} artifact). */
    public static final String DATA_PREP = """
            import csv
            import random

            # Read, clean and write your data here. Packages such as pandas belong in the image;
            # this placeholder uses only the standard library, so it also runs on this computer.
            rng = random.Random(42)
            with open("/tmp/data.csv", "w", newline="") as f:
                out = csv.writer(f)
                out.writerow(["x", "y"])
                for _ in range(100):
                    x = rng.uniform(0, 10)
                    out.writerow([f"{x:.3f}", f"{2 * x + 1 + rng.gauss(0, 0.5):.3f}"])
            print("wrote 100 rows to /tmp/data.csv")
            """;

    /** Fits a line by gradient descent on generated points and prints the loss per epoch. */
    public static final String TRAIN = """
            import random

            # Train your model here (the image brings torch and CUDA on the cluster). This placeholder
            # fits y = a*x + b with the standard library, so it also runs on this computer.
            rng = random.Random(0)
            points = [(x, 2 * x + 1 + rng.gauss(0, 0.1)) for x in (rng.uniform(0, 1) for _ in range(200))]
            a, b = 0.0, 0.0
            for epoch in range(1, 51):
                ga = sum((a * x + b - y) * x for x, y in points) / len(points)
                gb = sum((a * x + b - y) for x, y in points) / len(points)
                a, b = a - 0.5 * ga, b - 0.5 * gb
                if epoch % 10 == 0:
                    loss = sum((a * x + b - y) ** 2 for x, y in points) / len(points)
                    print(f"epoch {epoch}: loss {loss:.4f}")
            """;

    /** Writes the step's {@code accuracy} output to {@code /tmp/accuracy} and prints the metrics. */
    public static final String EVALUATE = """
            import json

            # Evaluate your model here and write its accuracy to /tmp/accuracy (the step's output).
            metrics = {"accuracy": 0.9}
            with open("/tmp/accuracy", "w") as f:
                f.write(str(metrics["accuracy"]))
            print(json.dumps(metrics))
            """;

    /** One training run of a sweep: reads its learning rate from the step's {@code lr} input. */
    public static final String SWEEP = """
            # One run of the sweep: train with this learning rate (the image brings your libraries).
            lr = float("{{inputs.parameters.lr}}")
            print(f"training with learning rate {lr}")
            """;

    /** A script step's first line. */
    public static final String SCRIPT = "print('hello')\n";

    private DefaultScripts() {
    }
}
