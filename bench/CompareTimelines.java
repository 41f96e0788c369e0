import java.io.*;
import java.nio.file.*;
import java.security.MessageDigest;
import tools.jackson.core.*;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -cp target/entente-*-cli.jar bench/CompareTimelines.java A B}: walks two timeline
 * documents (pretty, as {@code entente reconcile} prints them, or compact, as {@code spark-reconcile
 * --timeline} writes them) token by token, in order: names, values and structure, whitespace left
 * out. Equal token streams mean the compact forms are byte-identical, event order included. Prints
 * the tokens, the events and a SHA-256 of the token stream; exits 1 at the first difference.
 * Streams both files, so it runs in a small heap at any size (bench/spark.sh).
 */
public class CompareTimelines {
    public static void main(String[] a) throws Exception {
        JsonMapper m = JsonMapper.builder().build();
        try (JsonParser p = m.createParser(new BufferedInputStream(Files.newInputStream(Path.of(a[0])), 1 << 20));
             JsonParser q = m.createParser(new BufferedInputStream(Files.newInputStream(Path.of(a[1])), 1 << 20))) {
            MessageDigest dp = MessageDigest.getInstance("SHA-256"), dq = MessageDigest.getInstance("SHA-256");
            long tokens = 0, events = 0;
            while (true) {
                JsonToken tp = p.nextToken(), tq = q.nextToken();
                if (tp == null && tq == null) break;
                String sp = tp + ":" + (tp == null ? "" : p.getString()), sq = tq + ":" + (tq == null ? "" : q.getString());
                dp.update(sp.getBytes("UTF-8")); dq.update(sq.getBytes("UTF-8"));
                if (!sp.equals(sq)) {
                    System.out.println("DIFFERENT at token " + tokens + " (event " + events + "): " + sp + " vs " + sq);
                    System.exit(1);
                }
                if (tp == JsonToken.START_OBJECT && p.streamReadContext().getParent() != null
                        && p.streamReadContext().getParent().inArray()
                        && p.streamReadContext().getParent().getParent().getParent() != null
                        && p.streamReadContext().getParent().getParent().getParent().inRoot()) events++;
                tokens++;
            }
            System.out.printf("IDENTICAL tokens=%d events=%d sha=%s%n", tokens, events, hex(dp.digest()));
        }
    }
    static String hex(byte[] b) { StringBuilder s = new StringBuilder(); for (byte x : b) s.append(String.format("%02x", x)); return s.toString(); }
}
