package dev.orrery.runtime.argo;

import java.nio.charset.StandardCharsets;

/**
 * The name of the pod that ran a node, as Argo's controller chooses it
 * ({@code workflow/util/pod_name.go}). Version 1 names the pod after the node id; version 2 (the
 * default since Argo 3.4, recorded in the workflow's {@code workflows.argoproj.io/pod-name-format}
 * annotation) uses {@code <workflow>-<template>-<fnv32a(node name)>}.
 */
final class PodNames {
    private static final int MAX_NAME_LENGTH = 253;
    private static final int HASH_LENGTH = 10;

    private PodNames() {
    }

    /**
     * @param podNameFormat the workflow's annotation value ({@code v1}, {@code v2}); null means v2
     * @param templateName the node's template, or its templateRef's template
     */
    static String podName(String workflowName, String nodeName, String templateName, String nodeId,
            String podNameFormat) {
        if ("v1".equalsIgnoreCase(podNameFormat)) {
            return nodeId;
        }
        if (workflowName.equals(nodeName)) {
            return workflowName;
        }
        String prefix = workflowName;
        if (!nodeName.contains(".inline")) {
            prefix = workflowName + "-" + (templateName == null ? "" : templateName);
        }
        int maxPrefix = MAX_NAME_LENGTH - HASH_LENGTH - 1;
        if (prefix.length() > maxPrefix) {
            prefix = prefix.substring(0, maxPrefix);
        }
        return prefix + "-" + Integer.toUnsignedString(fnv32a(nodeName));
    }

    /** The 32-bit FNV-1a hash of the text's UTF-8 bytes (Go's {@code hash/fnv.New32a}). */
    static int fnv32a(String text) {
        int hash = 0x811c9dc5;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }
}
