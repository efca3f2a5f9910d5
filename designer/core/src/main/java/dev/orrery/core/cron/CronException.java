package dev.orrery.core.cron;

/**
 * A schedule Argo's controller would refuse. {@link #field()} names the cron field at fault
 * ("minute", "day of week", …) or is null when the whole expression is at fault.
 */
public final class CronException extends Exception {
    private final String field;

    public CronException(String field, String message) {
        super(field == null ? message : field + " field: " + message);
        this.field = field;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }
}
