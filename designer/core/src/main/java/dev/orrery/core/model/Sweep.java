package dev.orrery.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parameter sweep: one or more parameters, each with a list of values or a numeric range, combined
 * as a product (every combination, the last parameter varying fastest, as Python's
 * {@code itertools.product}) or zipped (the i-th value of each). It expands to the step's loop items,
 * one object per run ({@code {"lr": 0.1, "batch": 32}}, used as {@code {{item.lr}}}).
 */
public final class Sweep {
    /** The most runs a sweep may expand to; more is a mistake (a range with a tiny step) more often than not. */
    public static final int MAX_ITEMS = 10_000;

    /** How the parameters' values are combined. */
    public enum Mode {
        PRODUCT, ZIP;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode fromId(String id) {
            for (Mode m : values()) {
                if (m.id().equals(id)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** One swept parameter: {@link #values}, or a range from {@link #start} to {@link #stop} (inclusive) by {@link #step}. */
    public static final class Axis {
        public String name;
        public ArrayNode values;
        public BigDecimal start;
        public BigDecimal stop;
        public BigDecimal step;

        public static Axis list(String name, ArrayNode values) {
            Axis a = new Axis();
            a.name = name;
            a.values = values;
            return a;
        }

        public static Axis range(String name, BigDecimal start, BigDecimal stop, BigDecimal step) {
            Axis a = new Axis();
            a.name = name;
            a.start = start;
            a.stop = stop;
            a.step = step;
            return a;
        }

        public boolean isRange() {
            return values == null;
        }

        /** The axis' values in order. @throws IllegalArgumentException saying what is wrong */
        public List<JsonNode> expand() {
            List<JsonNode> out = new ArrayList<>();
            if (!isRange()) {
                values.forEach(out::add);
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("parameter " + name + " has no values");
                }
                return out;
            }
            if (start == null || stop == null || step == null) {
                throw new IllegalArgumentException("parameter " + name + " needs a start, a stop and a step");
            }
            if (step.signum() == 0 || step.signum() != stop.subtract(start).signum() && stop.compareTo(start) != 0) {
                throw new IllegalArgumentException("parameter " + name + ": a step of " + step.toPlainString()
                        + " never gets from " + start.toPlainString() + " to " + stop.toPlainString());
            }
            for (BigDecimal v = start; step.signum() > 0 ? v.compareTo(stop) <= 0 : v.compareTo(stop) >= 0;
                    v = v.add(step)) {
                if (out.size() >= MAX_ITEMS) {
                    throw new IllegalArgumentException("parameter " + name + " has more than " + MAX_ITEMS
                            + " values; use a larger step");
                }
                out.add(number(v));
            }
            return out;
        }

        public Axis copy() {
            Axis a = new Axis();
            a.name = name;
            a.values = Json.copy(values);
            a.start = start;
            a.stop = stop;
            a.step = step;
            return a;
        }
    }

    public Mode mode = Mode.PRODUCT;
    public List<Axis> axes = new ArrayList<>();

    /** The loop items: one object per run, keys in axis order. @throws IllegalArgumentException saying what is wrong */
    public ArrayNode items() {
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one parameter");
        }
        Set<String> names = new HashSet<>();
        List<List<JsonNode>> columns = new ArrayList<>();
        for (Axis a : axes) {
            if (a.name == null || a.name.isBlank()) {
                throw new IllegalArgumentException("a swept parameter has no name");
            }
            if (!names.add(a.name)) {
                throw new IllegalArgumentException("parameter " + a.name + " is swept twice");
            }
            columns.add(a.expand());
        }
        ArrayNode items = Json.array();
        if (mode == Mode.ZIP) {
            int n = columns.get(0).size();
            for (int i = 1; i < columns.size(); i++) {
                if (columns.get(i).size() != n) {
                    throw new IllegalArgumentException("zipped parameters need as many values each: "
                            + axes.get(0).name + " has " + n + ", " + axes.get(i).name + " has " + columns.get(i).size());
                }
            }
            for (int i = 0; i < n; i++) {
                ObjectNode item = items.addObject();
                for (int c = 0; c < columns.size(); c++) {
                    item.set(axes.get(c).name, columns.get(c).get(i));
                }
            }
            return items;
        }
        long total = 1;
        for (List<JsonNode> c : columns) {
            total *= c.size();
            if (total > MAX_ITEMS) {
                throw new IllegalArgumentException("the sweep makes more than " + MAX_ITEMS + " runs; sweep fewer"
                        + " values or zip the parameters");
            }
        }
        int[] at = new int[columns.size()];
        for (long i = 0; i < total; i++) {
            ObjectNode item = items.addObject();
            for (int c = 0; c < columns.size(); c++) {
                item.set(axes.get(c).name, columns.get(c).get(at[c]));
            }
            for (int c = columns.size() - 1; c >= 0; c--) {
                if (++at[c] < columns.get(c).size()) {
                    break;
                }
                at[c] = 0;
            }
        }
        return items;
    }

    /** How many runs, or -1 when the sweep does not expand (see {@link #items()}). */
    public int size() {
        try {
            return items().size();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    public Sweep copy() {
        Sweep s = new Sweep();
        s.mode = mode;
        axes.forEach(a -> s.axes.add(a.copy()));
        return s;
    }

    /** A whole number as an int or long node, else a double node (0.1 stays 0.1: ranges add in decimal). */
    static JsonNode number(BigDecimal v) {
        BigDecimal n = v.stripTrailingZeros();
        if (n.scale() <= 0) {
            try {
                long l = n.longValueExact();
                return l == (int) l ? Json.F.numberNode((int) l) : Json.F.numberNode(l);
            } catch (ArithmeticException tooBig) {
                return Json.F.numberNode(n);
            }
        }
        return Json.F.numberNode(n.doubleValue());
    }
}
