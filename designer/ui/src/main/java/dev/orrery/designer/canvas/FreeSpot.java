package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the nearest place on the grid where new steps do not overlap existing ones (with one grid
 * unit of clearance), so a step added by double-click or paste never lands on top of another.
 * Existing boxes are hashed into cells the size of a box, so each candidate place is checked against
 * the few boxes near it, not against every step of a large graph. Candidates are tried ring by ring
 * around the wanted place (nearest first within a ring; equally near: below, then right).
 */
public final class FreeSpot {
    /** Clearance kept between boxes (world units). */
    static final double GAP = GraphCanvas.GRID;
    /** How many grid units away the search gives up (then the wanted place is used as it is). */
    private static final int MAX_RINGS = 300;
    private static final double CELL_W = NodeView.WIDTH + GAP;
    private static final double CELL_H = NodeView.HEIGHT + GAP;
    /** The rings' offsets, made once: {@code dx, dy} pairs, nearest first (see {@link #ring}). */
    private static final int[][] RINGS = new int[MAX_RINGS + 1][];

    // The boxes hashed by cell with open addressing on primitive keys: a search in a dense graph of
    // thousands of steps checks hundreds of thousands of candidate places, and a boxed map lookup
    // per check made a drop take a quarter of a second.
    private final long[] slotKeys;
    private final int[] slotFirst;
    private final int[] nextInCell;
    private final double[] xs;
    private final double[] ys;

    /** @param occupied top-left corners of the boxes already on the canvas (nulls are skipped) */
    public FreeSpot(Collection<Position> occupied) {
        int n = 0;
        for (Position p : occupied) {
            n += p == null ? 0 : 1;
        }
        xs = new double[n];
        ys = new double[n];
        nextInCell = new int[n];
        int slots = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        slotKeys = new long[slots];
        slotFirst = new int[slots];
        java.util.Arrays.fill(slotFirst, -1);
        int i = 0;
        for (Position p : occupied) {
            if (p != null) {
                xs[i] = p.x();
                ys[i] = p.y();
                int slot = slotOf(key(cell(p.x(), CELL_W), cell(p.y(), CELL_H)), true);
                nextInCell[i] = slotFirst[slot];
                slotFirst[slot] = i;
                i++;
            }
        }
    }

    /** The free grid place nearest to {@code wanted} (snapped to the grid) for one new box. */
    public Position near(Position wanted) {
        Position start = CanvasEdits.snap(wanted);
        Position offset = offsetFor(List.of(start), new Position(0, 0));
        return new Position(start.x() + offset.x(), start.y() + offset.y());
    }

    /**
     * The grid offset nearest to {@code wanted} that moves every box of a group (pasted steps,
     * keeping their arrangement) to places where none overlaps an existing box.
     */
    public Position offsetFor(List<Position> group, Position wanted) {
        double g = GraphCanvas.GRID;
        for (int k = 0; k <= MAX_RINGS; k++) {
            int[] ring = ring(k);
            for (int r = 0; r < ring.length; r += 2) {
                double dx = wanted.x() + ring[r] * g;
                double dy = wanted.y() + ring[r + 1] * g;
                if (allFree(group, dx, dy)) {
                    return new Position(dx, dy);
                }
            }
        }
        return wanted;
    }

    private boolean allFree(List<Position> group, double dx, double dy) {
        for (Position p : group) {
            if (p != null && !isFree(p.x() + dx, p.y() + dy)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a box at (x, y) keeps its clearance from every existing box. */
    public boolean isFree(double x, double y) {
        long cx = cell(x, CELL_W);
        long cy = cell(y, CELL_H);
        for (long i = cx - 1; i <= cx + 1; i++) {
            for (long j = cy - 1; j <= cy + 1; j++) {
                int slot = slotOf(key(i, j), false);
                for (int b = slot < 0 ? -1 : slotFirst[slot]; b >= 0; b = nextInCell[b]) {
                    if (Math.abs(xs[b] - x) < CELL_W && Math.abs(ys[b] - y) < CELL_H) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The slot of a cell key (linear probing): its own, else an empty one if {@code claim}, else -1. */
    private int slotOf(long key, boolean claim) {
        int mask = slotKeys.length - 1;
        for (int slot = (int) (mix(key) & mask); ; slot = (slot + 1) & mask) {
            if (slotFirst[slot] < 0) {
                if (!claim) {
                    return -1;
                }
                slotKeys[slot] = key;
                return slot;
            }
            if (slotKeys[slot] == key) {
                return slot;
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** The grid offsets at Chebyshev distance {@code k} as {@code dx, dy} pairs, nearest (Euclidean) first. */
    private static synchronized int[] ring(int k) {
        if (RINGS[k] == null) {
            RINGS[k] = makeRing(k);
        }
        return RINGS[k];
    }

    private static int[] makeRing(int k) {
        List<int[]> out = new ArrayList<>(Math.max(1, 8 * k));
        if (k == 0) {
            out.add(new int[] {0, 0});
        }
        for (int i = -k; k > 0 && i <= k; i++) {
            out.add(new int[] {i, -k});
            out.add(new int[] {i, k});
        }
        for (int j = -k + 1; j <= k - 1; j++) {
            out.add(new int[] {-k, j});
            out.add(new int[] {k, j});
        }
        // equally near: below before above, right before left (the way a pipeline grows)
        out.sort(Comparator.<int[]>comparingInt(d -> d[0] * d[0] + d[1] * d[1])
                .thenComparingInt(d -> d[1] < 0 ? 1 : 0).thenComparingInt(d -> d[0] < 0 ? 1 : 0));
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0];
            flat[2 * i + 1] = out.get(i)[1];
        }
        return flat;
    }

    private static long cell(double v, double size) {
        return (long) Math.floor(v / size);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
