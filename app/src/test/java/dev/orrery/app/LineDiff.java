package dev.orrery.app;

import java.util.ArrayList;
import java.util.List;

/** A line diff for tests of saves in place: the removed lines as "-x", the added as "+y" (LCS-based). */
public final class LineDiff {
    private LineDiff() {
    }

    public static List<String> of(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        int n = a.length - prefix - suffix;
        int m = b.length - prefix - suffix;
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a[prefix + i].equals(b[prefix + j]) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<String> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i].equals(b[prefix + j])) {
                i++;
                j++;
            } else if (j < m && (i == n || len[i][j + 1] >= len[i + 1][j])) {
                diff.add("+" + b[prefix + j++]);
            } else {
                diff.add("-" + a[prefix + i++]);
            }
        }
        return diff;
    }

    /** Lines that hold only a comment. */
    public static long commentLines(String text) {
        return text.lines().filter(l -> l.stripLeading().startsWith("#")).count();
    }
}
