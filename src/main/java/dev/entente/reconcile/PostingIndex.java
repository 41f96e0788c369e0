package dev.entente.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The records sharing one blocking key in an {@link IncrementalReconciler}, indexed the ways
 * {@link Components#comparable} looks at them, so that finding the records a new one may be compared
 * with does not scan the whole block.
 *
 * <p>A small block is a plain list. A large one keeps its dated records by first day in one map per
 * <em>length class</em> (intervals of 1, 2-3, 4-7, ... days): a record overlapping or a day off
 * {@code t} starts at most the class's longest interval (plus {@link Blocking#NEAR_DAYS}) before
 * {@code t}, so one year-precision record only widens the window of its own class. Records with
 * relative date words are also kept by those words and their report's day of publication (the
 * stale-copy rule compares only reports published at most {@link Blocking#REPUBLISHED_DAYS} apart).
 * Records of unknown date are compared with all.
 */
final class PostingIndex {
    /** One record: its report's index and its timing. */
    record Posting(int report, Components.Timing timing) {}

    /** Blocks up to this size are scanned whole. */
    static final int SMALL = 32;

    private static final int CLASSES = 64;

    private List<Posting> small = new ArrayList<>(2);
    private List<Posting> undated;
    private TreeMap<Long, List<Posting>>[] byStart;
    private long[] longest;
    private Map<String, TreeMap<Long, List<Posting>>> byWords;

    void add(Posting p) {
        if (small != null) {
            small.add(p);
            seal();
            return;
        }
        addIndexed(p);
    }

    /** Adds a posting of a bulk load: call {@link #seal()} once the last is added. */
    void addUnsealed(Posting p) {
        if (small == null) {
            addIndexed(p);
        } else {
            small.add(p);
        }
    }

    /**
     * Indexes a block that has grown past {@link #SMALL}, its postings in order of first day (so the
     * maps are built along their rightmost path, not at random places).
     */
    void seal() {
        if (small != null && small.size() > SMALL) {
            List<Posting> all = small;
            small = null;
            all.sort(java.util.Comparator.comparingLong(p -> p.timing().earliest()));
            all.forEach(this::addIndexed);
        }
    }

    @SuppressWarnings("unchecked")
    private void addIndexed(Posting p) {
        Components.Timing t = p.timing();
        if (t.earliest() == Components.Timing.UNKNOWN) {
            if (undated == null) {
                undated = new ArrayList<>(2);
            }
            undated.add(p);
            return;
        }
        if (byStart == null) {
            byStart = new TreeMap[CLASSES];
            longest = new long[CLASSES];
        }
        long length = t.latest() - t.earliest();
        int c = lengthClass(length);
        if (byStart[c] == null) {
            byStart[c] = new TreeMap<>();
        }
        byStart[c].computeIfAbsent(t.earliest(), k -> new ArrayList<>(2)).add(p);
        longest[c] = Math.max(longest[c], length);
        if (t.words() != null) {
            if (byWords == null) {
                byWords = new HashMap<>(4);
            }
            byWords.computeIfAbsent(t.words(), k -> new TreeMap<>())
                    .computeIfAbsent(t.published(), k -> new ArrayList<>(2))
                    .add(p);
        }
    }

    /** The class of an interval of {@code length + 1} days: 0 for one day, 1 for 2-3 days, ... */
    static int lengthClass(long length) {
        return length <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(length);
    }

    /**
     * Calls {@code f} with every posting that may be comparable with {@code t} (some more than
     * once, and some that are not: the caller decides with {@link Blocking#comparable}); stale
     * copies only when the block's key allows them ({@link Blocking#staleCopies(long)}).
     */
    void candidates(Components.Timing t, boolean staleCopies, Consumer<Posting> f) {
        if (small != null) {
            small.forEach(f);
            return;
        }
        if (undated != null) {
            undated.forEach(f);
        }
        if (byStart == null) {
            return;
        }
        if (t.earliest() == Components.Timing.UNKNOWN) {
            for (TreeMap<Long, List<Posting>> m : byStart) {
                if (m != null) {
                    m.values().forEach(l -> l.forEach(f));
                }
            }
            return;
        }
        for (int c = 0; c < CLASSES; c++) {
            TreeMap<Long, List<Posting>> m = byStart[c];
            if (m != null) {
                m.subMap(t.earliest() - longest[c] - Blocking.NEAR_DAYS, true, t.latest() + Blocking.NEAR_DAYS, true)
                        .values()
                        .forEach(l -> l.forEach(f));
            }
        }
        if (staleCopies && t.words() != null && byWords != null) {
            TreeMap<Long, List<Posting>> same = byWords.get(t.words());
            if (same != null) {
                same.subMap(
                                t.published() - Blocking.REPUBLISHED_DAYS,
                                true,
                                t.published() + Blocking.REPUBLISHED_DAYS,
                                true)
                        .values()
                        .forEach(l -> l.forEach(f));
            }
        }
    }
}
