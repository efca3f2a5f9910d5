package dev.orrery.core.nativefmt;

/** Constants of Orrery's native pipeline format. */
public final class NativeFormat {
    /** The current format version; readers accept this and older versions (see {@link NativeReader}). */
    public static final String API_VERSION = "orrery.dev/v1alpha1";
    public static final String KIND = "Pipeline";
    /** The key that holds Argo-only fields at any level, passed through untouched. */
    static final String ARGO = "argo";

    private NativeFormat() {
    }

    public static boolean isNative(com.fasterxml.jackson.databind.JsonNode document) {
        return document != null && document.isObject()
                && document.path("apiVersion").asText("").startsWith("orrery.dev/")
                && KIND.equals(document.path("kind").asText(""));
    }
}
