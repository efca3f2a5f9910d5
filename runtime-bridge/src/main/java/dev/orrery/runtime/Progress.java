package dev.orrery.runtime;

/** How far a run is: finished leaf steps out of all known leaf steps (Argo's {@code 3/7}). */
public record Progress(int done, int total) {
    public static final Progress NONE = new Progress(0, 0);

    public Progress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("progress " + done + "/" + total + " is not valid");
        }
    }

    /** Argo's notation, {@code done/total}. */
    @Override
    public String toString() {
        return done + "/" + total;
    }
}
