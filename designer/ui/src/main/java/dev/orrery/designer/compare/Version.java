package dev.orrery.designer.compare;

/** Which version a comparison's canvas shows: both at once (the union), the other one, or the open one. */
public enum Version {
    /** The union of both versions, marked. */
    BOTH,
    /** The other version (the file or revision compared with), as it was. */
    OTHER,
    /** The open pipeline, as it is. */
    OPEN;

    /** The next one the toggle key shows: both, then the other version, then the open one, then both again. */
    public Version next() {
        return switch (this) {
            case BOTH -> OTHER;
            case OTHER -> OPEN;
            case OPEN -> BOTH;
        };
    }
}
