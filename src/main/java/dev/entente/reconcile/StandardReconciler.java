package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.AgreementTerms;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.Meeting;
import dev.entente.model.Ministerial;
import dev.entente.model.Report;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import dev.entente.time.Resolution;
import dev.entente.time.Tense;
import dev.entente.time.When;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The standard {@link Reconciler}: blocking, pairwise scoring, complete-link clustering, merging. */
final class StandardReconciler implements Reconciler {
    static final StandardReconciler INSTANCE = new StandardReconciler();

    private StandardReconciler() {}

    @Override
    public Timeline reconcile(Collection<Report> reports, Collection<TimelineWarning> readWarnings, Anchor asOf) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(readWarnings, "readWarnings");
        List<TimelineWarning> warnings = new ArrayList<>();
        Map<String, Report> byId = latestVersions(reports, warnings);
        if (asOf != null) {
            byId.values()
                    .removeIf(r -> r.publishedAt().isEmpty()
                            || r.publishedAt().get().date().isAfter(asOf.date()));
        }
        for (TimelineWarning w : readWarnings) {
            if (byId.containsKey(w.report())) {
                warnings.add(w);
            }
        }
        List<Report> sorted = new ArrayList<>(byId.values());
        Partition partition = Partition.of(sorted);
        List<List<Report>> components = partition.components();
        List<List<TimelineEvent>> perComponent = java.util.stream.IntStream.range(0, components.size())
                .parallel()
                .mapToObj(c -> reconcileComponent(
                                components.get(c),
                                partition.origins().restrictedTo(components.get(c)),
                                partition.prepared(c),
                                partition.pairs(c))
                        .events())
                .toList();
        List<TimelineEvent> events = new ArrayList<>();
        Map<String, Integer> componentOf = new HashMap<>();
        for (int c = 0; c < perComponent.size(); c++) {
            for (TimelineEvent e : perComponent.get(c)) {
                events.add(e);
                componentOf.put(e.id(), c);
            }
        }
        Components.sortInEventOrder(events);
        warnings.sort(Comparator.comparing(TimelineWarning::report)
                .thenComparingInt(w -> w.index().orElse(-1))
                .thenComparing(w -> w.path().orElse(""))
                .thenComparing(TimelineWarning::message));
        return Timeline.builder()
                .asOf(java.util.Optional.ofNullable(asOf))
                .addAllEvents(events)
                .addAllWarnings(warnings)
                .context(new Context(sorted, events, components, componentOf, partition.origins()))
                .build();
    }

    /** The events of one component of the candidate graph, and how they came about. */
    record ComponentResult(List<EventMerger.Merged> merged, Clusters clusters) {
        /** The component's events, final: a record's {@code partOf} names a record of its own report. */
        List<TimelineEvent> events() {
            Map<RecordRef, String> eventOf = new HashMap<>();
            for (EventMerger.Merged m : merged) {
                m.members().forEach(v -> eventOf.put(v.ref, m.id()));
            }
            List<TimelineEvent> out = new ArrayList<>(merged.size());
            for (EventMerger.Merged m : merged) {
                out.add(m.finish(eventOf));
            }
            return out;
        }

        Map<String, Explanation> explanations() {
            Map<RecordRef, String> eventOf = new HashMap<>();
            for (EventMerger.Merged m : merged) {
                m.members().forEach(v -> eventOf.put(v.ref, m.id()));
            }
            return clusters.explanations(eventOf);
        }
    }

    /**
     * Explanations and actors of a timeline, worked out when first asked for: an explanation
     * reconciles the event's component again; the actors resolve every mention once.
     */
    private static final class Context implements TimelineContext {
        private final List<Report> reports;
        private final List<TimelineEvent> events;
        private final List<List<Report>> components;
        private final Map<String, Integer> componentOf;
        private final Origins origins;
        private volatile List<TimelineActor> actors;

        Context(
                List<Report> reports,
                List<TimelineEvent> events,
                List<List<Report>> components,
                Map<String, Integer> componentOf,
                Origins origins) {
            this.reports = reports;
            this.events = events;
            this.components = components;
            this.componentOf = componentOf;
            this.origins = origins;
        }

        @Override
        public java.util.Optional<Explanation> explain(String eventId) {
            Integer c = componentOf.get(eventId);
            if (c == null) {
                return java.util.Optional.empty();
            }
            List<Report> component = components.get(c);
            ComponentResult result = reconcileComponent(component, origins.restrictedTo(component));
            return java.util.Optional.ofNullable(result.explanations().get(eventId));
        }

        @Override
        public List<TimelineActor> actors() {
            List<TimelineActor> a = actors;
            if (a == null) {
                List<EventMerger.Merged> merged = new ArrayList<>();
                for (List<Report> component : components) {
                    merged.addAll(reconcileComponent(component, origins.restrictedTo(component))
                            .merged());
                }
                a = List.copyOf(timelineActors(events, merged, reports));
                actors = a;
            }
            return a;
        }
    }

    /**
     * Reconciles one component of the candidate graph: its reports share no candidate pair with any
     * other report, so its events are the same whether it is reconciled alone or with the whole
     * corpus. Actor identity is resolved among the component's own mentions.
     */
    static ComponentResult reconcileComponent(List<Report> reports, Origins origins) {
        return reconcileComponent(
                reports, origins, reports.stream().map(Partition.PerReport::of).toList());
    }

    /**
     * Reconciles one component, given the blocking inputs of its reports (worked out once for the
     * whole corpus), in the order of {@code reports}.
     */
    static ComponentResult reconcileComponent(
            List<Report> reports, Origins origins, List<Partition.PerReport> prepared) {
        return reconcileComponent(reports, origins, prepared, null);
    }

    /**
     * Reconciles one component, given the blocking inputs of its reports and, when not null, its
     * candidate record pairs (as {@link Blocking#pairs} would find them among its records).
     */
    static ComponentResult reconcileComponent(
            List<Report> reports, Origins origins, List<Partition.PerReport> prepared, long[] knownPairs) {
        ActorResolver actors = new ActorResolver(mentions(reports));
        List<RecordView> views = new ArrayList<>();
        for (int ri = 0; ri < reports.size(); ri++) {
            Report r = reports.get(ri);
            Partition.PerReport p = prepared.get(ri);
            for (int i = 0; i < r.records().size(); i++) {
                views.add(new RecordView(views.size(), r, i, p.dates()[i], actors));
            }
        }
        long[] pairs = knownPairs != null ? knownPairs : Partition.recordPairs(reports, prepared);
        PairScorer scorer = new PairScorer(origins);
        reanchorStaleCopies(views, pairs, scorer, origins);
        Clusters clusters = Clusters.build(views, pairs, scorer);
        EventMerger merger = new EventMerger(actors, origins);
        List<EventMerger.Merged> merged = new ArrayList<>();
        for (List<RecordView> members : clusters.groups()) {
            merged.add(merger.merge(members));
        }
        return new ComponentResult(merged, clusters);
    }

    private static Map<String, Report> latestVersions(Collection<Report> reports, List<TimelineWarning> warnings) {
        Map<String, Report> byId = new TreeMap<>();
        Map<String, Integer> versions = new TreeMap<>();
        for (Report r : reports) {
            Objects.requireNonNull(r, "report");
            Report prev = byId.get(r.id());
            if (prev == null) {
                byId.put(r.id(), r);
            } else if (!prev.equals(r)) {
                byId.put(r.id(), laterVersion(prev, r));
                versions.merge(r.id(), 1, Integer::sum);
            }
        }
        versions.forEach((id, n) -> warnings.add(TimelineWarning.of(
                id,
                "report " + id + " was given in " + (n + 1) + " different versions; the one published last is kept")));
        return byId;
    }

    /** The version that wins ({@link dev.entente.internal.CanonicalJson#laterVersion}). */
    static Report laterVersion(Report a, Report b) {
        return dev.entente.internal.CanonicalJson.laterVersion(a, b);
    }

    private static List<Actor> mentions(List<Report> reports) {
        List<Actor> out = new ArrayList<>();
        for (Report r : reports) {
            for (Event e : r.records()) {
                out.addAll(e.actors());
                for (AgreementTerms t : agreementsOf(e)) {
                    out.addAll(t.parties());
                    out.addAll(t.signatories());
                }
            }
        }
        return out;
    }

    static List<AgreementTerms> agreementsOf(Event e) {
        if (e instanceof Meeting m) {
            return m.agreements();
        }
        if (e instanceof Ministerial m) {
            return m.agreements();
        }
        if (e instanceof Visit v) {
            return v.agreements();
        }
        return List.of();
    }

    /** A record's date: as read, or resolved against its report's date when it was left unresolved. */
    static When resolve(Report r, Event e) {
        When w = e.when();
        if (!w.isUnknown() || w.text().isEmpty() || r.publishedAt().isEmpty()) {
            return w;
        }
        return reanchor(w.text().get(), r.publishedAt().get(), e, r.language());
    }

    static When reanchor(String text, Anchor anchor, Event e, String language) {
        Tense tense = e.status()
                .map(s ->
                        s.isFuture() ? Tense.FUTURE : s == dev.entente.model.Status.OCCURRED ? Tense.PAST : Tense.NONE)
                .orElse(Tense.NONE);
        Resolution res = DateResolver.standard().resolve(text, anchor, tense, language);
        return res.isError() ? When.unknown(text) : res.when();
    }

    /**
     * Re-reads the relative date of a wire copy republished later against the date of the earliest
     * story of the same origin it copies (same words, a pair that matches), so that a stale "earlier
     * this month" creates no false conflict.
     */
    private static void reanchorStaleCopies(List<RecordView> views, long[] pairs, PairScorer scorer, Origins origins) {
        Map<Integer, Anchor> earliest = new TreeMap<>();
        for (long pair : pairs) {
            RecordView a = views.get((int) (pair >>> 32));
            RecordView b = views.get((int) pair);
            if (a.relativeText == null
                    || !a.relativeText.equals(b.relativeText)
                    || a.report.publishedAt().isEmpty()
                    || b.report.publishedAt().isEmpty()
                    || !origins.sameOrigin(a.report, b.report)
                    || !PairScorer.merges(scorer.score(a, b))) {
                continue;
            }
            Anchor anchor = a.report
                                    .publishedAt()
                                    .get()
                                    .compareTo(b.report.publishedAt().get())
                            <= 0
                    ? a.report.publishedAt().get()
                    : b.report.publishedAt().get();
            for (RecordView v : List.of(a, b)) {
                earliest.merge(v.seq, anchor, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        for (Map.Entry<Integer, Anchor> e : earliest.entrySet()) {
            RecordView v = views.get(e.getKey());
            if (!e.getValue().equals(v.report.publishedAt().get())) {
                v.when = reanchor(v.event.when().text().get(), e.getValue(), v.event, v.report.language());
                v.reanchoredTo = e.getValue();
            }
        }
    }

    /** The actors of the whole timeline, identities resolved across every report, with their events. */
    private static List<TimelineActor> timelineActors(
            List<TimelineEvent> events, List<EventMerger.Merged> merged, List<Report> reports) {
        ActorResolver actors = new ActorResolver(mentions(reports));
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            order.put(events.get(i).id(), i);
        }
        Map<String, Set<String>> eventsOfActor = new HashMap<>();
        for (EventMerger.Merged m : merged) {
            for (RecordView v : m.members()) {
                for (String a : actorIdsOf(v.event, actors)) {
                    eventsOfActor.computeIfAbsent(a, k -> new HashSet<>()).add(m.id());
                }
            }
        }
        List<TimelineActor> out = new ArrayList<>();
        for (Map.Entry<String, Actor> e :
                ActorResolver.sortedByName(actors.all()).entrySet()) {
            List<String> evs = new ArrayList<>(eventsOfActor.getOrDefault(e.getKey(), Set.of()));
            evs.sort(Comparator.comparing(order::get));
            out.add(TimelineActor.builder()
                    .id(e.getKey())
                    .actor(e.getValue())
                    .addAllEvents(evs)
                    .build());
        }
        return out;
    }

    static Set<String> actorIdsOf(Event e, ActorResolver actors) {
        Set<String> ids = new TreeSet<>();
        for (Actor a : e.actors()) {
            ids.add(actors.idOf(a));
            if (a instanceof Delegation d) {
                d.leader().ifPresent(l -> ids.add(actors.idOf(l)));
                d.members().forEach(m -> ids.add(actors.idOf(m)));
            }
        }
        return ids;
    }
}
