package dev.entente.model;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The validation rules shared by the value types; each message names the field and the value. */
final class Checks {
    private Checks() {}

    /** Checks what every {@link Individual} has: its name, aliases, ids and country code. */
    static void individual(Individual i) {
        notBlank("name", i.name());
        noBlanks("aliases", i.aliases());
        ids(i.ids());
        country("country", i.country());
    }

    static void notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank, got \"" + value + "\"");
        }
    }

    static void notBlank(String field, Optional<String> value) {
        value.ifPresent(v -> notBlank(field, v));
    }

    static void noBlanks(String field, Collection<String> values) {
        int i = 0;
        for (String v : values) {
            notBlank(field + "[" + i++ + "]", v);
        }
    }

    static void country(String field, String code) {
        Countries.problem(code).ifPresent(p -> {
            throw new IllegalArgumentException(field + ": " + p);
        });
    }

    static void country(String field, Optional<String> code) {
        code.ifPresent(c -> country(field, c));
    }

    static void ids(Map<String, String> ids) {
        ids.forEach((k, v) -> {
            notBlank("ids", k);
            notBlank("ids." + k, v);
        });
    }
}
