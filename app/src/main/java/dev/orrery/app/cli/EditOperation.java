package dev.orrery.app.cli;

import dev.orrery.core.model.Template;
import dev.orrery.designer.doc.DesignDocument;
import dev.orrery.designer.doc.Names;
import dev.orrery.designer.job.Job;
import dev.orrery.designer.job.PipelineEdits;

/**
 * One operation of {@code orrery edit}, as written on the command line ({@code --set-image train=img:2}).
 * It becomes the designer's own edit job ({@link PipelineEdits}), so the command and the property
 * sheet change a pipeline the same way.
 */
record EditOperation(String option, String name, String value) {

    /** An operation that names something the pipeline lacks, or a value it cannot take: a usage error. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static final java.util.List<String> OPTIONS = java.util.List.of("--set-image", "--set-param", "--set-gpu",
            "--rename-step", "--remove-step");

    /** {@code NAME=VALUE} (or {@code NAME} for --remove-step) split; a missing '=' is refused. */
    static EditOperation parse(String option, String argument) throws Refused {
        if (option.equals("--remove-step")) {
            if (argument.isBlank()) {
                throw new Refused(option + " needs a step name");
            }
            return new EditOperation(option, argument.trim(), null);
        }
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new Refused(option + " takes NAME=VALUE, not '" + argument + "'");
        }
        return new EditOperation(option, argument.substring(0, eq).trim(), argument.substring(eq + 1));
    }

    /** The job for this operation on {@code doc}; refused when its template or step is not there. */
    Job job(DesignDocument doc) throws Refused {
        return switch (option) {
            case "--set-image" -> {
                containerTemplate(doc);
                String image = value.trim();
                if (image.isEmpty() || image.contains(" ")) {
                    throw new Refused(option + " " + name + ": '" + value + "' is not an image name");
                }
                yield PipelineEdits.setImage(doc, name, image);
            }
            case "--set-gpu" -> {
                containerTemplate(doc);
                if (!value.trim().matches("\\d{1,3}")) {
                    throw new Refused(option + " " + name + ": '" + value + "' is not a whole number of GPUs");
                }
                yield PipelineEdits.setGpuCount(doc, name, Integer.parseInt(value.trim()));
            }
            case "--set-param" -> {
                if (!name.matches("[a-zA-Z0-9_-]+")) {
                    throw new Refused(option + ": '" + name + "' is not a parameter name");
                }
                yield PipelineEdits.setParameter(doc, name, value);
            }
            case "--rename-step" -> {
                graphStep(doc, name);
                String newName = value.trim();
                String problem = Names.problem(newName);
                if (problem != null) {
                    throw new Refused(option + " " + name + ": '" + newName + "' is not a step name: " + problem);
                }
                if (doc.graph().step(newName).isPresent()) {
                    throw new Refused(option + " " + name + ": a step named '" + newName + "' exists already");
                }
                yield PipelineEdits.renameStep(doc, name, newName);
            }
            case "--remove-step" -> {
                graphStep(doc, name);
                yield PipelineEdits.removeStep(doc, name);
            }
            default -> throw new IllegalStateException("unknown edit option " + option);
        };
    }

    private void containerTemplate(DesignDocument doc) throws Refused {
        Template t = doc.pipeline().template(name).orElseThrow(() -> new Refused(option + ": no template named '"
                + name + "'; templates: " + String.join(", ", doc.pipeline().templates.stream().map(x -> x.name)
                        .toList())));
        if (t.container == null) {
            throw new Refused(option + ": template '" + name + "' runs no container or script");
        }
    }

    private void graphStep(DesignDocument doc, String step) throws Refused {
        if (doc.graph() == null) {
            throw new Refused(option + ": the entrypoint '" + doc.pipeline().entrypoint
                    + "' is not a DAG or steps template, so it has no steps to edit");
        }
        if (doc.graph().step(step).isEmpty()) {
            throw new Refused(option + ": no step named '" + step + "' in the entrypoint graph; steps: "
                    + String.join(", ", doc.graph().steps.stream().map(s -> s.name).toList()));
        }
    }

    @Override
    public String toString() {
        return option + " " + name + (value == null ? "" : "=" + value);
    }
}
