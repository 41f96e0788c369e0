package dev.entente.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Connected components of a graph of report and agency nodes, each component named by the smallest
 * report id in it. Each partition of the edges is first reduced on its executor to a spanning
 * forest (at most one edge per node it holds); only those ids, never reports, travel to the driver,
 * which joins the forests with a union-find and sends the labels back as a distributed dataset.
 * Driver memory is proportional to the number of nodes that have an edge.
 *
 * <p>Minimum-label propagation on the executors would keep the driver out of it but needs as many
 * rounds (each a Spark job) as the longest path in a component; the report graph of a long corpus
 * chains episodes week after week, which makes that thousands of rounds.
 */
final class Labels {
    private static final String REPORT = "r:";
    private static final String AGENCY = "a:";

    private Labels() {}

    static String report(String id) {
        return REPORT + id;
    }

    static String agency(String key) {
        return AGENCY + key;
    }

    /**
     * Returns, for every report node of the graph, the smallest report id connected to it.
     *
     * @param edges undirected edges between nodes named by {@link #report} and {@link #agency}
     */
    static JavaPairRDD<String, String> minLabels(JavaPairRDD<String, String> edges, int partitions) {
        JavaPairRDD<String, String> forest = edges.mapPartitionsToPair(it -> {
            UnionFind local = new UnionFind();
            while (it.hasNext()) {
                Tuple2<String, String> e = it.next();
                local.union(e._1, e._2);
            }
            return local.forest();
        });
        UnionFind all = new UnionFind();
        Iterator<Tuple2<String, String>> it = forest.toLocalIterator();
        while (it.hasNext()) {
            Tuple2<String, String> e = it.next();
            all.union(e._1, e._2);
        }
        Map<String, String> smallest = new HashMap<>();
        for (String node : all.parent.keySet()) {
            if (node.startsWith(REPORT)) {
                smallest.merge(all.find(node), node.substring(REPORT.length()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Tuple2<String, String>> labels = new ArrayList<>();
        for (String node : all.parent.keySet()) {
            if (node.startsWith(REPORT)) {
                labels.add(new Tuple2<>(node.substring(REPORT.length()), smallest.get(all.find(node))));
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(edges.context());
        return jsc.parallelizePairs(labels, partitions);
    }

    /** A union-find over node names. */
    private static final class UnionFind {
        final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String root = x;
            String p;
            while (!(p = parent.getOrDefault(root, root)).equals(root)) {
                root = p;
            }
            while (!x.equals(root)) {
                String next = parent.get(x);
                parent.put(x, root);
                x = next;
            }
            return root;
        }

        void union(String a, String b) {
            parent.putIfAbsent(a, a);
            parent.putIfAbsent(b, b);
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }

        /** One edge from each node to its root. */
        Iterator<Tuple2<String, String>> forest() {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String node : new ArrayList<>(parent.keySet())) {
                String root = find(node);
                if (!root.equals(node)) {
                    out.add(new Tuple2<>(node, root));
                }
            }
            return out.iterator();
        }
    }
}
