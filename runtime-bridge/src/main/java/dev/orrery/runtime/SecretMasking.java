package dev.orrery.runtime;

import dev.orrery.core.validate.SecretNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hides the values of parameters whose name says secret ({@link SecretNames}, the rule
 * {@code validate} uses) wherever a run's state goes: {@code state.json}, the monitor, printed
 * lines. The value becomes {@link #MASK}; where a secret value also shows in a message or a
 * result (a {@code when} condition after substitution, say), it is replaced there too. Logs are
 * not masked. A masked value cannot be submitted again: see {@link #maskedSecrets}.
 */
public final class SecretMasking {
    /** What a secret value shows as. */
    public static final String MASK = "******";
    /** Values shorter than this are not searched for in messages (they would garble the text). */
    private static final int MIN_SEARCHED_LENGTH = 3;

    private SecretMasking() {
    }

    public static boolean isSecret(String name) {
        return SecretNames.isSecret(name);
    }

    /** The map with every secret-named value replaced by {@link #MASK}. */
    public static Map<String, String> mask(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>(values);
        out.replaceAll((name, value) -> value != null && isSecret(name) ? MASK : value);
        return out;
    }

    /** {@code name=value} for a printed line, the value masked when the name says secret. */
    public static String line(String name, String value) {
        return name + "=" + (value != null && isSecret(name) ? MASK : value);
    }

    /** The names of secret parameters whose value is the mask (they cannot be submitted again). */
    public static List<String> maskedSecrets(Map<String, String> values) {
        return values.entrySet().stream().filter(e -> isSecret(e.getKey()) && MASK.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * The state with secret parameters masked: the run's parameters, nodes' output parameters, and
     * the secret values wherever they appear in the run's and nodes' messages and results.
     * Returns the same object when there is nothing to hide.
     */
    public static RunState mask(RunState s) {
        List<String> secrets = new ArrayList<>();
        s.parameters().forEach((name, value) -> {
            if (isSecret(name) && value != null && !value.equals(MASK) && value.length() >= MIN_SEARCHED_LENGTH) {
                secrets.add(value);
            }
        });
        boolean namedOutputs = s.nodes().stream().anyMatch(n -> n.outputs().parameters().keySet().stream()
                .anyMatch(SecretMasking::isSecret));
        boolean namedParameters = s.parameters().keySet().stream().anyMatch(SecretMasking::isSecret);
        if (secrets.isEmpty() && !namedOutputs && !namedParameters) {
            return s;
        }
        secrets.sort(Comparator.comparingInt(String::length).reversed()); // "abcd" before "abc"
        List<NodeState> nodes = new ArrayList<>(s.nodes().size());
        for (NodeState n : s.nodes()) {
            Map<String, String> outputs = new LinkedHashMap<>(n.outputs().parameters());
            outputs.replaceAll((name, value) -> value == null ? null
                    : isSecret(name) ? MASK : hide(value, secrets));
            NodeOutputs o = new NodeOutputs(outputs, hide(n.outputs().result(), secrets), n.outputs().artifacts());
            nodes.add(new NodeState(n.id(), n.name(), n.stepName(), n.displayName(), n.templateName(), n.type(),
                    n.phase(), n.boundaryId(), n.children(), n.startedAt(), n.finishedAt(), hide(n.message(), secrets),
                    n.exitCode(), o, n.attempts(), n.resources()));
        }
        return new RunState(s.ref(), s.name(), s.pipelineName(), s.runtimeDisplayName(), s.phase(), s.startedAt(),
                s.finishedAt(), hide(s.message(), secrets), s.progress(), mask(s.parameters()), nodes, s.revision());
    }

    private static String hide(String text, List<String> secrets) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
