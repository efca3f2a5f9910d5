package dev.orrery.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.yaml.YamlWriter;

/**
 * TEMPORARY local call site for the in-place engine (dev.orrery.core.yaml.inplace.InPlaceYaml, branch
 * i14-engine): every writer calls this until that branch is merged, then it forwards to the engine.
 * Until then it only knows "nothing changed" and, for a one-document file, a full rewrite.
 */
public final class InPlaceText {
    private InPlaceText() {
    }

    public static String rewrite(String sourceText, int documentIndex, JsonNode base, JsonNode target) {
        if (base.equals(target)) {
            return sourceText;
        }
        if (documentIndex == 0) {
            return YamlWriter.defaults().write(target);
        }
        throw new UnsupportedOperationException("in-place writes of multi-document files need the engine");
    }
}
