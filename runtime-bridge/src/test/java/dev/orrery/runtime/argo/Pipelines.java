package dev.orrery.runtime.argo;

import dev.orrery.core.io.LoadResult;
import dev.orrery.core.io.PipelineFiles;
import dev.orrery.core.model.Pipeline;

/** Pipelines for the Argo tests. */
public final class Pipelines {
    public static final String CHURN = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              generateName: churn-
            spec:
              entrypoint: main
              arguments:
                parameters:
                  - name: lr
                    value: "0.01"
              templates:
                - name: main
                  dag:
                    tasks:
                      - name: prepare
                        template: prepare
                      - name: train
                        template: train
                        dependencies: [prepare]
                      - name: evaluate
                        template: evaluate
                        dependencies: [train]
                - name: prepare
                  container:
                    image: python:3.12-slim
                    command: [python, -c, "print('prepared')"]
                  outputs:
                    artifacts:
                      - name: dataset
                        path: /tmp/data.csv
                - name: train
                  container:
                    image: python:3.12-slim
                    command: [python, -c, "print('trained')"]
                  outputs:
                    artifacts:
                      - name: model
                        path: /tmp/model.bin
                - name: evaluate
                  container:
                    image: python:3.12-slim
                    command: [python, -c, "print('evaluated')"]
            """;

    private Pipelines() {
    }

    static Pipeline churn() {
        LoadResult r = PipelineFiles.parse(CHURN, "churn.yaml");
        if (r.documents().size() != 1) {
            throw new AssertionError("churn pipeline did not load: " + r.diagnostics());
        }
        return r.documents().get(0).pipeline();
    }
}
