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

    /**
     * Fits {@code y = a*x + b} to the {@code dataset} input ({@code /data/dataset.csv}) and writes the
     * {@code model} ({@code /tmp/model.json}) and {@code metrics} ({@code /tmp/metrics.json}) outputs.
     */
    public static final String TRAIN = """
            import csv
            import json

            # Train your model here (the image brings torch and CUDA on the cluster). This placeholder
            # fits y = a*x + b with the standard library, so it also runs on this computer.
            with open("/data/dataset.csv") as f:
                points = [(float(r["x"]), float(r["y"])) for r in csv.DictReader(f)]
            a, b = 0.0, 0.0
            for epoch in range(1, 201):
                ga = sum((a * x + b - y) * x for x, y in points) / len(points)
                gb = sum((a * x + b - y) for x, y in points) / len(points)
                a, b = a - 0.02 * ga, b - 0.02 * gb
            loss = sum((a * x + b - y) ** 2 for x, y in points) / len(points)
            print(f"trained {epoch} epochs: loss {loss:.4f}")
            with open("/tmp/model.json", "w") as f:
                json.dump({"a": a, "b": b}, f)
            with open("/tmp/metrics.json", "w") as f:
                json.dump({"train_loss": round(loss, 4)}, f)
            """;

    /**
     * Scores the {@code model} input ({@code /data/model.json}) on the {@code dataset} input
     * ({@code /data/dataset.csv}); writes the {@code metrics} artifact and the {@code accuracy} parameter.
     */
    public static final String EVALUATE = """
            import csv
            import json

            # Evaluate your model here: this placeholder counts predictions within 1.0 of the truth.
            with open("/data/model.json") as f:
                model = json.load(f)
            with open("/data/dataset.csv") as f:
                points = [(float(r["x"]), float(r["y"])) for r in csv.DictReader(f)]
            hits = sum(abs(model["a"] * x + model["b"] - y) < 1.0 for x, y in points)
            metrics = {"accuracy": round(hits / len(points), 2)}
            with open("/tmp/metrics.json", "w") as f:
                json.dump(metrics, f)
            with open("/tmp/accuracy", "w") as f:
                f.write(str(metrics["accuracy"]))
            print(json.dumps(metrics))
            """;

    /**
     * Checks the {@code model} input ({@code /data/model.json}) and records where it would be served
     * ({@code /tmp/endpoint}, the step's {@code endpoint} output), so a palette pipeline runs here too.
     */
    public static final String DEPLOY = """
            import hashlib
            import json

            # Hand the model to your serving platform here (kubectl, KServe, a model registry, ...).
            # This placeholder checks the model and records where it would be served.
            with open("/data/model.json", "rb") as f:
                data = f.read()
            json.loads(data)  # a model that does not parse stops the deploy
            digest = hashlib.sha256(data).hexdigest()[:12]
            endpoint = f"http://model-{digest}.models.svc:8080/predict"
            with open("/tmp/endpoint", "w") as f:
                f.write(endpoint)
            print(f"model {digest} ({len(data)} bytes) would be served at {endpoint}")
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
