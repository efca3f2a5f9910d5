package dev.orrery.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.nativefmt.NativeFormat;

/** An Argo Events document Orrery models: an {@link EventSourceDocument} or a {@link SensorDocument}. */
public sealed interface EventDocument permits EventSourceDocument, SensorDocument {
    String EVENTS_API_VERSION = "argoproj.io/v1alpha1";
    String EVENT_SOURCE = "EventSource";
    String SENSOR = "Sensor";

    /** {@code EventSource} or {@code Sensor}. */
    String kind();

    String name();

    /** Whether a parsed document is an Argo Events EventSource or Sensor. */
    static boolean isArgoEvents(JsonNode root) {
        return root != null && root.isObject() && EVENTS_API_VERSION.equals(root.path("apiVersion").asText())
                && isEventKind(root.path("kind").asText(""));
    }

    /** Whether a parsed document is Orrery's native form of an EventSource or Sensor. */
    static boolean isNativeEvents(JsonNode root) {
        return root != null && root.isObject() && NativeFormat.API_VERSION.equals(root.path("apiVersion").asText())
                && isEventKind(root.path("kind").asText(""));
    }

    private static boolean isEventKind(String kind) {
        return EVENT_SOURCE.equals(kind) || SENSOR.equals(kind);
    }
}
