package dev.entente.json;

/**
 * A small, lossy cache of the short strings reports repeat (names, countries, portfolios, outlets,
 * date words), so that a corpus held in memory keeps one copy of each instead of one per mention.
 * Direct-mapped: a string takes the slot of its hash, replacing what was there. Safe to share
 * between threads without locking: slots hold immutable strings, so a racing reader sees either
 * string, and either is correct.
 */
final class StringCache {
    /** Strings longer than this (article texts, purposes) are rarely repeated and are not cached. */
    static final int MAX_LENGTH = 48;

    private static final int SLOTS = 1 << 15;
    private static final String[] CACHE = new String[SLOTS];

    private StringCache() {}

    /** Returns a string equal to {@code s}: a cached copy when there is one. */
    static String canonical(String s) {
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        int h = s.hashCode();
        int slot = (h ^ (h >>> 15)) & (SLOTS - 1);
        String cached = CACHE[slot];
        if (cached != null && cached.equals(s)) {
            return cached;
        }
        CACHE[slot] = s;
        return s;
    }
}
