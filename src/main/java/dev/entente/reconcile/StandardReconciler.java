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

    /** Blocks up to this size are compared all pairs; larger ones within a date window. */
    private static final int SMALL_BLOCK = 48;
    /** Days beyond which two dated records of a large block are not compared. */
    private static final int WINDOW_DAYS = 16;

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
        ActorResolver actors = new ActorResolver(mentions(sorted));
        List<RecordView> views = new ArrayList<>();
        for (Report r : sorted) {
            for (int i = 0; i < r.records().size(); i++) {
                views.add(new RecordView(
                        views.size(), r, i, resolve(r, r.records().get(i)), actors));
            }
        }
        Origins origins = new Origins();
        PairScorer scorer = new PairScorer(origins);
        List<PairDecision> decisions = new ArrayList<>();
        Map<RecordRef, RecordView> byRef = new HashMap<>();
        views.forEach(v -> byRef.put(v.ref, v));
        Set<Long> pairs = candidatePairs(views);
        List<Report[]> reportPairs = new ArrayList<>();
        for (long pair : pairs) {
            reportPairs.add(new Report[] {views.get((int) (pair >>> 32)).report, views.get((int) pair).report});
        }
        origins.link(sorted, reportPairs);
        reanchorStaleCopies(views, pairs, scorer, origins);
        for (long pair : pairs) {
            decisions.add(scorer.decide(views.get((int) (pair >>> 32)), views.get((int) pair)));
        }
        Clusters clusters = Clusters.build(views, decisions, byRef, scorer);
        EventMerger merger = new EventMerger(actors, origins);
        List<EventMerger.Merged> merged = new ArrayList<>();
        Map<RecordRef, String> eventOf = new HashMap<>();
        for (List<RecordView> members : clusters.groups()) {
            EventMerger.Merged m = merger.merge(members);
            merged.add(m);
            members.forEach(v -> eventOf.put(v.ref, m.id()));
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (EventMerger.Merged m : merged) {
            events.add(m.finish(eventOf));
        }
        events.sort(
                Comparator.comparing((TimelineEvent e) -> e.when().earliest().orElse(java.time.LocalDate.MAX))
                        .thenComparing(TimelineEvent::id));
        warnings.sort(Comparator.comparing(TimelineWarning::report)
                .thenComparingInt(w -> w.index().orElse(-1))
                .thenComparing(w -> w.path().orElse(""))
                .thenComparing(TimelineWarning::message));
        return Timeline.builder()
                .asOf(java.util.Optional.ofNullable(asOf))
                .addAllEvents(events)
                .addAllWarnings(warnings)
                .addAllActors(timelineActors(events, merged, actors))
                .putAllExplanations(clusters.explanations(eventOf))
                .build();
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

    /** The version that wins: the later publishedAt; on a tie or without dates, the larger canonical form. */
    static Report laterVersion(Report a, Report b) {
        if (a.publishedAt().isPresent() && b.publishedAt().isPresent()) {
            int c = a.publishedAt().get().compareTo(b.publishedAt().get());
            if (c != 0) {
                return c > 0 ? a : b;
            }
        }
        return a.toString().compareTo(b.toString()) >= 0 ? a : b;
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
    private static void reanchorStaleCopies(
            List<RecordView> views, Set<Long> pairs, PairScorer scorer, Origins origins) {
        Map<Integer, Anchor> earliest = new TreeMap<>();
        for (long pair : pairs) {
            RecordView a = views.get((int) (pair >>> 32));
            RecordView b = views.get((int) pair);
            if (a.relativeText == null
                    || !a.relativeText.equals(b.relativeText)
                    || a.report.publishedAt().isEmpty()
                    || b.report.publishedAt().isEmpty()
                    || !origins.sameOrigin(a.report, b.report)
                    || !scorer.decide(a, b).merged()) {
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
            }
        }
    }

    /** Candidate pairs from blocks of records sharing a kind and an actor, title word, visitor or convener. */
    private static Set<Long> candidatePairs(List<RecordView> views) {
        Map<String, List<RecordView>> blocks = new HashMap<>();
        for (RecordView v : views) {
            Set<String> keys = new HashSet<>();
            v.expanded.forEach(p -> keys.add(v.blockKind + "|p|" + p));
            v.titleWords.forEach(w -> keys.add(v.blockKind + "|t|" + w));
            if (v.visitor != null) {
                keys.add(v.blockKind + "|v|" + v.visitor);
            }
            if (v.convener != null) {
                keys.add(v.blockKind + "|c|" + v.convener);
            }
            if (v.principals.isEmpty() && !v.countries.isEmpty()) {
                keys.add(v.blockKind + "|k|" + String.join(",", v.countries));
            }
            for (String k : keys) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        Set<Long> pairs = new TreeSet<>();
        for (List<RecordView> block : blocks.values()) {
            if (block.size() <= SMALL_BLOCK) {
                for (int i = 0; i < block.size(); i++) {
                    for (int j = i + 1; j < block.size(); j++) {
                        addPair(pairs, block.get(i), block.get(j));
                    }
                }
            } else {
                windowPairs(block, pairs);
            }
        }
        return pairs;
    }

    private static void windowPairs(List<RecordView> block, Set<Long> pairs) {
        List<RecordView> dated = new ArrayList<>();
        List<RecordView> undated = new ArrayList<>();
        for (RecordView v : block) {
            (v.when.isUnknown() ? undated : dated).add(v);
        }
        dated.sort(
                Comparator.comparing((RecordView v) -> v.when.earliest().get()).thenComparingInt(v -> v.seq));
        for (int i = 0; i < dated.size(); i++) {
            java.time.LocalDate limit = dated.get(i).when.latest().get().plusDays(WINDOW_DAYS);
            for (int j = i + 1;
                    j < dated.size() && !dated.get(j).when.earliest().get().isAfter(limit);
                    j++) {
                addPair(pairs, dated.get(i), dated.get(j));
            }
        }
        for (int i = 0; i < undated.size(); i++) {
            for (int j = 0; j < Math.min(block.size(), SMALL_BLOCK * 4); j++) {
                addPair(pairs, undated.get(i), block.get(j));
            }
        }
    }

    private static void addPair(Set<Long> pairs, RecordView a, RecordView b) {
        if (a.seq == b.seq || a.report == b.report) {
            return;
        }
        int lo = Math.min(a.seq, b.seq);
        int hi = Math.max(a.seq, b.seq);
        pairs.add(((long) lo << 32) | hi);
    }

    private static List<TimelineActor> timelineActors(
            List<TimelineEvent> events, List<EventMerger.Merged> merged, ActorResolver actors) {
        Map<String, String> idToEventOrder = new HashMap<>();
        Map<String, Set<String>> eventsOfActor = new TreeMap<>();
        for (EventMerger.Merged m : merged) {
            for (String a : m.actorIds()) {
                eventsOfActor.computeIfAbsent(a, k -> new HashSet<>()).add(m.id());
            }
        }
        for (int i = 0; i < events.size(); i++) {
            idToEventOrder.put(events.get(i).id(), String.format("%09d", i));
        }
        List<TimelineActor> out = new ArrayList<>();
        for (Map.Entry<String, Actor> e :
                ActorResolver.sortedByName(actors.all()).entrySet()) {
            List<String> evs = new ArrayList<>(eventsOfActor.getOrDefault(e.getKey(), Set.of()));
            evs.sort(Comparator.comparing(idToEventOrder::get));
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
