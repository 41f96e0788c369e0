package dev.entente.cli;

import dev.entente.time.Anchor;
import dev.entente.time.When;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a resolved {@link When} as the JSON object of report-format section 4: {@code earliest},
 * {@code latest}, {@code precision}, {@code text} and {@code anchor}, every key always written (null
 * when absent).
 */
final class WhenJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WhenJson() {}

    static String write(When when) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("earliest", when.earliest().map(Object::toString).orElse(null));
        node.put("latest", when.latest().map(Object::toString).orElse(null));
        node.put("precision", when.precision().wireName());
        node.put("text", when.text().orElse(null));
        node.put("anchor", when.anchor().map(Anchor::toString).orElse(null));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
