package dev.orrery.app.cli;

import dev.orrery.core.text.DurationText;
import dev.orrery.runtime.NodeState;
import dev.orrery.runtime.NodeType;
import dev.orrery.runtime.Phase;
import dev.orrery.runtime.PhaseStyle;
import dev.orrery.runtime.RunState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one phase-line printer of the CLI ({@code orrery run}, {@code submit --watch}, {@code runs watch},
 * for every engine): a line whenever a step's phase changes — time, the shared phase symbol, step,
 * phase, duration, attempt and message — and a summary line at the end.
 */
final class PhaseLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private final PrintWriter out;
    private final Map<String, String> seen = new HashMap<>();

    PhaseLines(PrintWriter out) {
        this.out = out;
    }

    /** Prints the nodes whose phase (or attempt) changed since the last snapshot. */
    void print(RunState s) {
        for (NodeState n : s.nodes()) {
            if (!shown(s, n)) {
                continue;
            }
            String key = n.phase() + "/" + n.attempts();
            if (key.equals(seen.get(n.id()))) {
                continue;
            }
            seen.put(n.id(), key);
            if (n.phase() == Phase.PENDING) {
                continue;
            }
            PhaseStyle style = PhaseStyle.of(n.phase());
            StringBuilder line = new StringBuilder();
            line.append(time(at(n))).append("  ").append(style.cliSymbol()).append(' ')
                    .append(String.format(Locale.ROOT, "%-28s %-9s", n.displayName(), style.label()));
            if (n.phase().isFinished() && n.startedAt() != null && n.finishedAt() != null) {
                line.append(String.format(Locale.ROOT, " %7s",
                        DurationText.of(Duration.between(n.startedAt(), n.finishedAt()))));
            }
            if (n.phase() == Phase.RUNNING && n.attempts() > 1) {
                line.append("  attempt ").append(n.attempts());
            }
            if (n.message() != null) {
                line.append("  ").append(n.message());
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** Steps that did the work, skipped steps (with why), and fan-outs that could not start. */
    private static boolean shown(RunState s, NodeState n) {
        if (n.id().equals(s.id())) {
            return false;
        }
        NodeType t = n.type();
        return t.isLeaf() || t == NodeType.SKIPPED
                || (n.phase() == Phase.ERROR && (t == NodeType.TASK_GROUP || t == NodeType.STEP_GROUP));
    }

    /** A note between the phase lines, with the time. */
    void note(String message) {
        out.println(time(Instant.now()) + "  " + message);
        out.flush();
    }

    /** {@code HH:MM:SS.mmm  run NAME Phase[: message] (done/total steps, duration)}. */
    void summary(RunState s) {
        out.println(time(s.finishedAt() != null ? s.finishedAt() : Instant.now()) + "  run " + s.id() + " "
                + s.phase().argoName() + (s.message() == null ? "" : ": " + s.message()) + " (" + s.progress()
                + " steps, " + DurationText.of(s.duration(Instant.now())) + ")");
        out.flush();
    }

    static String time(Instant at) {
        return LocalTime.ofInstant(at, ZoneId.systemDefault()).format(TIME);
    }

    private static Instant at(NodeState n) {
        if (n.finishedAt() != null) {
            return n.finishedAt();
        }
        return n.startedAt() != null && n.attempts() <= 1 ? n.startedAt() : Instant.now();
    }
}
