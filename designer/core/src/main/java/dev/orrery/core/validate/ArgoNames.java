package dev.orrery.core.validate;

import java.util.regex.Pattern;

/**
 * Argo's and Kubernetes' naming rules, as Argo's validator applies them (argo-workflows
 * {@code workflow/validate/validate.go}): templates, steps and DAG tasks share one rule, parameters
 * and artifacts another; document names are Kubernetes DNS-1123 subdomains with Argo's own length
 * limits on top.
 */
final class ArgoNames {
    /** Templates, steps and tasks: alphanumerics and '-', starting with an alphanumeric; case is free. */
    static final Pattern FIELD_NAME = Pattern.compile("[a-zA-Z0-9][-a-zA-Z0-9]*");
    static final int FIELD_NAME_MAX = 128;
    /** Parameters and artifacts: alphanumerics, '_' and '-'. */
    static final Pattern PARAMETER_NAME = Pattern.compile("[-a-zA-Z0-9_]+");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    static final int DNS_SUBDOMAIN_MAX = 253;
    /** Argo rejects longer Workflow, WorkflowTemplate and ClusterWorkflowTemplate names (label limit). */
    static final int OBJECT_NAME_MAX = 63;
    /** CronWorkflow names leave room for the {@code -<unix time>} suffix of the workflows they create. */
    static final int CRON_NAME_MAX = 52;

    private ArgoNames() {
    }

    /** Why a template, step or task name is invalid, or null when it is valid. */
    static String fieldNameProblem(String name) {
        if (name.length() > FIELD_NAME_MAX) {
            return "is longer than " + FIELD_NAME_MAX + " characters";
        }
        if (!FIELD_NAME.matcher(name).matches()) {
            return "may contain only letters, digits and '-', and must start with a letter or digit";
        }
        return null;
    }

    static boolean isParameterName(String name) {
        return PARAMETER_NAME.matcher(name).matches();
    }

    /** Whether a name is a DNS-1123 subdomain: dot-separated lowercase labels, at most 253 characters. */
    static boolean isDnsSubdomain(String name) {
        if (name.isEmpty() || name.length() > DNS_SUBDOMAIN_MAX) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A suggestion for a name that breaks the DNS rule: lowercase, other characters turned into '-'. */
    static String dnsSuggestion(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-")
                .replaceAll("^[-.]+", "").replaceAll("[-.]+$", "");
        return s.isEmpty() ? "my-pipeline" : s;
    }

    /** Whether a value is (or contains) an Argo placeholder, so its real value is known only at run time. */
    static boolean isTemplated(String value) {
        return value != null && value.contains("{{");
    }
}
