package dev.orrery.runtime.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A comparison as CSV (RFC 4180), one row per run: {@code run, source, pipeline, phase, duration_s},
 * then {@code params.NAME} per parameter and {@code metrics.STEP/METRIC} per shown metric (a series
 * gives its last value). The prefixes keep a parameter called {@code phase} apart from the column, as
 * MLflow's exports do. Numbers are written in full precision with a dot; a missing value is empty.
 */
public final class ComparisonCsv {
    private ComparisonCsv() {
    }

    public static String of(RunComparison comparison) {
        StringBuilder sb = new StringBuilder();
        write(comparison, sb);
        return sb.toString();
    }

    public static void write(RunComparison comparison, Appendable out) {
        try {
            List<String> header = new ArrayList<>(List.of("run", "source", "pipeline", "phase", "duration_s"));
            comparison.parameters().forEach(p -> header.add("params." + p));
            comparison.metrics().forEach(m -> header.add("metrics." + m));
            line(header, out);
            for (ComparedRun r : comparison.runs()) {
                List<String> cells = new ArrayList<>();
                cells.add(r.label());
                cells.add(r.source());
                cells.add(r.pipeline() == null ? "" : r.pipeline());
                cells.add(r.phase().argoName());
                cells.add(r.duration() == null ? "" : seconds(r.duration().toMillis()));
                comparison.parameters().forEach(p -> cells.add(r.parameters().getOrDefault(p, "")));
                for (String m : comparison.metrics()) {
                    OptionalDouble v = r.value(m);
                    cells.add(v.isPresent() ? number(v.getAsDouble()) : "");
                }
                line(cells, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as it was written: no exponent for everyday values, no trailing {@code .0} for integers. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static void line(List<String> cells, Appendable out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
