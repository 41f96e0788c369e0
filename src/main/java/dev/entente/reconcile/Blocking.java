package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.Individual;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.Ministerial;
import dev.entente.model.Organization;
import dev.entente.model.Report;
import dev.entente.model.Visit;
import dev.entente.time.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking: which records are compared at all. A record's keys are its kind (and meeting mode) with
 * each participant's last name, external id or organization, and each pair of its countries; a
 * record naming none of these falls back on its lone country and its distinctive title words;
 * ministerials add title words at their place. Two records are a candidate pair when they share a
 * key and their dates do not rule a merge out ({@link #comparable}). The rule is pairwise, so the pairs among any set of records do not depend on what else is in the corpus: a
 * component of the candidate graph can be reconciled on its own, on one machine or on many.
 */
final class Blocking {
    /**
     * Days beyond which two records with the same relative date words are not compared: a stale
     * copy of "December 16" republished on December 18 reads as the next year's, "February 29" as
     * the next leap year's.
     */
    static final int STALE_DAYS = 4 * 366 + 7;

    /** Dates further apart than this many days are compared only as stale copies. */
    static final int NEAR_DAYS = 2;

    /** Days within which a wire story is taken to be republished with its words unchanged. */
    static final int REPUBLISHED_DAYS = 31;

    /** Below this many records, candidate pairs are searched on the calling thread alone. */
    private static final int SHARD_RECORDS = 50_000;

    /** The infix of a key made of a title word and a place (ministerials only). */
    static final String TITLE_AT = "|tl|";

    private Blocking() {}

    /**
     * The blocking keys of a record, independent of every other record: its people (by last name
     * or external id), organizations and delegations, each pair of the countries it involves, and,
     * only for a record that names none of these, its distinctive title words and lone country.
     */
    static Set<String> keys(Event e) {
        Set<String> keys = new TreeSet<>();
        keys(e, new KeySink() {
            @Override
            public void add(String kind, String infix, String a, String sep, String b) {
                keys.add(sep == null ? kind + infix + a : kind + infix + a + sep + b);
            }

            @Override
            public boolean isEmpty() {
                return keys.isEmpty();
            }
        });
        return keys;
    }

    /**
     * The blocking keys of a record as 64-bit hashes, sorted, without repeats: what blocking
     * compares, in a fraction of the memory of the strings and without building them. A key's hash
     * is the FNV-1a hash of its text ({@link #hash(String)}); two different keys sharing a hash only
     * add a candidate pair. The lowest bit says whether the key allows stale-copy pairs
     * ({@link #staleCopies(String)}).
     */
    static long[] hashedKeys(Event e) {
        HashSink sink = new HashSink();
        keys(e, sink);
        long[] out = Arrays.copyOf(sink.hashes, sink.size);
        Arrays.sort(out);
        int m = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[m++] = out[i];
            }
        }
        return m == out.length ? out : Arrays.copyOf(out, m);
    }

    /** The hash {@link #hashedKeys} gives the key {@code key}. */
    static long hash(String key) {
        long h = fnv(FNV_BASIS, key);
        return staleCopies(key) ? h | 1L : h & ~1L;
    }

    private static final long FNV_BASIS = 0xcbf29ce484222325L;

    private static long fnv(long h, String s) {
        for (int c = 0; c < s.length(); c++) {
            h ^= s.charAt(c);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Receives the keys of a record as the parts whose concatenation is the key: {@code kind +
     * infix + a}, followed by {@code sep + b} when {@code sep} is not null.
     */
    private interface KeySink {
        void add(String kind, String infix, String a, String sep, String b);

        /** Returns true while no key has been added. */
        boolean isEmpty();
    }

    /** Hashes each key as it comes, as {@link #hash(String)} hashes its text. */
    private static final class HashSink implements KeySink {
        long[] hashes = new long[8];
        int size;

        @Override
        public void add(String kind, String infix, String a, String sep, String b) {
            long h;
            boolean stale;
            if (hasBar(a) || (sep != null && (hasBar(sep) || hasBar(b)))) {
                h = hash(sep == null ? kind + infix + a : kind + infix + a + sep + b);
                stale = staleCopies(h);
            } else {
                h = fnv(fnv(fnv(FNV_BASIS, kind), infix), a);
                if (sep != null) {
                    h = fnv(fnv(h, sep), b);
                }
                stale = !infix.equals(TITLE_AT);
            }
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * size);
            }
            hashes[size++] = stale ? h | 1L : h & ~1L;
        }

        /**
         * Returns true when a part holds a bar: only then can {@value #TITLE_AT} appear in a key
         * other than at its infix (kinds and infixes hold no other bar).
         */
        private static boolean hasBar(String s) {
            return s.indexOf('|') >= 0;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }
    }

    private static void keys(Event e, KeySink keys) {
        String kind =
                e.kind().wireName() + (e instanceof Meeting m ? "/" + m.mode().wireName() : "");
        Set<String> countries = new TreeSet<>();
        for (Actor a : RecordView.principalActors(e)) {
            if (a instanceof Country c) {
                countries.add(c.code());
            } else if (a instanceof Organization o) {
                keys.add(kind, "|o|", ActorResolver.simpleId(o), null, null);
            } else if (a instanceof Delegation d) {
                List<Actor> people = new ArrayList<>(d.members());
                d.leader().ifPresent(people::add);
                for (Actor p : people) {
                    personKeys(kind, p, keys);
                }
                if (people.isEmpty()) {
                    keys.add(kind, "|d|", Names.fold(d.displayName()), null, null);
                }
                d.country().ifPresent(countries::add);
            } else {
                personKeys(kind, a, keys);
                if (a instanceof Individual i) {
                    i.country().ifPresent(countries::add);
                }
            }
        }
        if (e instanceof Ministerial m) {
            countries.addAll(m.representatives().keySet());
        }
        if (e instanceof Visit v) {
            v.destination().flatMap(Location::country).ifPresent(countries::add);
        }
        List<String> codes = new ArrayList<>(countries);
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                keys.add(kind, "|cc|", codes.get(i), ",", codes.get(j));
            }
        }
        Set<String> words = e.title().map(Names::titleWords).orElse(Set.of());
        if (e instanceof Ministerial) {
            Set<String> places = new TreeSet<>();
            e.location().flatMap(Location::city).map(Names::fold).ifPresent(places::add);
            e.location().flatMap(Location::country).ifPresent(places::add);
            for (String w : words) {
                for (String place : places) {
                    keys.add(kind, TITLE_AT, w, "@", place);
                }
            }
        }
        if (keys.isEmpty()) {
            codes.forEach(c -> keys.add(kind, "|c|", c, null, null));
            words.forEach(w -> keys.add(kind, "|t|", w, null, null));
        }
    }

    /**
     * Returns true when records sharing this key may be paired by the stale-copy rule: every key but
     * a ministerial's title word at its place ({@value #TITLE_AT}). Unrelated ministerials at one
     * place share title words ("energy" in Tokyo), and "next week" in stories published within a
     * month of each other pairs them whatever their dates: on those keys the rule joined half of a
     * generated 1M-record corpus into one component (docs/performance.md). A stale copy still meets
     * its original through the people, countries or organizations they share.
     */
    static boolean staleCopies(String key) {
        return !key.contains(TITLE_AT);
    }

    /** {@link #staleCopies(String)} of a key hashed by {@link #hashedKeys}: its lowest bit. */
    static boolean staleCopies(long hashedKey) {
        return (hashedKey & 1L) != 0;
    }

    private static void personKeys(String kind, Actor a, KeySink keys) {
        if (!(a instanceof Individual i)) {
            return;
        }
        addLastWord(kind, i.name(), keys);
        for (String alias : i.aliases()) {
            addLastWord(kind, alias, keys);
        }
        i.ids().forEach((k, v) -> keys.add(kind, "|id|", k, "=", v));
    }

    private static void addLastWord(String kind, String name, KeySink keys) {
        List<String> w = Names.personWords(name);
        if (!w.isEmpty()) {
            keys.add(kind, "|p|", w.get(w.size() - 1), null, null);
        }
    }

    /** The timing of a record, from its date and relative words. */
    static Components.Timing timing(When w, Words words) {
        return new Components.Timing(
                w.isUnknown() ? Components.Timing.UNKNOWN : w.earliest().get().toEpochDay(),
                w.isUnknown() ? Components.Timing.UNKNOWN : w.latest().get().toEpochDay(),
                words == null ? null : words.text(),
                words == null ? Components.Timing.UNKNOWN : words.published());
    }

    /**
     * Returns true when two records sharing a key are compared. Dates that rule a merge out
     * whatever else the records say are not compared: dates that neither overlap nor are short and
     * at most a day apart, unless the key allows stale copies ({@link #staleCopies(String)}) and
     * both records use the same relative words in reports published at most {@value
     * #REPUBLISHED_DAYS} days apart (a stale copy, re-read later) and are less than {@value
     * #STALE_DAYS} days apart. A record of unknown date is compared
     * with every record sharing a key.
     */
    static boolean comparable(Components.Timing a, Components.Timing b, boolean staleCopies) {
        if (a.earliest() == Components.Timing.UNKNOWN || b.earliest() == Components.Timing.UNKNOWN) {
            return true;
        }
        if (a.earliest() <= b.latest() && b.earliest() <= a.latest()) {
            return true;
        }
        long gap = (b.earliest() > a.latest() ? b.earliest() - a.latest() : a.earliest() - b.latest()) - 1;
        if (a.latest() - a.earliest() < 3 && b.latest() - b.earliest() < 3 && gap <= 1) {
            return true;
        }
        return staleCopies
                && a.words() != null
                && a.words().equals(b.words())
                && a.published() != Components.Timing.UNKNOWN
                && b.published() != Components.Timing.UNKNOWN
                && Math.abs(a.published() - b.published()) <= REPUBLISHED_DAYS
                && gap < STALE_DAYS;
    }

    /** The relative date words of a record, folded, or null for an ISO date or none. */
    static String relativeText(Event e) {
        return e.when()
                .text()
                .filter(t -> !RecordView.isIso(t))
                .map(Names::fold)
                .orElse(null);
    }

    /** A record's relative date words and its report's day of publication. */
    record Words(String text, long published) {}

    /** The relative date words of a record of a dated report, or null. */
    static Words words(Report r, Event e) {
        String text = relativeText(e);
        if (text == null || r.publishedAt().isEmpty()) {
            return null;
        }
        return new Words(text, r.publishedAt().get().date().toEpochDay());
    }

    /**
     * Returns the candidate pairs among records, each as {@code (i << 32) | j} with {@code i < j},
     * sorted; records of one report are never paired.
     *
     * @param keys the blocking keys of each record
     * @param timings the timing of each record ({@link #timing})
     * @param reportOf the index of each record's report
     */
    static long[] pairs(List<long[]> keys, Components.Timing[] timings, int[] reportOf) {
        int shards = keys.size() < SHARD_RECORDS ? 1 : 4 * Runtime.getRuntime().availableProcessors();
        return pairs(keys, timings, reportOf, shards);
    }

    /** {@link #pairs(List, Components.Timing[], int[])}, with the keys cut into {@code shards} searched in parallel. */
    static long[] pairs(List<long[]> keys, Components.Timing[] timings, int[] reportOf, int shards) {
        LongList out;
        if (shards == 1) {
            out = pairsInShard(0, 1, keys, timings, reportOf);
        } else {
            LongList[] found = java.util.stream.IntStream.range(0, shards)
                    .parallel()
                    .mapToObj(shard -> pairsInShard(shard, shards, keys, timings, reportOf))
                    .toArray(LongList[]::new);
            out = found[0];
            for (int f = 1; f < found.length; f++) {
                out.addAll(found[f]);
            }
        }
        return sortedDistinct(out.toArray());
    }

    /** The pairs {@link #blockPairs} finds among all {@code members}, as {@link #pairs} gives them. */
    static long[] candidatePairs(int[] members, Components.Timing[] timings, boolean stale) {
        LongList out = new LongList();
        blockPairs(
                members,
                members.length,
                timings,
                stale,
                (i, j) -> out.add(((long) Math.min(i, j) << 32) | Math.max(i, j)));
        return sortedDistinct(out.toArray());
    }

    /** Sorts pairs and drops repeats. */
    static long[] sortedDistinct(long[] all) {
        Arrays.parallelSort(all);
        int m = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[m++] = all[i];
            }
        }
        return Arrays.copyOf(all, m);
    }

    /**
     * The pairs found in the blocks of one shard of the keys (a key's shard is fixed by its hash,
     * so every block lies wholly in one shard).
     */
    private static LongList pairsInShard(
            int shard, int shards, List<long[]> keys, Components.Timing[] timings, int[] reportOf) {
        int n = keys.size();
        Map<Long, IntList> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (long k : keys.get(i)) {
                if (Math.floorMod(Long.rotateRight(k, 1), shards) == shard) {
                    blocks.computeIfAbsent(k, x -> new IntList()).add(i);
                }
            }
        }
        LongList out = new LongList();
        for (Map.Entry<Long, IntList> block : blocks.entrySet()) {
            IntList members = block.getValue();
            if (members.size >= 2) {
                blockPairs(
                        members.data,
                        members.size,
                        timings,
                        staleCopies(block.getKey()),
                        (i, j) -> add(out, i, j, reportOf));
            }
        }
        return out;
    }

    /** Receives candidate pairs. */
    @FunctionalInterface
    interface PairSink {
        /** Takes the pair of records {@code i} and {@code j} (in either order; possibly twice). */
        void pair(int i, int j);
    }

    /**
     * Finds the candidate pairs among the records of one block ({@code members[0..size)}, indexes
     * into {@code timings}) without comparing every pair: an undated record pairs with all; dated
     * records are compared within {@value #NEAR_DAYS} days of each other's last day (in order of
     * first day); where the stale-copy rule applies, records with the same relative words are also
     * compared when published within {@value #REPUBLISHED_DAYS} days. Every pair passed on is
     * {@link #comparable(Components.Timing, Components.Timing, boolean)}, and every comparable
     * pair is passed on.
     */
    static void blockPairs(int[] members, int size, Components.Timing[] timings, boolean stale, PairSink sink) {
        long[] dated = new long[size];
        int d = 0;
        for (int x = 0; x < size; x++) {
            int i = members[x];
            if (timings[i].earliest() != Components.Timing.UNKNOWN) {
                dated[d++] = (timings[i].earliest() << 32) | i;
            } else {
                for (int y = 0; y < size; y++) {
                    if (members[y] != i) {
                        sink.pair(i, members[y]);
                    }
                }
            }
        }
        Arrays.sort(dated, 0, d);
        for (int x = 0; x < d; x++) {
            int i = (int) dated[x];
            long limit = timings[i].latest() + NEAR_DAYS;
            for (int y = x + 1; y < d; y++) {
                int j = (int) dated[y];
                if (timings[j].earliest() > limit) {
                    break;
                }
                if (comparable(timings[i], timings[j], stale)) {
                    sink.pair(i, j);
                }
            }
        }
        if (stale) {
            staleCopyPairs(members, size, timings, sink);
        }
    }

    /**
     * The pairs of a block's dated records that only the stale-copy rule makes comparable: same
     * relative words, published within {@value #REPUBLISHED_DAYS} days of each other.
     */
    private static void staleCopyPairs(int[] members, int size, Components.Timing[] timings, PairSink sink) {
        Map<String, List<Integer>> byWords = new HashMap<>();
        for (int x = 0; x < size; x++) {
            int i = members[x];
            Components.Timing t = timings[i];
            if (t.words() != null
                    && t.published() != Components.Timing.UNKNOWN
                    && t.earliest() != Components.Timing.UNKNOWN) {
                byWords.computeIfAbsent(t.words(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byWords.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(java.util.Comparator.comparingLong((Integer i) -> timings[i].published())
                    .thenComparingInt(i -> i));
            for (int x = 0; x < group.size(); x++) {
                int i = group.get(x);
                for (int y = x + 1; y < group.size(); y++) {
                    int j = group.get(y);
                    if (timings[j].published() - timings[i].published() > REPUBLISHED_DAYS) {
                        break;
                    }
                    if (comparable(timings[i], timings[j], true)) {
                        sink.pair(i, j);
                    }
                }
            }
        }
    }

    /** A growable array of ints. */
    private static final class IntList {
        int[] data = new int[4];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }
    }

    private static void add(LongList out, int i, int j, int[] reportOf) {
        if (i == j || reportOf[i] == reportOf[j]) {
            return;
        }
        out.add(((long) Math.min(i, j) << 32) | Math.max(i, j));
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] data = new long[64];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        void addAll(LongList other) {
            if (size + other.size > data.length) {
                data = Arrays.copyOf(data, Math.max(size + other.size, size * 2));
            }
            System.arraycopy(other.data, 0, data, size, other.size);
            size += other.size;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
