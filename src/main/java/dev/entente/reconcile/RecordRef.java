package dev.entente.reconcile;

import java.util.Comparator;
import org.immutables.value.Value;

/** A pointer to one input record: the report's id and the record's index in its {@code records}. */
@Value.Immutable
public interface RecordRef extends Comparable<RecordRef> {

    /** Orders by report id, then index. */
    Comparator<RecordRef> ORDER = Comparator.comparing(RecordRef::report).thenComparingInt(RecordRef::index);

    /** Returns the report's id. */
    @Value.Parameter
    String report();

    /** Returns the index into the report's {@code records}. */
    @Value.Parameter
    int index();

    /** Validates the index. */
    @Value.Check
    default void check() {
        if (index() < 0) {
            throw new IllegalArgumentException("index: " + index() + " is negative");
        }
    }

    @Override
    default int compareTo(RecordRef other) {
        int byReport = report().compareTo(other.report());
        return byReport != 0 ? byReport : Integer.compare(index(), other.index());
    }

    /**
     * Returns the reference to record {@code index} of report {@code report}.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    static RecordRef of(String report, int index) {
        return ImmutableRecordRef.of(report, index);
    }
}
