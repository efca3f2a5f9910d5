package dev.orrery.app.monitor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values posted from any thread to the FX thread, keeping only the latest value per key and
 * hopping once per batch: a burst of 50 updates of one run costs one FX task showing the last one.
 * {@link #post} never blocks beyond a short lock, so runtime callbacks return at once.
 */
final class FxCoalescer<K, V> {
    private final Object lock = new Object();
    private Map<K, V> pending = new LinkedHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<Map<K, V>> sink;

    /** {@code sink} receives each batch on the FX thread, in posting order of first arrival. */
    FxCoalescer(Consumer<Map<K, V>> sink) {
        this.sink = sink;
    }

    void post(K key, V value) {
        synchronized (lock) {
            pending.put(key, value);
        }
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        Map<K, V> batch;
        synchronized (lock) {
            batch = pending;
            pending = new LinkedHashMap<>();
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
