package dev.orrery.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.control.ScrollPane;

/**
 * What an artifact's first bytes look like in the preview: a CSV as a table, a metrics JSON (a flat
 * object of numbers) as labelled bars grouped by scale ({@link MetricsPreview}), other JSON pretty-printed, images as images, text as text.
 * Parsing happens off the FX thread ({@link #parse}); {@link Content#node()} builds the view on it.
 */
final class ArtifactPreview {
    /** Bytes read for a preview; a longer artifact is previewed from its start. */
    static final int LIMIT = 4 * 1024 * 1024;
    private static final int CSV_ROWS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArtifactPreview() {
    }

    /** A parsed preview, ready to become a view on the FX thread. */
    sealed interface Content {
        Node node();
    }

    record Text(String text) implements Content {
        public Node node() {
            TextArea a = new TextArea(text);
            a.setEditable(false);
            a.setId("preview-text");
            a.getStyleClass().add("preview-text");
            return a;
        }
    }

    record Csv(List<String> header, List<List<String>> rows) implements Content {
        public Node node() {
            TableView<List<String>> t = new TableView<>();
            t.setId("preview-csv");
            for (int i = 0; i < header.size(); i++) {
                int col = i;
                TableColumn<List<String>, String> c = new TableColumn<>(header.get(i));
                c.setCellValueFactory(r -> new ReadOnlyStringWrapper(col < r.getValue().size()
                        ? r.getValue().get(col) : ""));
                t.getColumns().add(c);
            }
            t.getItems().setAll(rows);
            return t;
        }
    }

    record Metrics(Map<String, Double> values) implements Content {
        public Node node() {
            return MetricsPreview.view(values);
        }
    }

    record Picture(byte[] bytes) implements Content {
        public Node node() {
            ImageView v = new ImageView(new Image(new ByteArrayInputStream(bytes)));
            v.setId("preview-image");
            v.setPreserveRatio(true);
            return new ScrollPane(v);
        }
    }

    record Binary(long size) implements Content {
        public Node node() {
            Label l = new Label("Binary content" + (size >= 0 ? ", " + size + " bytes" : "")
                    + ": no preview. Download it to open it.");
            l.setId("preview-binary");
            return l;
        }
    }

    /** Decides what the bytes are (by name, then content) and parses them; never on the FX thread. */
    static Content parse(String name, byte[] bytes, long size) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif")
                || n.endsWith(".bmp") || isImage(bytes)) {
            return new Picture(bytes);
        }
        String text = utf8(bytes);
        if (text == null) {
            return new Binary(size);
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode json = JSON.readTree(text);
                Map<String, Double> metrics = flatNumbers(json);
                return metrics != null ? new Metrics(metrics) : new Text(JSON.writeValueAsString(json));
            } catch (java.io.IOException notJson) {
                return new Text(text);
            }
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv") || looksLikeCsv(name, text)) {
            return csv(text, n.endsWith(".tsv") ? '\t' : ',');
        }
        return new Text(text);
    }

    private static boolean looksLikeCsv(String name, String text) {
        // Argo and the local runner name artifacts, not files: "dataset" holding comma-separated lines
        String[] lines = text.split("\r?\n", 7);
        int n = Math.min(lines.length, 6) - (lines.length > 6 ? 0 : 1); // the last piece may be empty or cut
        if (n < 2) {
            return false;
        }
        int fields = splitCsv(lines[0], ',').size();
        if (fields < 2) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (splitCsv(lines[i], ',').size() != fields) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Double> flatNumbers(JsonNode json) {
        if (!json.isObject() || json.isEmpty()) {
            return null;
        }
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                return null;
            }
            out.put(e.getKey(), e.getValue().doubleValue());
        }
        return out;
    }

    private static Csv csv(String text, char sep) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (rows.size() > CSV_ROWS) {
                break;
            }
            if (!line.isEmpty()) {
                rows.add(splitCsv(line, sep));
            }
        }
        if (rows.isEmpty()) {
            return new Csv(List.of(), List.of());
        }
        return new Csv(rows.get(0), rows.subList(1, rows.size()));
    }

    /** One CSV line; double quotes group fields and escape themselves (RFC 4180, one line). */
    static List<String> splitCsv(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    private static boolean isImage(byte[] b) {
        return b.length > 4 && ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 || b[0] == 'G' && b[1] == 'I' && b[2] == 'F');
    }

    private static String utf8(byte[] bytes) {
        try {
            // a preview cut at LIMIT may end inside a character: ignore the last few bytes then
            int len = bytes.length >= LIMIT ? bytes.length - 4 : bytes.length;
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, Math.max(0, len))).toString();
            return s.chars().anyMatch(c -> c == 0) ? null : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
