package dev.entente.reconcile;

import dev.entente.model.Event;
import dev.entente.model.Report;
import dev.entente.time.When;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stages of the standard reconciler, for engines that spread the work over many machines (the
 * Spark adapter) or over time (incremental ingest). Running them as documented gives exactly the
 * events {@link Reconciler#standard()} gives.
 *
 * <ol>
 *   <li>Keep one version of each report ({@link #laterVersion}).
 *   <li>For each record, its {@linkplain #blockingKeys blocking keys}; two records sharing a key
 *       are a candidate pair when {@link #comparable} holds for them and that key.
 *   <li>Reports joined by candidate pairs form components.
 *   <li>Origins: reports naming the same agency share one; so do the two reports of a candidate
 *       pair that are {@linkplain #nearCopies near-copies}; origins are transitive across the whole
 *       corpus ({@link #origins}).
 *   <li>Each component is reconciled on its own ({@link #reconcile}); its events are final (a
 *       record's {@code partOf} names a record of the same report, hence of the same component).
 *   <li>All events are sorted by {@link #EVENT_ORDER}.
 * </ol>
 */
public final class Components {

    /** The order of events in a timeline: earliest date (unknown last), then id. */
    public static final Comparator<TimelineEvent> EVENT_ORDER = Comparator.comparing(
                    (TimelineEvent e) -> e.when().earliest().orElse(java.time.LocalDate.MAX))
            .thenComparing(TimelineEvent::id);

    private Components() {}

    /**
     * Sorts events by {@link #EVENT_ORDER}, each event's date read once (the comparator reads it
     * at every comparison, which dominates for hundreds of thousands of events), on all cores.
     */
    static void sortInEventOrder(List<TimelineEvent> events) {
        record Keyed(long day, long idKey, String id, TimelineEvent event) {}
        Keyed[] keyed = new Keyed[events.size()];
        java.util.Arrays.parallelSetAll(keyed, i -> {
            TimelineEvent e = events.get(i);
            return new Keyed(
                    e.when().earliest().orElse(java.time.LocalDate.MAX).toEpochDay(), idKey(e.id()), e.id(), e);
        });
        java.util.Arrays.parallelSort(keyed, (a, b) -> {
            int byDay = Long.compare(a.day(), b.day());
            if (byDay != 0) {
                return byDay;
            }
            return a.idKey() >= 0 && b.idKey() >= 0 ? Long.compare(a.idKey(), b.idKey()) : a.id().compareTo(b.id());
        });
        for (int i = 0; i < keyed.length; i++) {
            events.set(i, keyed[i].event());
        }
    }

    /**
     * The number an event id of the standard form ({@code evt-} and 12 lower-case hex digits)
     * spells, which orders such ids as their text does; -1 for any other id.
     */
    static long idKey(String id) {
        if (id.length() != 16 || !id.startsWith("evt-")) {
            return -1;
        }
        long key = 0;
        for (int i = 4; i < 16; i++) {
            char c = id.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            key = (key << 4) | d;
        }
        return key;
    }

    /**
     * Returns the version of a report that wins (report-format section 1, {@code id}): the later
     * {@code publishedAt}; a dated version over an undated one; on a tie, or when neither is dated,
     * the one whose canonical JSON document ({@code ReportWriter.compact()}) sorts last. This is a
     * total order: among any number of versions the winner does not depend on their order.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Report laterVersion(Report a, Report b) {
        return StandardReconciler.laterVersion(a, b);
    }

    /**
     * Returns the blocking keys of record {@code index} of {@code report}; they depend on that
     * record alone.
     *
     * @throws IndexOutOfBoundsException if there is no such record
     */
    public static Set<String> blockingKeys(Report report, int index) {
        return Blocking.keys(report.records().get(index));
    }

    /**
     * Returns the date of record {@code index} of {@code report} used for blocking: as read, or
     * resolved against the report's date.
     *
     * @throws IndexOutOfBoundsException if there is no such record
     */
    public static When recordDate(Report report, int index) {
        Event e = report.records().get(index);
        return StandardReconciler.resolve(report, e);
    }

    /**
     * What decides whether two records sharing a blocking key are compared: the record's first and
     * last day ({@link #UNKNOWN} when its date is unknown), its relative date words (null when its
     * date is written in ISO form) and its report's day of publication ({@link #UNKNOWN} when
     * undated); days count from 1970-01-01.
     *
     * @param earliest the first day
     * @param latest the last day
     * @param words the relative date words, folded; may be null
     * @param published the report's day of publication
     */
    public record Timing(long earliest, long latest, String words, long published) implements java.io.Serializable {
        /** The value of a day that is not known. */
        public static final long UNKNOWN = Long.MIN_VALUE;
    }

    /** Two records whose dates are further apart than this many days are never compared. */
    public static final int HORIZON_DAYS = Blocking.STALE_DAYS;

    /**
     * Returns the timing of record {@code index} of {@code report}.
     *
     * @throws IndexOutOfBoundsException if there is no such record
     */
    public static Timing timing(Report report, int index) {
        Event e = report.records().get(index);
        return Blocking.timing(StandardReconciler.resolve(report, e), Blocking.words(report, e));
    }

    /**
     * Returns true when two records of different reports that share the blocking key {@code key}
     * are a candidate pair: the rule depends on the key's kind and their timings alone (dates that
     * overlap or are a day apart; or, on a key naming a person, id, organization or delegation, the
     * same relative date words in reports published close together).
     *
     * @param key a key of both records, from {@link #blockingKeys}
     */
    public static boolean comparable(String key, Timing a, Timing b) {
        return Blocking.comparable(a, b, Blocking.staleCopies(key));
    }

    /**
     * Returns the candidate pairs among records that share the blocking key {@code key}, found the
     * way the single-machine reconciler finds them (without comparing every pair): exactly the
     * pairs {@code (i, j)}, {@code i < j}, of positions in {@code timings} for which {@link
     * #comparable(String, Timing, Timing)} is true, each as {@code (long) i << 32 | j}, sorted.
     * Whether two records come from one report is the caller's matter.
     *
     * @throws NullPointerException if an argument or a timing is null
     */
    public static long[] candidatePairs(String key, List<Timing> timings) {
        boolean stale = Blocking.staleCopies(Objects.requireNonNull(key, "key"));
        Timing[] t = timings.toArray(Timing[]::new);
        int[] members = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            Objects.requireNonNull(t[i], "timing");
            members[i] = i;
        }
        return Blocking.candidatePairs(members, t, stale);
    }

    /**
     * Returns true when record {@code i} of {@code a} and record {@code j} of {@code b}, which share
     * the blocking key {@code key}, are a candidate pair. Records of one report never are.
     */
    public static boolean comparable(String key, Report a, int i, Report b, int j) {
        return !a.id().equals(b.id()) && comparable(key, timing(a, i), timing(b, j));
    }

    /**
     * Returns the agency of a report as origins compare it (case, diacritics and punctuation
     * folded), or empty when it names none.
     */
    public static java.util.Optional<String> agencyKey(Report report) {
        return Origins.agency(report);
    }

    /** Returns true when the texts of two reports are near-copies (both must have a text). */
    public static boolean nearCopies(Report a, Report b) {
        return a.text().isPresent()
                && b.text().isPresent()
                && Origins.containment(
                                Origins.shingles(a.text().get()),
                                Origins.shingles(b.text().get()))
                        >= Origins.NEAR_COPY;
    }

    /**
     * Returns the origin of each report, named by the smallest report id sharing it: reports naming
     * the same agency, and the given pairs of near-copies, transitively.
     *
     * @param reports every report of the corpus
     * @param nearCopyPairs pairs of report ids whose texts are near-copies
     */
    public static Map<String, String> origins(List<Report> reports, List<String[]> nearCopyPairs) {
        Map<String, Report> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        List<Report[]> pairs = new ArrayList<>();
        for (String[] p : nearCopyPairs) {
            pairs.add(new Report[] {byId.get(p[0]), byId.get(p[1])});
        }
        return Origins.computeLinked(reports, pairs).asMap();
    }

    /**
     * Reconciles one component: reports joined by candidate pairs and joined to no other report.
     *
     * @param component the component's reports, one version each
     * @param originOf the origin of each of them, from {@link #origins}
     * @return its events, final, in {@link #EVENT_ORDER}
     */
    public static List<TimelineEvent> reconcile(List<Report> component, Map<String, String> originOf) {
        List<Report> sorted = new ArrayList<>(component);
        sorted.sort(Comparator.comparing(Report::id));
        Objects.requireNonNull(originOf, "originOf");
        List<TimelineEvent> events = new ArrayList<>(StandardReconciler.reconcileComponent(sorted, Origins.of(originOf))
                .events());
        events.sort(EVENT_ORDER);
        return events;
    }
}
