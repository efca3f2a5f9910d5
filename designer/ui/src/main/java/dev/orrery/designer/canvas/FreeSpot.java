package dev.orrery.designer.canvas;

import dev.orrery.core.model.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<Long, List<Position>> cells = new HashMap<>();

    /** @param occupied top-left corners of the boxes already on the canvas (nulls are skipped) */
    public FreeSpot(Collection<Position> occupied) {
        for (Position p : occupied) {
            if (p != null) {
                cells.computeIfAbsent(key(cell(p.x(), CELL_W), cell(p.y(), CELL_H)), k -> new ArrayList<>(2)).add(p);
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
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            for (int[] d : ring(ring)) {
                double dx = wanted.x() + d[0] * g;
                double dy = wanted.y() + d[1] * g;
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
                for (Position p : cells.getOrDefault(key(i, j), List.of())) {
                    if (Math.abs(p.x() - x) < CELL_W && Math.abs(p.y() - y) < CELL_H) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The grid offsets at Chebyshev distance {@code k}, nearest (Euclidean) first. */
    private static List<int[]> ring(int k) {
        List<int[]> out = new ArrayList<>(Math.max(1, 8 * k));
        if (k == 0) {
            out.add(new int[] {0, 0});
            return out;
        }
        for (int i = -k; i <= k; i++) {
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
        return out;
    }

    private static long cell(double v, double size) {
        return (long) Math.floor(v / size);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
