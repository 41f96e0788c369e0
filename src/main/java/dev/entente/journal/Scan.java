package dev.entente.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over every segment of a directory, judging each line: an intact entry must decode, carry
 * a sequence above every earlier one, at or above its segment's name and below the next segment's
 * name. Problems after the last intact entry are a torn tail; problems before it are corruption.
 */
final class Scan {
    final List<Path> segments;
    /** Every problem, in file order, with {@code fatal} set for those an intact entry follows. */
    final List<JournalProblem> problems = new ArrayList<>();
    /** Notes that do not block open (sequence gaps). */
    final List<JournalProblem> notes = new ArrayList<>();

    long lastSequence;
    long entries;
    /** The segment index and end offset of the last intact entry; -1 if there is none. */
    int lastIntactSegment = -1;

    long lastIntactEnd;

    private Scan(List<Path> segments) {
        this.segments = segments;
    }

    /** The index of the first segment scanned; those before it were skipped. */
    int firstScanned;

    static Scan of(Path dir) throws IOException {
        Scan s = new Scan(Segments.list(dir));
        s.run(0);
        return s;
    }

    /**
     * Scans only the segments not wholly at or below {@code coveredUpTo} (the entries of a snapshot):
     * a segment is skipped when the next segment's name is at most {@code coveredUpTo + 1}. The
     * skipped segments' entries are not checked; {@link #lastSequence} and {@link #entries} count
     * only the scanned ones.
     */
    static Scan after(Path dir, long coveredUpTo) throws IOException {
        Scan s = new Scan(Segments.list(dir));
        int skip = 0;
        while (skip + 1 < s.segments.size() && Segments.firstSequence(s.segments.get(skip + 1)) <= coveredUpTo + 1) {
            skip++;
        }
        s.run(skip);
        return s;
    }

    private void run(int from) throws IOException {
        firstScanned = from;
        List<JournalProblem> pending = new ArrayList<>();
        for (int i = from; i < segments.size(); i++) {
            Path seg = segments.get(i);
            long first = Segments.firstSequence(seg);
            long nextFirst = i + 1 < segments.size() ? Segments.firstSequence(segments.get(i + 1)) : Long.MAX_VALUE;
            try (Segments.Reader r = new Segments.Reader(seg)) {
                for (Segments.Line line; (line = r.next()) != null; ) {
                    String problem = judge(line, first, nextFirst);
                    if (problem != null) {
                        pending.add(new JournalProblem(seg, line.offset(), problem, false));
                        continue;
                    }
                    long seq = line.decoded().entry().sequence();
                    for (JournalProblem p : pending) {
                        problems.add(new JournalProblem(p.segment(), p.offset(), p.description(), true));
                    }
                    pending.clear();
                    if (lastSequence > 0 && seq != lastSequence + 1) {
                        notes.add(new JournalProblem(
                                seg,
                                line.offset(),
                                seq == lastSequence + 2
                                        ? "sequence gap: " + (lastSequence + 1) + " is missing"
                                        : "sequence gap: " + (lastSequence + 1) + " to " + (seq - 1) + " are missing",
                                false));
                    }
                    lastSequence = seq;
                    entries++;
                    lastIntactSegment = i;
                    lastIntactEnd = line.end();
                }
            }
        }
        for (JournalProblem p : pending) {
            problems.add(new JournalProblem(
                    p.segment(), p.offset(), "torn last entry: " + p.description() + " (open cuts it off)", false));
        }
    }

    private String judge(Segments.Line line, long first, long nextFirst) {
        if (line.decoded().problem() != null) {
            return line.decoded().problem();
        }
        long seq = line.decoded().entry().sequence();
        if (seq <= lastSequence) {
            return "sequence " + seq + " does not follow " + lastSequence;
        }
        if (seq < first) {
            return "sequence " + seq + " is below the segment's first sequence " + first;
        }
        if (seq >= nextFirst) {
            return "sequence " + seq + " belongs in a later segment (next starts at " + nextFirst + ")";
        }
        return null;
    }

    boolean hasFatal() {
        return problems.stream().anyMatch(JournalProblem::fatal);
    }

    JournalProblem firstFatal() {
        return problems.stream().filter(JournalProblem::fatal).findFirst().orElse(null);
    }

    /** The problems after the last intact entry (a torn tail); empty when the tail is clean. */
    List<JournalProblem> tail() {
        return problems.stream().filter(p -> !p.fatal()).toList();
    }
}
