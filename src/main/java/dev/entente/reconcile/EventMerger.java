package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementTerms;
import dev.entente.model.Event;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.Ministerial;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges the records of one event field by field (report-format section 5): the date is the
 * intersection of the best-supported group of overlapping intervals, the status that of the
 * latest report, other fields the value with most independent origins, participants the union;
 * every other value is kept as a conflict, with the reports behind it.
 */
final class EventMerger {
    private static final List<Status> STATUS_PRECEDENCE =
            List.of(Status.CANCELLED, Status.POSTPONED, Status.OCCURRED, Status.SCHEDULED, Status.PROPOSED);

    private final ActorResolver actors;
    private final Origins origins;

    EventMerger(ActorResolver actors, Origins origins) {
        this.actors = actors;
        this.origins = origins;
    }

    /** An event merged but for its {@code partOf}, which needs the ids of every event. */
    record Merged(String id, TimelineEvent.Builder builder, List<RecordView> members, Set<String> actorIds) {
        TimelineEvent finish(Map<RecordRef, String> eventOf) {
            Map<String, Integer> votes = new TreeMap<>();
            for (RecordView v : members) {
                if (v.event.partOf().isEmpty()) {
                    continue;
                }
                List<Event> records = v.report.records();
                for (int i = 0; i < records.size(); i++) {
                    if (records.get(i).ref().equals(v.event.partOf())) {
                        String parent = eventOf.get(RecordRef.of(v.report.id(), i));
                        if (parent != null && !parent.equals(id)) {
                            votes.merge(parent, 1, Integer::sum);
                        }
                    }
                }
            }
            String parent = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : votes.entrySet()) {
                if (e.getValue() > most) {
                    parent = e.getKey();
                    most = e.getValue();
                }
            }
            if (parent != null) {
                builder.partOf(parent);
            }
            return builder.build();
        }
    }

    /** Support for one value: the reports that give it. */
    private final class Support {
        final Object value;
        final Set<String> reports = new TreeSet<>();
        final Map<Object, Integer> spellings = new LinkedHashMap<>();
        int independent;
        LocalDate earliest = LocalDate.MAX;

        Support(Object value) {
            this.value = value;
        }

        /** The most used spelling; on a tie, the one whose text sorts first. */
        Object representative() {
            Object best = null;
            int most = 0;
            for (Map.Entry<Object, Integer> e : spellings.entrySet()) {
                int n = e.getValue();
                if (best == null
                        || n > most
                        || (n == most && e.getKey().toString().compareTo(best.toString()) < 0)) {
                    best = e.getKey();
                    most = n;
                }
            }
            return best == null ? value : best;
        }
    }

    private Map<String, String> components;

    Merged merge(List<RecordView> members) {
        components = originComponents(members);
        RecordView first = earliest(members);
        String id = eventId(first.ref);
        Map<String, List<String>> provenance = new TreeMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<String> aliases = new ArrayList<>();

        Map<RecordRef, When> dates = reanchored(members);
        When when = mergeWhen(members, dates, provenance, conflicts);
        Map<RecordRef, Optional<Status>> statuses = new HashMap<>();
        for (RecordView v : members) {
            statuses.put(v.ref, RecordView.effectiveStatus(v.event, dates.get(v.ref), v.report.publishedAt()));
        }
        List<StatusChange> history = statusHistory(members, statuses);
        Optional<Status> status = latestStatus(members, statuses);

        Optional<Object> title = voteText("title", members, Event::title, provenance, conflicts);
        for (Conflict c : conflicts) {
            if (c.field().equals("title")) {
                for (ConflictValue cv : c.values()) {
                    aliases.add((String) cv.value());
                }
            }
        }
        aliases.sort(null);
        Optional<Object> location = mergeLocation("location", members, Event::location, provenance, conflicts);
        Set<String> topics = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        members.forEach(v -> topics.addAll(v.event.topics()));

        Event event =
                switch (first.event.kind()) {
                    case MEETING -> {
                        Meeting.Builder b = Meeting.builder().mode(((Meeting) first.event).mode());
                        b.addAllParticipants(union(members, e -> ((Meeting) e).participants()));
                        b.addAllAgreements(mergeAgreements(members));
                        common(b, when, status, title, location, topics);
                        yield b.build();
                    }
                    case MINISTERIAL -> {
                        Ministerial.Builder b = Ministerial.builder();
                        voteActor("convener", members, e -> ((Ministerial) e).convener(), provenance, conflicts)
                                .ifPresent(a -> b.convener((Actor) a));
                        voteText("edition", members, e -> ((Ministerial) e).edition(), provenance, conflicts)
                                .ifPresent(e -> b.edition((String) e));
                        Set<String> codes = new TreeSet<>();
                        members.forEach(v -> codes.addAll(
                                ((Ministerial) v.event).representatives().keySet()));
                        for (String code : codes) {
                            vote(
                                            "representatives." + code,
                                            members,
                                            v -> Optional.ofNullable(((Ministerial) v.event)
                                                            .representatives()
                                                            .get(code))
                                                    .map(actors::canonical)
                                                    .orElse(null),
                                            a -> actors.idOf((Actor) a),
                                            provenance,
                                            conflicts)
                                    .ifPresent(a -> b.putRepresentatives(code, (Actor) a));
                        }
                        b.addAllAttendees(union(members, e -> ((Ministerial) e).attendees()));
                        b.addAllAgreements(mergeAgreements(members));
                        common(b, when, status, title, location, topics);
                        yield b.build();
                    }
                    case VISIT -> {
                        Visit.Builder b = Visit.builder();
                        voteActor("visitor", members, e -> ((Visit) e).visitor(), provenance, conflicts)
                                .ifPresent(a -> b.visitor((Actor) a));
                        mergeLocation("destination", members, e -> ((Visit) e).destination(), provenance, conflicts)
                                .ifPresent(d -> b.destination((Location) d));
                        voteText("purpose", members, e -> ((Visit) e).purpose(), provenance, conflicts)
                                .ifPresent(p -> b.purpose((String) p));
                        b.addAllAgreements(mergeAgreements(members));
                        common(b, when, status, title, location, topics);
                        yield b.build();
                    }
                    case AGREEMENT -> {
                        Agreement.Builder b = Agreement.builder();
                        b.addAllParties(union(members, e -> ((Agreement) e).parties()));
                        b.addAllSignatories(union(members, e -> ((Agreement) e).signatories()));
                        vote(
                                        "agreementType",
                                        members,
                                        v -> ((Agreement) v.event)
                                                .agreementType()
                                                .orElse(null),
                                        Object::toString,
                                        provenance,
                                        conflicts)
                                .ifPresent(t -> b.agreementType((dev.entente.model.AgreementType) t));
                        vote(
                                        "termYears",
                                        members,
                                        v -> {
                                            var t = ((Agreement) v.event).termYears();
                                            return t.isPresent() ? t.getAsInt() : null;
                                        },
                                        Object::toString,
                                        provenance,
                                        conflicts)
                                .ifPresent(t -> b.termYears((Integer) t));
                        common(b, when, status, title, location, topics);
                        yield b.build();
                    }
                };

        Set<String> actorIds = new TreeSet<>();
        Map<String, Actor> participants = new TreeMap<>();
        for (RecordView v : members) {
            actorIds.addAll(StandardReconciler.actorIdsOf(v.event, actors));
            for (Actor a : v.event.actors()) {
                participants.put(actors.idOf(a), actors.canonical(a));
            }
        }
        List<Actor> sortedParticipants = sortedActors(participants.values());

        Set<String> reports = new TreeSet<>();
        Set<String> outlets = new TreeSet<>();
        Set<String> origins = new TreeSet<>();
        for (RecordView v : members) {
            reports.add(v.report.id());
            outlets.add(v.report.source().outlet());
            origins.add(components.get(v.report.id()));
        }
        conflicts.sort(BY_FIELD);
        TimelineEvent.Builder builder = TimelineEvent.builder()
                .id(id)
                .event(event)
                .addAllAliases(aliases)
                .addAllParticipants(sortedParticipants)
                .addAllRecords(refs(members))
                .sources(Sources.of(reports.size(), outlets.size(), origins.size()))
                .addAllConflicts(conflicts)
                .putAllProvenance(provenance)
                .addAllStatusHistory(history);
        return new Merged(id, builder, members, actorIds);
    }

    private static final Comparator<Conflict> BY_FIELD = Comparator.comparing(Conflict::field);

    /** The member of the earliest report (undated last), then of the first reference. */
    private static RecordView earliest(List<RecordView> members) {
        RecordView first = null;
        LocalDate firstDay = null;
        for (RecordView v : members) {
            LocalDate day = v.publishedDate().orElse(LocalDate.MAX);
            if (first == null) {
                first = v;
                firstDay = day;
            } else {
                int c = day.compareTo(firstDay);
                if (c < 0 || (c == 0 && v.ref.compareTo(first.ref) < 0)) {
                    first = v;
                    firstDay = day;
                }
            }
        }
        return first;
    }

    private static List<RecordRef> refs(List<RecordView> members) {
        List<RecordRef> out = new ArrayList<>(members.size());
        for (RecordView v : members) {
            out.add(v.ref);
        }
        out.sort(null);
        return out;
    }

    /** Sets the fields every kind of event shares: the merged date, status, title, location and topics. */
    private static void common(
            Event.Builder<?> b, When w, Optional<Status> s, Optional<Object> t, Optional<Object> l, Set<String> tp) {
        b.when(w);
        b.status(s);
        b.title(t.map(o -> (String) o));
        b.location(l.map(o -> (Location) o));
        b.addAllTopics(tp);
    }

    /** Votes on an actor-valued field; actors are compared by canonical identity. */
    private Optional<Object> voteActor(
            String field,
            List<RecordView> members,
            Function<Event, Optional<Actor>> role,
            Map<String, List<String>> provenance,
            List<Conflict> conflicts) {
        return vote(
                field,
                members,
                v -> role.apply(v.event).map(actors::canonical).orElse(null),
                a -> actors.idOf((Actor) a),
                provenance,
                conflicts);
    }

    /** Votes on a text field; texts are compared folded (case, diacritics, punctuation). */
    private Optional<Object> voteText(
            String field,
            List<RecordView> members,
            Function<Event, Optional<String>> text,
            Map<String, List<String>> provenance,
            List<Conflict> conflicts) {
        return vote(
                field,
                members,
                v -> text.apply(v.event).orElse(null),
                o -> Names.fold((String) o),
                provenance,
                conflicts);
    }

    /** The canonical actors of a role across the records, each once, sorted by name. */
    private List<Actor> union(List<RecordView> members, Function<Event, List<Actor>> role) {
        Map<String, Actor> byId = new TreeMap<>();
        for (RecordView v : members) {
            for (Actor a : role.apply(v.event)) {
                byId.put(actors.idOf(a), actors.canonical(a));
            }
        }
        return sortedActors(byId.values());
    }

    static List<Actor> sortedActors(java.util.Collection<Actor> actors) {
        List<Actor> out = new ArrayList<>(actors);
        out.sort(Comparator.comparing(Actor::displayName)
                .thenComparing(a -> a.actorKind().wireName()));
        return out;
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    });

    static String eventId(RecordRef ref) {
        byte[] h = SHA_256.get().digest((ref.report() + "#" + ref.index()).getBytes(StandardCharsets.UTF_8));
        return "evt-" + HexFormat.of().formatHex(h, 0, 6);
    }

    private Map<String, String> originComponents(List<RecordView> members) {
        Map<String, String> out = new HashMap<>();
        members.forEach(v -> out.put(v.report.id(), origins.origin(v.report)));
        return out;
    }

    /**
     * The dates of the records, with relative expressions copied from an earlier story of the same
     * origin read against that story's date.
     */
    private Map<RecordRef, When> reanchored(List<RecordView> members) {
        Map<RecordRef, When> out = new HashMap<>();
        Map<String, Anchor> earliestAnchor = new HashMap<>();
        for (RecordView v : members) {
            out.put(v.ref, v.when);
            if (v.relativeText != null && v.report.publishedAt().isPresent()) {
                String key = components.get(v.report.id()) + "|" + v.relativeText;
                earliestAnchor.merge(key, v.report.publishedAt().get(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        for (RecordView v : members) {
            if (v.relativeText == null) {
                continue;
            }
            Anchor anchor = earliestAnchor.get(components.get(v.report.id()) + "|" + v.relativeText);
            if (anchor != null && !anchor.equals(v.report.publishedAt().orElse(null))) {
                out.put(
                        v.ref,
                        anchor.equals(v.reanchoredTo)
                                ? v.when
                                : StandardReconciler.reanchor(
                                        v.event.when().text().get(), anchor, v.event, v.report.language()));
            }
        }
        return out;
    }

    private When mergeWhen(
            List<RecordView> members,
            Map<RecordRef, When> dates,
            Map<String, List<String>> provenance,
            List<Conflict> conflicts) {
        List<RecordView> known = new ArrayList<>(members.size());
        for (RecordView v : members) {
            if (!dates.get(v.ref).isUnknown()) {
                known.add(v);
            }
        }
        if (known.isEmpty()) {
            return When.unknown();
        }
        List<RecordView> best = null;
        int bestIndependent = 0;
        int bestReports = 0;
        long bestFirst = 0;
        long bestLast = 0;
        long[] first = new long[known.size()];
        long[] last = new long[known.size()];
        Set<LocalDate> probes = new TreeSet<>();
        for (int i = 0; i < known.size(); i++) {
            When w = dates.get(known.get(i).ref);
            probes.add(w.earliest().get());
            first[i] = w.earliest().get().toEpochDay();
            last[i] = w.latest().get().toEpochDay();
        }
        for (LocalDate probe : probes) {
            long p = probe.toEpochDay();
            List<RecordView> group = new ArrayList<>(known.size());
            long from = Long.MIN_VALUE;
            long to = Long.MAX_VALUE;
            for (int i = 0; i < known.size(); i++) {
                if (first[i] <= p && p <= last[i]) {
                    group.add(known.get(i));
                    from = Math.max(from, first[i]);
                    to = Math.min(to, last[i]);
                }
            }
            int independent = independent(group);
            int reports = distinctReports(group);
            boolean better = best == null
                    || independent > bestIndependent
                    || (independent == bestIndependent && reports > bestReports)
                    || (independent == bestIndependent && reports == bestReports && to - from < bestLast - bestFirst);
            if (better) {
                best = group;
                bestIndependent = independent;
                bestReports = reports;
                bestFirst = from;
                bestLast = to;
            }
        }
        When bestWhen = When.of(LocalDate.ofEpochDay(bestFirst), LocalDate.ofEpochDay(bestLast));
        provenance.put("when", reportIds(best));
        Map<String, Support> dissent = new TreeMap<>();
        for (RecordView v : known) {
            When w = dates.get(v.ref);
            if (!w.overlaps(bestWhen)) {
                Support s = dissent.computeIfAbsent(w.toIsoString(), k -> new Support(w.interval()));
                s.reports.add(v.report.id());
            }
        }
        addConflict("when", dissent.values(), conflicts);
        return bestWhen;
    }

    private int independent(List<RecordView> group) {
        Set<String> distinct = new java.util.HashSet<>();
        for (RecordView v : group) {
            distinct.add(components.get(v.report.id()));
        }
        return distinct.size();
    }

    private static int distinctReports(List<RecordView> group) {
        Set<String> ids = new java.util.HashSet<>();
        for (RecordView v : group) {
            ids.add(v.report.id());
        }
        return ids.size();
    }

    private static List<String> reportIds(List<RecordView> group) {
        Set<String> ids = new TreeSet<>();
        for (RecordView v : group) {
            ids.add(v.report.id());
        }
        return List.copyOf(ids);
    }

    /**
     * Votes on a field: the value with the most independent origins, then reports, then the
     * earliest report wins; the others become a conflict.
     */
    private Optional<Object> vote(
            String field,
            List<RecordView> members,
            Function<RecordView, Object> valueOf,
            Function<Object, String> keyOf,
            Map<String, List<String>> provenance,
            List<Conflict> conflicts) {
        Map<String, Support> groups = null;
        for (RecordView v : members) {
            Object value = valueOf.apply(v);
            if (value == null) {
                continue;
            }
            if (groups == null) {
                groups = new TreeMap<>();
            }
            Support s = groups.computeIfAbsent(keyOf.apply(value), k -> new Support(value));
            s.reports.add(v.report.id());
            s.spellings.merge(value, 1, Integer::sum);
            LocalDate d = v.publishedDate().orElse(LocalDate.MAX);
            if (d.isBefore(s.earliest)) {
                s.earliest = d;
            }
        }
        if (groups == null) {
            return Optional.empty();
        }
        for (Support s : groups.values()) {
            Set<String> distinct = new java.util.HashSet<>();
            for (String r : s.reports) {
                distinct.add(components.get(r));
            }
            s.independent = distinct.size();
        }
        List<Support> ordered = new ArrayList<>(groups.values());
        ordered.sort(EventMerger::byVotes);
        Support winner = ordered.get(0);
        provenance.put(field, List.copyOf(winner.reports));
        addConflict(field, ordered.subList(1, ordered.size()), conflicts);
        return Optional.of(winner.representative());
    }

    /** Most independent origins first, then most reports, then the earliest report. */
    private static int byVotes(Support a, Support b) {
        if (a.independent != b.independent) {
            return Integer.compare(b.independent, a.independent);
        }
        if (a.reports.size() != b.reports.size()) {
            return Integer.compare(b.reports.size(), a.reports.size());
        }
        return a.earliest.compareTo(b.earliest);
    }

    private static void addConflict(String field, java.util.Collection<Support> others, List<Conflict> conflicts) {
        if (others.isEmpty()) {
            return;
        }
        List<Support> sorted = new ArrayList<>(others);
        sorted.sort(Comparator.comparingInt((Support s) -> -s.reports.size())
                .thenComparing(s -> s.representative().toString()));
        conflicts.add(Conflict.of(
                field,
                sorted.stream()
                        .map(s -> ConflictValue.of(s.representative(), List.copyOf(s.reports)))
                        .toList()));
    }

    /** Merges a location part by part (place, city, country), each voted on by the records that give it. */
    private Optional<Object> mergeLocation(
            String field,
            List<RecordView> members,
            Function<Event, Optional<Location>> locationOf,
            Map<String, List<String>> provenance,
            List<Conflict> conflicts) {
        Optional<Object> place = voteText(
                field + ".place", members, e -> locationOf.apply(e).flatMap(Location::place), provenance, conflicts);
        Optional<Object> city = voteText(
                field + ".city", members, e -> locationOf.apply(e).flatMap(Location::city), provenance, conflicts);
        Optional<Object> country = vote(
                field + ".country",
                members,
                v -> locationOf.apply(v.event).flatMap(Location::country).orElse(null),
                o -> (String) o,
                provenance,
                conflicts);
        if (place.isEmpty() && city.isEmpty() && country.isEmpty()) {
            return Optional.empty();
        }
        Location.Builder b = Location.builder();
        place.ifPresent(p -> b.place((String) p));
        city.ifPresent(c -> b.city((String) c));
        country.ifPresent(c -> b.country((String) c));
        return Optional.of(b.build());
    }

    private List<StatusChange> statusHistory(List<RecordView> members, Map<RecordRef, Optional<Status>> statuses) {
        List<RecordView> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing(
                        (RecordView v) -> v.report.publishedAt().orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(v -> v.ref));
        Map<Status, List<String>> history = new LinkedHashMap<>();
        for (RecordView v : ordered) {
            statuses.get(v.ref).ifPresent(s -> {
                List<String> r = history.computeIfAbsent(s, k -> new ArrayList<>());
                if (!r.contains(v.report.id())) {
                    r.add(v.report.id());
                }
            });
        }
        List<StatusChange> out = new ArrayList<>();
        history.forEach((s, r) -> out.add(StatusChange.of(s, r)));
        return out;
    }

    private static Optional<Status> latestStatus(List<RecordView> members, Map<RecordRef, Optional<Status>> statuses) {
        Anchor latest = null;
        boolean any = false;
        for (RecordView v : members) {
            if (statuses.get(v.ref).isPresent()) {
                Anchor a = v.report.publishedAt().orElse(null);
                if (!any || (a != null && (latest == null || a.compareTo(latest) > 0))) {
                    latest = a;
                }
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        Status best = null;
        for (RecordView v : members) {
            Optional<Status> s = statuses.get(v.ref);
            if (s.isPresent() && java.util.Objects.equals(v.report.publishedAt().orElse(null), latest)) {
                if (best == null || STATUS_PRECEDENCE.indexOf(s.get()) < STATUS_PRECEDENCE.indexOf(best)) {
                    best = s.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<AgreementTerms> mergeAgreements(List<RecordView> members) {
        Map<String, AgreementTerms.Builder> byTitle = new TreeMap<>();
        Map<String, Set<String>> seenActors = new HashMap<>();
        for (RecordView v : members) {
            for (AgreementTerms t : StandardReconciler.agreementsOf(v.event)) {
                String key =
                        t.title().map(Names::titleWords).map(Object::toString).orElse("#" + t.hashCode());
                AgreementTerms.Builder b = byTitle.get(key);
                Set<String> seen = seenActors.computeIfAbsent(key, k -> new TreeSet<>());
                if (b == null) {
                    b = AgreementTerms.builder();
                    t.title().ifPresent(b::title);
                    t.agreementType().ifPresent(b::agreementType);
                    if (t.termYears().isPresent()) {
                        b.termYears(t.termYears().getAsInt());
                    }
                    t.status().ifPresent(b::status);
                    byTitle.put(key, b);
                }
                for (Actor a : t.parties()) {
                    if (seen.add("p" + actors.idOf(a))) {
                        b.addParties(actors.canonical(a));
                    }
                }
                for (Actor a : t.signatories()) {
                    if (seen.add("s" + actors.idOf(a))) {
                        b.addSignatories(actors.canonical(a));
                    }
                }
            }
        }
        return byTitle.values().stream().map(AgreementTerms.Builder::build).toList();
    }
}
