package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Running the documented stages by hand gives the events the standard reconciler gives. */
class ComponentsTest {

    private static List<Report> corpus() {
        List<Report> all = new ArrayList<>(Seeds.reports());
        all.addAll(Seeds.read(
                Path.of(System.getProperty("entente.repo", "."), "src", "test", "resources", "corpus", "tune")));
        all.addAll(Seeds.read(
                Path.of(System.getProperty("entente.repo", "."), "src", "test", "resources", "corpus", "heldout")));
        return all;
    }

    private record Rec(Report report, int index, Set<String> keys) {}

    @Test
    void stagesByHand_giveTheStandardEvents() {
        List<Report> reports = corpus();
        List<Rec> recs = new ArrayList<>();
        for (Report r : reports) {
            for (int i = 0; i < r.records().size(); i++) {
                recs.add(new Rec(r, i, Components.blockingKeys(r, i)));
            }
        }
        Map<String, String> parent = new TreeMap<>();
        reports.forEach(r -> parent.put(r.id(), r.id()));
        List<String[]> nearCopies = new ArrayList<>();
        for (Rec a : recs) {
            for (Rec b : recs) {
                if (a.report() != b.report()
                        && a.report().id().compareTo(b.report().id()) < 0
                        && a.keys().stream()
                                .anyMatch(k -> b.keys().contains(k)
                                        && Components.comparable(k, a.report(), a.index(), b.report(), b.index()))) {
                    union(parent, a.report().id(), b.report().id());
                    if (Components.nearCopies(a.report(), b.report())) {
                        nearCopies.add(new String[] {a.report().id(), b.report().id()});
                    }
                }
            }
        }
        Map<String, String> origins = Components.origins(reports, nearCopies);
        Map<String, List<Report>> components = new TreeMap<>();
        reports.forEach(r -> components
                .computeIfAbsent(find(parent, r.id()), k -> new ArrayList<>())
                .add(r));
        List<TimelineEvent> events = new ArrayList<>();
        for (List<Report> c : components.values()) {
            events.addAll(Components.reconcile(c, origins));
        }
        events.sort(Components.EVENT_ORDER);

        Timeline standard = Reconciler.standard().reconcile(reports);
        assertThat(components).as("independent components").hasSizeGreaterThan(2);
        assertThat(events).hasSameSizeAs(standard.events());
        for (int i = 0; i < events.size(); i++) {
            assertThat(TimelineWriter.compact().writeEvent(events.get(i)))
                    .isEqualTo(TimelineWriter.compact()
                            .writeEvent(standard.events().get(i)));
        }
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    @net.jqwik.api.Property
    void candidatePairs_areExactlyTheComparablePairs(
            @net.jqwik.api.ForAll("keys") String key, @net.jqwik.api.ForAll("blocks") List<Components.Timing> timings) {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < timings.size(); i++) {
            for (int j = i + 1; j < timings.size(); j++) {
                if (Components.comparable(key, timings.get(i), timings.get(j))) {
                    expected.add(((long) i << 32) | j);
                }
            }
        }
        assertThat(Components.candidatePairs(key, timings))
                .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> keys() {
        return net.jqwik.api.Arbitraries.of(
                "meeting/phone|p|kaka", "meeting|cc|IN,US", "ministerial|tl|energy@tokyo", "ministerial|o|quad");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Components.Timing>> blocks() {
        net.jqwik.api.Arbitrary<Components.Timing> timing = net.jqwik.api.Combinators.combine(
                        net.jqwik.api.Arbitraries.integers().between(-1, 2000),
                        net.jqwik.api.Arbitraries.integers().between(0, 40),
                        net.jqwik.api.Arbitraries.of("", "next week", "last week"),
                        net.jqwik.api.Arbitraries.integers().between(-1, 80))
                .as((start, length, words, published) -> {
                    long first = start < 0 ? Components.Timing.UNKNOWN : 20_000 + start;
                    long last = start < 0 ? Components.Timing.UNKNOWN : first + length;
                    boolean dated = !words.isEmpty() && published >= 0;
                    return new Components.Timing(
                            first, last, dated ? words : null, dated ? 19_990 + published : Components.Timing.UNKNOWN);
                });
        return timing.list().ofMaxSize(30);
    }

    @Test
    void candidatePairs_staleCopiesFarApart_onlyOnKeysWhereTheRuleApplies() {
        Components.Timing a = new Components.Timing(20_000, 20_006, "next week", 19_995);
        Components.Timing b = new Components.Timing(20_400, 20_406, "next week", 20_010);
        assertThat(Components.candidatePairs("meeting|cc|IN,US", List.of(a, b))).containsExactly(1L);
        assertThat(Components.candidatePairs("ministerial|tl|energy@tokyo", List.of(a, b)))
                .isEmpty();
    }

    @net.jqwik.api.Property(tries = 20)
    void sortInEventOrder_sameOrderAsTheComparator(@net.jqwik.api.ForAll long shuffleSeed) {
        List<TimelineEvent> events =
                new ArrayList<>(Reconciler.standard().reconcile(corpus()).events());
        for (String id : List.of("undated-a", "undated-b")) {
            events.add(TimelineEvent.builder()
                    .id(id)
                    .event(events.get(0).event().withWhen(dev.entente.time.When.unknown("some day")))
                    .sources(events.get(0).sources())
                    .build());
        }
        java.util.Collections.shuffle(events, new java.util.Random(shuffleSeed));
        List<TimelineEvent> expected = new ArrayList<>(events);
        expected.sort(Components.EVENT_ORDER);
        Components.sortInEventOrder(events);
        assertThat(events).containsExactlyElementsOf(expected);
    }

    @net.jqwik.api.Property(tries = 2000)
    void idKey_ordersStandardIdsAsTheirText(
            @net.jqwik.api.ForAll("eventIds") String a, @net.jqwik.api.ForAll("eventIds") String b) {
        long ka = Components.idKey(a);
        long kb = Components.idKey(b);
        if (ka >= 0 && kb >= 0) {
            assertThat(Integer.signum(Long.compare(ka, kb))).isEqualTo(Integer.signum(a.compareTo(b)));
        }
        assertThat(ka >= 0).isEqualTo(a.matches("evt-[0-9a-f]{12}"));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> eventIds() {
        net.jqwik.api.Arbitrary<String> standard = net.jqwik.api.Arbitraries.strings()
                .withChars("0123456789abcdef")
                .ofLength(12)
                .map(h -> "evt-" + h);
        net.jqwik.api.Arbitrary<String> other = net.jqwik.api.Arbitraries.strings()
                .withChars("0123456789abcdefABCDEF-evt\u0663")
                .ofMaxLength(17);
        return net.jqwik.api.Arbitraries.oneOf(standard, other);
    }
}
