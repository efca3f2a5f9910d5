package dev.orrery.designer.canvas;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/**
 * The steps and edges of a {@link GraphGeometry} by the square cells of the world they touch, so
 * that the picture finds what meets the view without reading every step and edge of the graph on
 * each frame (5 ms at 10,000 steps). An edge whose bounds span very many cells is kept in a list
 * read on every query instead. Answers are candidates in ascending order; callers still test them.
 */
final class GeometryGrid {
    /** Cell side in world units: a view at 100 % covers a few. */
    private static final double CELL = 1000;
    /** Edges whose bounds touch more cells than this are read on every query. */
    private static final int MAX_CELLS = 64;

    private final Map<Long, int[]> steps = new HashMap<>();
    private final Map<Long, int[]> edges = new HashMap<>();
    private final int[] longEdges;
    /** Query stamps per step and per edge: each candidate is given once per query. */
    private final int[] stepSeen;
    private final int[] edgeSeen;
    private int query;

    GeometryGrid(GraphGeometry geo) {
        Map<Long, int[]> stepCells = new HashMap<>();
        for (int i = 0; i < geo.x.length; i++) {
            if (!Double.isNaN(geo.x[i])) {
                addTo(stepCells, i, geo.x[i], geo.y[i], geo.x[i] + NodeView.WIDTH, geo.y[i] + NodeView.HEIGHT);
            }
        }
        trimInto(stepCells, steps);
        Map<Long, int[]> edgeCells = new HashMap<>();
        int[] far = new int[16];
        int farCount = 0;
        double[] e = geo.edges;
        for (int k = 0; k < geo.edgeCount(); k++) {
            double x1 = Math.min(e[4 * k], e[4 * k + 2]);
            double x2 = Math.max(e[4 * k], e[4 * k + 2]);
            double y1 = Math.min(e[4 * k + 1], e[4 * k + 3]);
            double y2 = Math.max(e[4 * k + 1], e[4 * k + 3]);
            long cells = (cell(x2) - cell(x1) + 1L) * (cell(y2) - cell(y1) + 1L);
            if (cells > MAX_CELLS) {
                far = farCount == far.length ? Arrays.copyOf(far, farCount * 2) : far;
                far[farCount++] = k;
            } else {
                addTo(edgeCells, k, x1, y1, x2, y2);
            }
        }
        trimInto(edgeCells, edges);
        longEdges = Arrays.copyOf(far, farCount);
        stepSeen = new int[geo.x.length];
        edgeSeen = new int[geo.edgeCount()];
    }

    /** The steps whose boxes may meet a world rectangle, ascending. */
    int[] steps(Rectangle2D area) {
        query++;
        return collect(steps, area, stepSeen, new int[0]);
    }

    /** The edges whose bounds may meet a world rectangle, ascending. */
    int[] edges(Rectangle2D area) {
        query++;
        return collect(edges, area, edgeSeen, longEdges);
    }

    private int[] collect(Map<Long, int[]> byCell, Rectangle2D area, int[] seen, int[] always) {
        int[] out = new int[64];
        int n = 0;
        for (int k : always) {
            seen[k] = query;
            out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
            out[n++] = k;
        }
        int cx1 = cell(Math.max(area.getMinX(), -1e12));
        int cx2 = cell(Math.min(area.getMaxX(), 1e12));
        int cy1 = cell(Math.max(area.getMinY(), -1e12));
        int cy2 = cell(Math.min(area.getMaxY(), 1e12));
        if ((long) (cx2 - cx1 + 1) * (cy2 - cy1 + 1) > byCell.size()) {
            // a rectangle wider than the graph: every cell held is in it
            for (int[] members : byCell.values()) {
                for (int k : members) {
                    if (k >= 0 && seen[k] != query) {
                        seen[k] = query;
                        out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
                        out[n++] = k;
                    }
                }
            }
        } else {
            for (int cx = cx1; cx <= cx2; cx++) {
                for (int cy = cy1; cy <= cy2; cy++) {
                    int[] members = byCell.get(key(cx, cy));
                    if (members == null) {
                        continue;
                    }
                    for (int k : members) {
                        if (k >= 0 && seen[k] != query) {
                            seen[k] = query;
                            out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
                            out[n++] = k;
                        }
                    }
                }
            }
        }
        int[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    /** Adds an item to every cell its bounds touch (cell lists grow by doubling; unused slots are -1). */
    private static void addTo(Map<Long, int[]> cells, int item, double x1, double y1, double x2, double y2) {
        for (int cx = cell(x1); cx <= cell(x2); cx++) {
            for (int cy = cell(y1); cy <= cell(y2); cy++) {
                cells.merge(key(cx, cy), new int[] {item, -1}, GeometryGrid::append);
            }
        }
    }

    /** Puts an item in the first free slot of a cell's list, doubling the list when full. */
    private static int[] append(int[] list, int[] one) {
        int free = list.length;
        for (int i = list.length - 1; i >= 0 && list[i] < 0; i--) {
            free = i;
        }
        int[] out = free == list.length ? grow(list) : list;
        out[free] = one[0];
        return out;
    }

    private static int[] grow(int[] list) {
        int[] out = Arrays.copyOf(list, list.length * 2);
        Arrays.fill(out, list.length, out.length, -1);
        return out;
    }

    private static void trimInto(Map<Long, int[]> from, Map<Long, int[]> to) {
        from.forEach((k, list) -> to.put(k, Arrays.stream(list).filter(i -> i >= 0).toArray()));
    }

    private static int cell(double world) {
        return (int) Math.floor(world / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
