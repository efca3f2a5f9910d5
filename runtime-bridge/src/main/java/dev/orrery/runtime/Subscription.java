package dev.orrery.runtime;

/** A registration that stops delivering when closed; closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
