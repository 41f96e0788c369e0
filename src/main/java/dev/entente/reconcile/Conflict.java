package dev.entente.reconcile;

import java.util.List;
import org.immutables.value.Value;

/** A field of an event on which its reports disagree, with every other value and its reports. */
@Value.Immutable
public interface Conflict {

    /** Returns the field's name, such as {@code when} or {@code title}. */
    String field();

    /** Returns the values other than the one the event took, most supported first. */
    List<ConflictValue> values();

    /** Returns a conflict. */
    static Conflict of(String field, List<ConflictValue> values) {
        return ImmutableConflict.builder().field(field).addAllValues(values).build();
    }
}
