package dev.orrery.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How often and when a failed step is retried, with optional backoff. */
public final class RetryStrategy {
    /** Maximum retries: an integer or an expression string. */
    public JsonNode limit;
    /** Always, OnFailure, OnError or OnTransientError (Argo's names). */
    public String retryPolicy;
    public String expression;
    public JsonNode backoffDuration;
    public JsonNode backoffFactor;
    public JsonNode backoffMaxDuration;
    public ObjectNode extra = Json.object();

    public RetryStrategy copy() {
        RetryStrategy r = new RetryStrategy();
        r.limit = Json.copy(limit);
        r.retryPolicy = retryPolicy;
        r.expression = expression;
        r.backoffDuration = Json.copy(backoffDuration);
        r.backoffFactor = Json.copy(backoffFactor);
        r.backoffMaxDuration = Json.copy(backoffMaxDuration);
        r.extra = extra.deepCopy();
        return r;
    }
}
