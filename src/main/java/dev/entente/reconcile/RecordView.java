package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.Individual;
import dev.entente.model.Meeting;
import dev.entente.model.Ministerial;
import dev.entente.model.Report;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One input record with what matching needs precomputed: canonical actors, title words, dates. */
final class RecordView {
    final int seq;
    final Report report;
    final int index;
    final Event event;
    final RecordRef ref;
    /** The record's date; a stale copy's is re-read against the earlier story's date before clustering. */
    When when;
    /** The date {@link #when} was re-read against, when it was; null otherwise. */
    dev.entente.time.Anchor reanchoredTo;

    final Optional<Status> status;
    final String blockKind;
    final Set<String> titleWords;
    final Set<String> principals = new TreeSet<>();
    final Set<String> expanded = new TreeSet<>();
    final Set<String> countries = new TreeSet<>();
    final String city;
    final String convener;
    final String visitor;
    final String destination;
    final String relativeText;

    RecordView(int seq, Report report, int index, When when, ActorResolver actors) {
        this.seq = seq;
        this.report = report;
        this.index = index;
        this.event = report.records().get(index);
        this.ref = RecordRef.of(report.id(), index);
        this.when = when;
        this.status = effectiveStatus(event, when, report.publishedAt());
        this.blockKind = event.kind().wireName()
                + (event instanceof Meeting m ? "/" + m.mode().wireName() : "");
        this.titleWords = event.title().map(Names::titleWords).orElse(Set.of());
        for (Actor a : principalActors(event)) {
            String id = actors.idOf(a);
            if (a instanceof Country) {
                countries.add(id);
                continue;
            }
            principals.add(id);
            expanded.add(id);
            if (a instanceof Individual i) {
                i.country().ifPresent(c -> countries.add("country:" + c));
            }
            if (a instanceof Delegation d) {
                d.leader().map(actors::idOf).ifPresent(expanded::add);
                d.members().stream().map(actors::idOf).forEach(expanded::add);
            }
        }
        if (event instanceof Ministerial m) {
            m.representatives().keySet().forEach(c -> countries.add("country:" + c));
        }
        this.city = event.location().flatMap(l -> l.city()).map(Names::fold).orElse(null);
        this.convener =
                event instanceof Ministerial m ? m.convener().map(actors::idOf).orElse(null) : null;
        this.visitor = event instanceof Visit v ? v.visitor().map(actors::idOf).orElse(null) : null;
        this.destination = event instanceof Visit v
                ? v.destination()
                        .flatMap(l -> l.country().or(() -> l.city().map(Names::fold)))
                        .orElse(null)
                : null;
        this.relativeText = Blocking.relativeText(event);
    }

    /** The actors that identify who took part, in every role of the record's kind. */
    static List<Actor> principalActors(Event e) {
        List<Actor> out = new ArrayList<>();
        if (e instanceof Meeting m) {
            out.addAll(m.participants());
        } else if (e instanceof Ministerial m) {
            m.convener().ifPresent(out::add);
            out.addAll(m.attendees());
            out.addAll(m.representatives().values());
        } else if (e instanceof Visit v) {
            v.visitor().ifPresent(out::add);
        } else if (e instanceof Agreement a) {
            out.addAll(a.parties());
            out.addAll(a.signatories());
        }
        return out;
    }

    /** The record's status: as stated, else inferred from its date and the report's date. */
    static Optional<Status> effectiveStatus(Event e, When when, Optional<Anchor> published) {
        if (e.status().isPresent()) {
            return e.status();
        }
        if (when.isUnknown() || published.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(when.latest().get().isBefore(published.get().date()) ? Status.OCCURRED : Status.SCHEDULED);
    }

    /**
     * Returns true when the text, trimmed, has an ISO shape: {@code yyyy}, {@code yyyy-mm}, {@code
     * yyyy-mm-dd} or {@code yyyy-Www}, each optionally followed by {@code /yyyy-mm-dd}; read in one
     * pass, without a regular expression, since every record asks.
     */
    static boolean isIso(String t) {
        int start = 0;
        int end = t.length();
        while (start < end && t.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && t.charAt(end - 1) <= ' ') {
            end--;
        }
        int i = digits(t, start, end, 4);
        if (i >= 0 && i < end && t.charAt(i) == '-') {
            if (i + 1 < end && t.charAt(i + 1) == 'W') {
                i = digits(t, i + 2, end, 2);
            } else {
                i = digits(t, i + 1, end, 2);
                if (i >= 0 && i < end && t.charAt(i) == '-') {
                    i = digits(t, i + 1, end, 2);
                }
            }
        }
        if (i >= 0 && i < end && t.charAt(i) == '/') {
            i = digits(t, i + 1, end, 4);
            i = i < 0 || i >= end || t.charAt(i) != '-' ? -1 : digits(t, i + 1, end, 2);
            i = i < 0 || i >= end || t.charAt(i) != '-' ? -1 : digits(t, i + 1, end, 2);
        }
        return i == end;
    }

    /** The index after {@code n} ASCII digits from {@code from}, or -1 when they are not there. */
    private static int digits(String t, int from, int end, int n) {
        if (from < 0 || from + n > end) {
            return -1;
        }
        for (int i = from; i < from + n; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return -1;
            }
        }
        return from + n;
    }

    Optional<LocalDate> publishedDate() {
        return report.publishedAt().map(Anchor::date);
    }

    boolean hasTimeSeparatedSubjects() {
        return !principals.isEmpty() || !countries.isEmpty();
    }

    @Override
    public String toString() {
        return ref.report() + "#" + ref.index();
    }
}
