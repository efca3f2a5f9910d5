package dev.orrery.designer.canvas;

import java.util.List;
import java.util.Objects;

/**
 * A progress ring a host draws on a step (the monitor: a sweep's finished children by phase). Plain
 * values: the segments in order clockwise from the top, each a share of the whole ring; what is left
 * of the ring is the unfinished part. The caption is written beside the ring ({@code 3/6}).
 *
 * @param segments coloured parts of the ring; their shares add up to at most 1
 * @param caption short text beside the ring; may be empty
 */
public record NodeProgress(List<Segment> segments, String caption) {

    /** @param colour {@code #rrggbb}; @param share of the whole ring, 0..1 */
    public record Segment(String colour, double share) {
        public Segment {
            Objects.requireNonNull(colour, "colour");
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("a segment's share is between 0 and 1, not " + share);
            }
        }
    }

    public NodeProgress {
        segments = List.copyOf(segments);
        caption = caption == null ? "" : caption;
    }

    /** The share of the ring filled: the segments together. */
    public double filled() {
        return Math.min(1, segments.stream().mapToDouble(Segment::share).sum());
    }
}
