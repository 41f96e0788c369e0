package dev.entente.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the journal tests. */
final class JournalTestSupport {
    private JournalTestSupport() {}

    static List<Entry> readAll(Journal j) throws IOException {
        List<Entry> out = new ArrayList<>();
        j.replay(out::add);
        return out;
    }

    static List<Entry> reopenAndReadAll(Path dir) throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            return readAll(j);
        }
    }

    /** A payload shaped like a report, derived from the key so a reader can check it is whole. */
    static String payloadFor(String key) {
        return "{\"id\":\"" + key + "\",\"text\":\"talks in \\\"Geneva\\\"\\nnext week — ünïcode\",\"pad\":\""
                + "x".repeat(key.hashCode() & 0xff) + "\"}";
    }
}
