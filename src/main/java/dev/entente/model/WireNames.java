package dev.entente.model;

import java.util.Optional;
import java.util.function.Function;

/** Looks up an enum constant by the name the interchange format writes. */
final class WireNames {
    private WireNames() {}

    static <E> Optional<E> find(E[] values, String name, Function<E, String> wireName) {
        for (E value : values) {
            if (wireName.apply(value).equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
