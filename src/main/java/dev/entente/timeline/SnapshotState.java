package dev.entente.timeline;

import dev.entente.model.Actor;
import dev.entente.model.Event;
import dev.entente.model.Location;
import dev.entente.model.Status;
import dev.entente.reconcile.Conflict;
import dev.entente.reconcile.ConflictValue;
import dev.entente.reconcile.IncrementalReconciler;
import dev.entente.reconcile.RecordRef;
import dev.entente.reconcile.Sources;
import dev.entente.reconcile.StatusChange;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.time.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reconciled state a snapshot carries besides its reports, in forms Jackson binds directly: the
 * components of the live timeline with their events, and the origins. Reopening from it rebuilds
 * only the blocking index instead of reconciling every component again.
 */
final class SnapshotState {
    private SnapshotState() {}

    /** One component: its report ids and its events. */
    record ComponentForm(List<String> reports, List<EventForm> events) {
        static ComponentForm of(IncrementalReconciler.Component c) {
            return new ComponentForm(
                    c.reports(), c.events().stream().map(EventForm::of).toList());
        }

        IncrementalReconciler.Component toComponent() {
            return new IncrementalReconciler.Component(
                    reports, events.stream().map(EventForm::toEvent).toList());
        }
    }

    /** A {@link TimelineEvent}; the records it merges as parallel lists of report ids and indexes. */
    record EventForm(
            String id,
            Event event,
            List<String> aliases,
            List<Actor> participants,
            String partOf,
            List<String> recordReports,
            int[] recordIndexes,
            int[] sources,
            List<ConflictForm> conflicts,
            Map<String, List<String>> provenance,
            List<StatusForm> statusHistory) {
        static EventForm of(TimelineEvent e) {
            List<String> reports = new ArrayList<>(e.records().size());
            int[] indexes = new int[e.records().size()];
            for (int i = 0; i < indexes.length; i++) {
                reports.add(e.records().get(i).report());
                indexes[i] = e.records().get(i).index();
            }
            return new EventForm(
                    e.id(),
                    e.event(),
                    e.aliases(),
                    e.participants(),
                    e.partOf().orElse(null),
                    reports,
                    indexes,
                    new int[] {
                        e.sources().reports(),
                        e.sources().outlets(),
                        e.sources().independent()
                    },
                    e.conflicts().stream().map(ConflictForm::of).toList(),
                    e.provenance(),
                    e.statusHistory().stream()
                            .map(s -> new StatusForm(s.status(), s.reports()))
                            .toList());
        }

        TimelineEvent toEvent() {
            TimelineEvent.Builder b = TimelineEvent.builder()
                    .id(id)
                    .event(event)
                    .addAllAliases(orEmpty(aliases))
                    .addAllParticipants(orEmpty(participants))
                    .partOf(Optional.ofNullable(partOf))
                    .sources(Sources.of(sources[0], sources[1], sources[2]))
                    .putAllProvenance(provenance == null ? Map.of() : provenance);
            for (int i = 0; i < recordIndexes.length; i++) {
                b.addRecords(RecordRef.of(recordReports.get(i), recordIndexes[i]));
            }
            orEmpty(conflicts).forEach(c -> b.addConflicts(c.toConflict()));
            orEmpty(statusHistory).forEach(s -> b.addStatusHistory(StatusChange.of(s.status(), s.reports())));
            return b.build();
        }
    }

    /** A {@link Conflict}. */
    record ConflictForm(String field, List<ValueForm> values) {
        static ConflictForm of(Conflict c) {
            return new ConflictForm(
                    c.field(), c.values().stream().map(ValueForm::of).toList());
        }

        Conflict toConflict() {
            return Conflict.of(field, values.stream().map(ValueForm::toValue).toList());
        }
    }

    /**
     * A {@link ConflictValue}: exactly one of the value fields is set; an enum constant is its
     * class name in {@code enumType} and its name in {@code text}.
     */
    record ValueForm(
            String text,
            Integer number,
            When when,
            Location location,
            Actor actor,
            String enumType,
            List<String> reports) {
        static ValueForm of(ConflictValue v) {
            Object o = v.value();
            List<String> r = v.reports();
            if (o instanceof String s) {
                return new ValueForm(s, null, null, null, null, null, r);
            } else if (o instanceof Integer i) {
                return new ValueForm(null, i, null, null, null, null, r);
            } else if (o instanceof When w) {
                return new ValueForm(null, null, w, null, null, null, r);
            } else if (o instanceof Location l) {
                return new ValueForm(null, null, null, l, null, null, r);
            } else if (o instanceof Actor a) {
                return new ValueForm(null, null, null, null, a, null, r);
            } else if (o instanceof Enum<?> e) {
                return new ValueForm(
                        e.name(), null, null, null, null, e.getDeclaringClass().getName(), r);
            }
            throw new IllegalStateException("a conflict value of " + o.getClass() + " has no snapshot form");
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        ConflictValue toValue() {
            Object value;
            if (enumType != null) {
                try {
                    value = Enum.valueOf((Class) Class.forName(enumType, false, Status.class.getClassLoader()), text);
                } catch (ClassNotFoundException e) {
                    throw new IllegalArgumentException("unknown enum " + enumType, e);
                }
            } else if (text != null) {
                value = text;
            } else if (number != null) {
                value = number;
            } else if (when != null) {
                value = when;
            } else if (location != null) {
                value = location;
            } else {
                value = actor;
            }
            return ConflictValue.of(value, reports);
        }
    }

    /** A {@link StatusChange}. */
    record StatusForm(Status status, List<String> reports) {}

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
