package dev.entente.corpus;

import dev.entente.reconcile.RecordRef;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clustering quality of a {@link Timeline} against a gold standard: pairwise and B-cubed precision,
 * recall and F1, counted over the records the gold names.
 *
 * <p>Pairwise counts pairs of records put in one event: precision is the share of predicted pairs
 * that are gold pairs, recall the share of gold pairs predicted. B-cubed averages, over records,
 * the share of a record's predicted event that is in its gold event (precision) and the share of
 * its gold event that is in its predicted event (recall). A record the timeline does not place
 * counts as an event of its own. When there are no pairs at all, a score is 1.
 *
 * @param pairwisePrecision pairwise precision, 0 to 1
 * @param pairwiseRecall pairwise recall, 0 to 1
 * @param pairwiseF1 harmonic mean of pairwise precision and recall
 * @param bcubedPrecision B-cubed precision, 0 to 1
 * @param bcubedRecall B-cubed recall, 0 to 1
 * @param bcubedF1 harmonic mean of B-cubed precision and recall
 * @param records the number of gold records scored
 */
public record Scores(
        double pairwisePrecision,
        double pairwiseRecall,
        double pairwiseF1,
        double bcubedPrecision,
        double bcubedRecall,
        double bcubedF1,
        long records) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * Scores a timeline against gold events.
     *
     * @param timeline the reconciled timeline
     * @param gold gold events: label to records, each {@code reportId#index}; a record named twice
     *     counts in the later event
     * @return the scores, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a gold record is not of the form {@code reportId#index}
     */
    public static Scores of(Timeline timeline, Map<String, List<String>> gold) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(gold, "gold");
        Map<String, Integer> goldOf = new HashMap<>();
        int g = 0;
        for (List<String> refs : gold.values()) {
            for (String ref : refs) {
                checkRef(ref);
                goldOf.put(ref, g);
            }
            g++;
        }
        Map<String, Integer> predictedOf = new HashMap<>();
        int p = 0;
        for (TimelineEvent event : timeline.events()) {
            for (RecordRef r : event.records()) {
                predictedOf.put(r.report() + "#" + r.index(), p);
            }
            p++;
        }
        long[] goldSize = new long[g];
        Map<Integer, Long> predictedSize = new HashMap<>();
        Map<Long, Long> cell = new HashMap<>();
        int[] predictedFor = new int[goldOf.size()];
        int[] goldFor = new int[goldOf.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : goldOf.entrySet()) {
            Integer pred = predictedOf.get(e.getKey());
            int pc = pred == null ? p + i : pred;
            goldFor[i] = e.getValue();
            predictedFor[i] = pc;
            goldSize[e.getValue()]++;
            predictedSize.merge(pc, 1L, Long::sum);
            cell.merge(key(e.getValue(), pc), 1L, Long::sum);
            i++;
        }
        long goldPairs = 0;
        for (long n : goldSize) {
            goldPairs += pairs(n);
        }
        long predictedPairs = 0;
        for (long n : predictedSize.values()) {
            predictedPairs += pairs(n);
        }
        long truePairs = 0;
        for (long n : cell.values()) {
            truePairs += pairs(n);
        }
        double pp = predictedPairs == 0 ? 1.0 : (double) truePairs / predictedPairs;
        double pr = goldPairs == 0 ? 1.0 : (double) truePairs / goldPairs;
        double bp = 0;
        double br = 0;
        int n = goldFor.length;
        for (int k = 0; k < n; k++) {
            long c = cell.get(key(goldFor[k], predictedFor[k]));
            bp += (double) c / predictedSize.get(predictedFor[k]);
            br += (double) c / goldSize[goldFor[k]];
        }
        bp = n == 0 ? 1.0 : bp / n;
        br = n == 0 ? 1.0 : br / n;
        return new Scores(pp, pr, f1(pp, pr), bp, br, f1(bp, br), n);
    }

    /**
     * Reads a gold file: {@code {"events": [{"label": "...", "records": ["reportId#index", ...]}]}},
     * streaming, so a large file costs only the map it gives.
     *
     * @return label to records, in file order; labels met twice are numbered apart
     * @throws UncheckedIOException if the file cannot be read or is not a gold file
     * @throws NullPointerException if {@code file} is null
     */
    public static Map<String, List<String>> readGold(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readGold(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a gold document from a stream the caller closes; see {@link #readGold(Path)}.
     *
     * @throws UncheckedIOException if it is not a gold document
     */
    public static Map<String, List<String>> readGold(InputStream in) {
        Map<String, List<String>> gold = new LinkedHashMap<>();
        try (JsonParser parser = MAPPER.createParser(in)) {
            String label = null;
            List<String> records = null;
            int depth = 0;
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                    if (depth == 2) {
                        label = null;
                        records = new ArrayList<>();
                    }
                } else if (t == JsonToken.END_OBJECT) {
                    if (depth == 2) {
                        String l = label == null ? "event " + (gold.size() + 1) : label;
                        String unique = l;
                        for (int k = 2; gold.containsKey(unique); k++) {
                            unique = l + " (" + k + ")";
                        }
                        gold.put(unique, records);
                    }
                    depth--;
                } else if (t == JsonToken.PROPERTY_NAME && depth == 2) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (name.equals("label")) {
                        label = parser.getString();
                    } else if (name.equals("records")) {
                        while (parser.nextToken() == JsonToken.VALUE_STRING) {
                            records.add(parser.getString());
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new UncheckedIOException(new IOException("not a gold document: " + e.getOriginalMessage(), e));
        }
        return gold;
    }

    private static void checkRef(String ref) {
        int hash = ref.lastIndexOf('#');
        if (hash <= 0 || hash == ref.length() - 1) {
            throw new IllegalArgumentException("gold record: " + ref + " is not reportId#index");
        }
    }

    private static long key(int gold, int predicted) {
        return ((long) gold << 32) | (predicted & 0xFFFFFFFFL);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
