package dev.orrery.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.core.yaml.inplace.InPlaceYaml;
import dev.orrery.core.yaml.SourceDocument;
import dev.orrery.core.yaml.YamlReader;
import dev.orrery.core.yaml.YamlSyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * An export over a file that exists already ({@code export -o EXISTING}): each document of the file
 * is changed from what it holds now to what the export gives, in place, so the file keeps its
 * comments and style and a re-export that changes nothing changes no byte.
 */
public final class InPlaceExport {
    private InPlaceExport() {
    }

    /**
     * The existing text with its documents changed to {@code trees} (in order), or empty when the
     * existing text is not YAML or holds a different number of documents (then only a full rewrite fits).
     */
    public static Optional<String> over(String existingText, List<JsonNode> trees) {
        List<SourceDocument> existing;
        try {
            existing = YamlReader.defaults().read(existingText);
        } catch (YamlSyntaxException e) {
            return Optional.empty();
        }
        if (existing.size() != trees.size()) {
            return Optional.empty();
        }
        String text = existingText;
        for (int i = 0; i < trees.size(); i++) {
            SourceDocument doc = existing.get(i);
            if (!doc.root().isObject()) { // not a Kubernetes object (a placeholder, a list): nothing to keep
                return Optional.empty();
            }
            try {
                // the base is the file's own tree: only what the export changes is written
                text = InPlaceYaml.rewrite(text, doc.index(), doc.root(), trees.get(i));
            } catch (IllegalStateException | IllegalArgumentException cannot) {
                return Optional.empty(); // the engine could not keep this file's form: a full rewrite fits
            }
        }
        return Optional.of(text);
    }
}
