package dev.entente.cli;

import dev.entente.time.When;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes a resolved {@link When} as the JSON object of report-format section 4. */
final class WhenJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WhenJson() {}

    static String write(When when) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("earliest", when.earliest().map(Object::toString).orElse(null));
        node.put("latest", when.latest().map(Object::toString).orElse(null));
        node.put("precision", when.precision().wireName());
        when.text().ifPresent(t -> node.put("text", t));
        when.anchor().ifPresent(a -> node.put("anchor", a.toString()));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
