package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.Meeting;
import dev.entente.model.Organization;
import dev.entente.time.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking: which records are compared at all. A record's keys are its kind (and meeting mode) with
 * each participant's last name, external id or organization, each distinctive title word, and its
 * countries when it names no one else. Two records are a candidate pair when they share a key and
 * their dates are at most {@value #WINDOW_DAYS} days apart (or either date is unknown). The rule is
 * pairwise, so the pairs among any set of records do not depend on what else is in the corpus: a
 * component of the candidate graph can be reconciled on its own, on one machine or on many.
 */
final class Blocking {
    /** Days beyond which two dated records are not compared. */
    static final int WINDOW_DAYS = 31;

    private Blocking() {}

    /** The blocking keys of a record, independent of every other record. */
    static Set<String> keys(Event e) {
        String kind =
                e.kind().wireName() + (e instanceof Meeting m ? "/" + m.mode().wireName() : "");
        Set<String> keys = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        boolean others = false;
        for (Actor a : RecordView.principalActors(e)) {
            if (a instanceof Country c) {
                countries.add(c.code());
            } else if (a instanceof Organization o) {
                keys.add(kind + "|o|" + ActorResolver.simpleId(o));
                others = true;
            } else if (a instanceof Delegation d) {
                List<Actor> people = new ArrayList<>(d.members());
                d.leader().ifPresent(people::add);
                for (Actor p : people) {
                    personKeys(kind, p, keys);
                }
                if (people.isEmpty()) {
                    keys.add(kind + "|d|" + Names.fold(d.displayName()));
                }
                others = true;
            } else {
                personKeys(kind, a, keys);
                others = true;
            }
        }
        if (!others && !countries.isEmpty()) {
            keys.add(kind + "|k|" + String.join(",", countries));
        }
        e.title().ifPresent(t -> Names.titleWords(t).forEach(w -> keys.add(kind + "|t|" + w)));
        return keys;
    }

    private static void personKeys(String kind, Actor a, Set<String> keys) {
        if (!ActorResolver.isPersonLike(a)) {
            return;
        }
        List<String> names = new ArrayList<>();
        names.add(ActorResolver.nameOf(a));
        names.addAll(ActorResolver.aliasesOf(a));
        for (String n : names) {
            List<String> w = Names.personWords(n);
            if (!w.isEmpty()) {
                keys.add(kind + "|p|" + w.get(w.size() - 1));
            }
        }
        ActorResolver.idsOf(a).forEach((k, v) -> keys.add(kind + "|id|" + k + "=" + v));
    }

    /**
     * Returns the candidate pairs among records, each as {@code (i << 32) | j} with {@code i < j},
     * sorted; records of one report are never paired.
     *
     * @param keys the blocking keys of each record
     * @param dates the date of each record
     * @param reportOf the index of each record's report
     */
    static long[] pairs(List<Set<String>> keys, List<When> dates, int[] reportOf) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String k : keys.get(i)) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        LongList out = new LongList();
        for (List<Integer> block : blocks.values()) {
            List<Integer> dated = new ArrayList<>();
            List<Integer> undated = new ArrayList<>();
            for (int i : block) {
                (dates.get(i).isUnknown() ? undated : dated).add(i);
            }
            dated.sort(
                    Comparator.comparing((Integer i) -> dates.get(i).earliest().get())
                            .thenComparingInt(i -> i));
            for (int x = 0; x < dated.size(); x++) {
                int i = dated.get(x);
                LocalDate limit = dates.get(i).latest().get().plusDays(WINDOW_DAYS);
                for (int y = x + 1; y < dated.size(); y++) {
                    int j = dated.get(y);
                    if (dates.get(j).earliest().get().isAfter(limit)) {
                        break;
                    }
                    add(out, i, j, reportOf);
                }
            }
            for (int i : undated) {
                for (int j : block) {
                    add(out, i, j, reportOf);
                }
            }
        }
        long[] all = out.toArray();
        Arrays.sort(all);
        return Arrays.stream(all).distinct().toArray();
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

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
