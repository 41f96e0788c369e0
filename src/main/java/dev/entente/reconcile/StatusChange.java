package dev.entente.reconcile;

import dev.entente.model.Status;
import java.util.List;
import org.immutables.value.Value;

/** One step of an event's status history: a status and the reports that gave it. */
@Value.Immutable
public interface StatusChange {

    /** Returns the status. */
    Status status();

    /** Returns the reports that gave it, in order of publication. */
    List<String> reports();

    /** Returns a status change. */
    static StatusChange of(Status status, List<String> reports) {
        return ImmutableStatusChange.builder()
                .status(status)
                .addAllReports(reports)
                .build();
    }
}
