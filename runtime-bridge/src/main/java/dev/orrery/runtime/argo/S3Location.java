package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where an artifact lies in an S3-compatible repository, merged from the artifact's own {@code s3}
 * fields and its repository's; the credentials are named by Secret key selectors.
 *
 * @param endpoint host[:port] as Argo writes it (no scheme), or a full URL
 * @param insecure plain HTTP rather than HTTPS
 */
record S3Location(String endpoint, String bucket, String key, String region, boolean insecure,
        SecretKey accessKey, SecretKey secretKey, boolean useSdkCreds) {

    /** A key of a Secret in the workflow's namespace. */
    record SecretKey(String name, String key) {
        static SecretKey of(JsonNode selector) {
            if (selector == null || !selector.hasNonNull("name") || !selector.hasNonNull("key")) {
                return null;
            }
            return new SecretKey(selector.get("name").asText(), selector.get("key").asText());
        }
    }

    /** The repository's s3 fields with the artifact's own fields laid over them (the artifact's win). */
    static S3Location merge(JsonNode repository, JsonNode artifact) {
        JsonNode r = repository == null ? ArgoResources.JSON.createObjectNode() : repository;
        JsonNode a = artifact == null ? ArgoResources.JSON.createObjectNode() : artifact;
        return new S3Location(text(a, r, "endpoint"), text(a, r, "bucket"), a.path("key").asText(null),
                text(a, r, "region"), a.has("insecure") ? a.get("insecure").asBoolean() : r.path("insecure").asBoolean(false),
                SecretKey.of(a.has("accessKeySecret") ? a.get("accessKeySecret") : r.get("accessKeySecret")),
                SecretKey.of(a.has("secretKeySecret") ? a.get("secretKeySecret") : r.get("secretKeySecret")),
                a.has("useSDKCreds") ? a.get("useSDKCreds").asBoolean() : r.path("useSDKCreds").asBoolean(false));
    }

    private static String text(JsonNode first, JsonNode second, String field) {
        if (first.hasNonNull(field) && !first.get(field).asText().isEmpty()) {
            return first.get(field).asText();
        }
        return second.hasNonNull(field) && !second.get(field).asText().isEmpty() ? second.get(field).asText() : null;
    }

    /** The endpoint as a URL: Argo's {@code host:port} with http or https by {@code insecure}. */
    String endpointUrl() {
        if (endpoint.startsWith("http://") || endpoint.startsWith("https://")) {
            return endpoint;
        }
        return (insecure ? "http://" : "https://") + endpoint;
    }
}
