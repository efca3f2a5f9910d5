package dev.orrery.core.yaml.inplace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link SourceNode} tree of one document plus its anchors and aliases, which decide where an
 * edit can be made without changing what another part of the document means.
 */
final class SourceTree {
    final SourceNode root;
    /** Anchored nodes that at least one alias refers to, with those aliases. */
    private final Map<SourceNode, List<SourceNode>> aliasesByDefinition;

    private SourceTree(SourceNode root, Map<SourceNode, List<SourceNode>> aliasesByDefinition) {
        this.root = root;
        this.aliasesByDefinition = aliasesByDefinition;
    }

    /** True if some alias in the document repeats an anchored node. */
    boolean hasAliases() {
        return !aliasesByDefinition.isEmpty();
    }

    /** True if an alias elsewhere repeats this node: editing it in place would change the alias too. */
    boolean isShared(SourceNode node) {
        return aliasesByDefinition.containsKey(node);
    }

    /**
     * The smallest node containing {@code node} that can be rewritten from the new tree without
     * changing the meaning of anything outside it: every anchor it defines or sits in has all its
     * aliases inside too (the rewrite expands them; an alias left outside would lose its anchor or
     * see the new value).
     */
    SourceNode safeToRewrite(SourceNode node) {
        SourceNode enclosure = node;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<SourceNode, List<SourceNode>> e : aliasesByDefinition.entrySet()) {
                SourceNode definition = e.getKey();
                if (!enclosure.isAncestorOrSelfOf(definition) && !definition.isAncestorOrSelfOf(enclosure)) {
                    continue;
                }
                for (SourceNode alias : e.getValue()) {
                    if (!enclosure.isAncestorOrSelfOf(alias)) {
                        enclosure = commonAncestor(enclosure, alias);
                        grew = true;
                    }
                }
            }
        }
        return enclosure;
    }

    private static SourceNode commonAncestor(SourceNode a, SourceNode b) {
        Set<SourceNode> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SourceNode n = a; n != null; n = n.parent) {
            ancestors.add(n);
        }
        for (SourceNode n = b; n != null; n = n.parent) {
            if (ancestors.contains(n)) {
                return n;
            }
        }
        throw new IllegalStateException("nodes of different trees");
    }

    static final class Builder {
        private final Map<SourceNode, List<SourceNode>> aliases = new IdentityHashMap<>();

        void alias(SourceNode alias, SourceNode definition) {
            if (definition != null) {
                aliases.computeIfAbsent(definition, d -> new ArrayList<>()).add(alias);
            }
        }

        SourceTree build(SourceNode root) {
            return new SourceTree(root, aliases);
        }
    }
}
