package dev.orrery.core.text;

/**
 * A count and its noun in words, for every place that tells the user how many of something there are:
 * "1 line", "2 lines", "0 steps". English plurals only; irregular ones are given explicitly.
 */
public final class Counts {
    private Counts() {
    }

    /** {@code n} and the noun with a plain "s" plural: {@code of(1, "step")} is "1 step". */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** {@code n} and the noun: singular for exactly one, else the plural given ("2 children"). */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
