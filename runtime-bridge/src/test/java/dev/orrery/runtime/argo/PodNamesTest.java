package dev.orrery.runtime.argo;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PodNamesTest {

    @Test
    void fnv32aMatchesTheReferenceVectors() {
        // FNV-1a 32-bit test vectors (Fowler/Noll/Vo): "" -> 0x811c9dc5, "a" -> 0xe40c292c, "foobar" -> 0xbf9cf968
        assertThat(PodNames.fnv32a("")).isEqualTo(0x811c9dc5);
        assertThat(PodNames.fnv32a("a")).isEqualTo(0xe40c292c);
        assertThat(PodNames.fnv32a("foobar")).isEqualTo(0xbf9cf968);
    }

    /**
     * Argo names node ids {@code <workflow>-<fnv32a(node name)>} and v2 pods
     * {@code <workflow>-<template>-<fnv32a(node name)>}: the id's hash in Argo's own status samples
     * checks our hash, and so the v2 pod name, on every node the controller wrote.
     */
    @Test
    void v2PodNamesUseTheHashArgoWroteIntoEveryNodeIdOfItsSamples() {
        int checked = 0;
        for (Path file : StatusSamples.files()) {
            GenericKubernetesResource wf = StatusSamples.read(file);
            String wfName = wf.getMetadata().getName();
            for (WorkflowStatus.Node n : RunStateMapper.status(wf).nodes().values()) {
                if (n.name().equals(wfName)) {
                    assertThat(PodNames.podName(wfName, n.name(), n.templateName(), n.id(), "v2")).isEqualTo(wfName);
                    continue;
                }
                String hash = n.id().substring(wfName.length() + 1);
                assertThat(PodNames.podName(wfName, n.name(), n.templateName(), n.id(), null))
                        .as(file.getFileName() + " " + n.name())
                        .isEqualTo(wfName + "-" + (n.templateName() == null ? "" : n.templateName()) + "-" + hash);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void v1PodNamesAreTheNodeId() {
        assertThat(PodNames.podName("wf-abc", "wf-abc.train", "train", "wf-abc-123", "v1")).isEqualTo("wf-abc-123");
    }

    @Test
    void v2NameOfARetriedDagTaskInArgosSample() {
        // dag-disable-fail-fast.yaml: node dag-disable-fail-fast-r6xdc.C(0), template c
        String name = PodNames.podName("dag-disable-fail-fast-r6xdc", "dag-disable-fail-fast-r6xdc.C(0)", "c",
                "dag-disable-fail-fast-r6xdc-3256495944", "v2");
        assertThat(name).isEqualTo("dag-disable-fail-fast-r6xdc-c-3256495944");
    }

    @Test
    void inlineTemplatesKeepOnlyTheWorkflowPrefixAndLongPrefixesAreCut() {
        String inline = PodNames.podName("wf", "wf.step.inline", null, "id", "v2");
        assertThat(inline).isEqualTo("wf-" + Integer.toUnsignedString(PodNames.fnv32a("wf.step.inline")));
        String longName = PodNames.podName("w".repeat(200), "n", "t".repeat(100), "id", "v2");
        assertThat(longName.length()).isLessThanOrEqualTo(253);
        assertThat(longName).endsWith("-" + Integer.toUnsignedString(PodNames.fnv32a("n")));
    }
}
