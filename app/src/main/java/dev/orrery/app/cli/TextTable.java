package dev.orrery.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: text left, numbers right; the last column is not padded. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] numeric;

    TextTable(List<String> header) {
        this.header = List.copyOf(header);
        this.numeric = new boolean[header.size()];
    }

    /** Right-aligns the column (numbers). */
    TextTable numeric(int column) {
        numeric[column] = true;
        return this;
    }

    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row has " + cells.size() + " cells, the header " + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(header, width, out);
        for (List<String> r : rows) {
            line(r, width, out);
        }
        out.flush();
    }

    private void line(List<String> cells, int[] width, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(numeric[i] ? pad + c : c + pad);
        }
        out.println(sb.toString().stripTrailing());
    }
}
