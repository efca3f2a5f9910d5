package dev.orrery.core.split;

import dev.orrery.core.model.Graph;
import dev.orrery.core.model.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a split cuts a DAG along: a topological order by depth (the longest chain of predecessors),
 * ties kept in the DAG's own order, so each part is a band of the graph's levels and every dependency
 * points from a part to the same or a later one. Deterministic.
 */
final class SplitOrder {
    private SplitOrder() {
    }

    /**
     * The step indexes in split order.
     *
     * @param before for each step index, the indexes of the steps it waits for or takes data from
     * @throws SplitRefusal when the graph has a cycle
     */
    static List<Integer> of(Graph g, List<Set<Integer>> before) {
        int n = g.steps.size();
        int[] depth = new int[n];
        int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
        for (int start = 0; start < n; start++) {
            depth(start, before, depth, state, g);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> depth[i]).thenComparingInt(i -> i));
        return List.of(order);
    }

    /** Depth of each step, iteratively (a chain of thousands of tasks must not overflow the stack). */
    private static void depth(int start, List<Set<Integer>> before, int[] depth, int[] state, Graph g) {
        if (state[start] == 2) {
            return;
        }
        List<int[]> stack = new ArrayList<>(); // {step, index of the next predecessor to visit}
        stack.add(new int[] {start, 0});
        state[start] = 1;
        Map<Integer, List<Integer>> preds = new LinkedHashMap<>();
        while (!stack.isEmpty()) {
            int[] top = stack.get(stack.size() - 1);
            List<Integer> ps = preds.computeIfAbsent(top[0], k -> List.copyOf(before.get(k)));
            if (top[1] < ps.size()) {
                int p = ps.get(top[1]++);
                if (state[p] == 1) {
                    throw new SplitRefusal("its tasks form a cycle through '" + name(g, p) + "': fix the cycle first");
                }
                if (state[p] == 0) {
                    state[p] = 1;
                    stack.add(new int[] {p, 0});
                }
            } else {
                int d = 0;
                for (int p : ps) {
                    d = Math.max(d, depth[p] + 1);
                }
                depth[top[0]] = d;
                state[top[0]] = 2;
                stack.remove(stack.size() - 1);
            }
        }
    }

    private static String name(Graph g, int index) {
        Step s = g.steps.get(index);
        return s.name;
    }
}
