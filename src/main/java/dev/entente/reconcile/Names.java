package dev.entente.reconcile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation of names, titles and free text for matching. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    /** Honorifics and titles that are dropped from a person's name before matching. */
    static final Set<String> HONORIFICS = Set.of(
            "dr",
            "shri",
            "sri",
            "smt",
            "mr",
            "mrs",
            "ms",
            "miss",
            "hon",
            "honourable",
            "honorable",
            "sir",
            "dame",
            "lord",
            "prof",
            "professor",
            "secretary",
            "minister",
            "ambassador",
            "eam",
            "president",
            "premier",
            "chancellor",
            "senator",
            "sen",
            "rep",
            "representative",
            "chairman",
            "chair",
            "general",
            "gen",
            "admiral",
            "adm",
            "mp",
            "amb",
            "state",
            "foreign",
            "external",
            "affairs",
            "defence",
            "defense",
            "union",
            "us",
            "prime",
            "vice",
            "deputy",
            "sheikh",
            "king",
            "queen",
            "prince",
            "his",
            "her",
            "excellency");

    /** Words that say what kind of event a title names rather than which one. */
    static final Set<String> GENERIC_TITLE_WORDS = Set.of(
            "the",
            "a",
            "an",
            "of",
            "on",
            "for",
            "and",
            "in",
            "to",
            "with",
            "inaugural",
            "first",
            "second",
            "third",
            "annual",
            "meeting",
            "meet",
            "ministerial",
            "summit",
            "visit",
            "talks",
            "call",
            "conference",
            "dialogue",
            "session",
            "official",
            "state",
            "high",
            "level",
            "2nd",
            "3rd",
            "1st",
            "4th",
            "5th",
            "th",
            "edition");

    /**
     * Words a synonym spinner swaps, mapped to one representative, so that "Vital Minerals
     * Ministerial" and "Critical Minerals Ministerial" compare equal.
     */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("vital", "critical"),
            Map.entry("important", "critical"),
            Map.entry("crucial", "critical"),
            Map.entry("essential", "critical"),
            Map.entry("key", "critical"),
            Map.entry("main", "major"),
            Map.entry("principal", "major"),
            Map.entry("settlement", "agreement"),
            Map.entry("accord", "agreement"),
            Map.entry("pact", "agreement"),
            Map.entry("deal", "agreement"),
            Map.entry("defense", "defence"),
            Map.entry("exterior", "external"),
            Map.entry("overseas", "external"),
            Map.entry("provide", "supply"),
            Map.entry("gathering", "meeting"),
            Map.entry("assembly", "meeting"),
            Map.entry("summit", "summit"),
            Map.entry("partnership", "partnership"),
            Map.entry("minerals", "mineral"),
            Map.entry("home", "house"),
            Map.entry("companies", "services"));

    private static final Memo<String> FOLDED = new Memo<>();
    private static final Memo<List<String>> PERSON_WORDS = new Memo<>();

    private Names() {}

    /**
     * A bounded memo of a pure function of a string: names repeat across reports, and folding
     * them (Unicode normalisation, regular expressions) is the costly part of matching.
     */
    private static final class Memo<V> {
        private static final int LIMIT = 1 << 18;
        private final java.util.concurrent.ConcurrentHashMap<String, V> map =
                new java.util.concurrent.ConcurrentHashMap<>();

        V get(String key, java.util.function.Function<String, V> f) {
            V v = map.get(key);
            if (v == null) {
                if (map.size() > LIMIT) {
                    map.clear();
                }
                v = f.apply(key);
                map.put(key, v);
            }
            return v;
        }
    }

    /** Lower case, no diacritics, punctuation as single spaces, trimmed. */
    static String fold(String s) {
        return isAscii(s) ? foldAscii(s) : FOLDED.get(s, Names::foldUncached);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@link #foldUncached} for a string of ASCII characters only, without Unicode tables. */
    static String foldAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(upper ? (char) (c + ('a' - 'A')) : c);
            } else {
                gap = true;
            }
        }
        return b.length() == s.length() && s.contentEquals(b) ? s : b.toString();
    }

    static String foldUncached(String s) {
        String decomposed =
                MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(decomposed.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }

    /** The words of {@code s}, folded. */
    static List<String> words(String s) {
        String f = fold(s);
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    /** Splits a social handle such as {@code @DrSJaishankar} into {@code Dr S Jaishankar}. */
    static String unhandle(String s) {
        if (!s.startsWith("@")) {
            return s;
        }
        return isAscii(s) ? unhandleAscii(s) : unhandleRegex(s);
    }

    static String unhandleRegex(String s) {
        return CAMEL.matcher(s.substring(1).replace('_', ' ')).replaceAll(" ");
    }

    /** {@link #unhandleRegex} for an ASCII handle: a space where a word starts inside it. */
    static String unhandleAscii(String s) {
        String t = s.substring(1).replace('_', ' ');
        StringBuilder b = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (i > 0 && isUpper(c)) {
                char before = t.charAt(i - 1);
                if (isLower(before) || (isUpper(before) && i + 1 < t.length() && isLower(t.charAt(i + 1)))) {
                    b.append(' ');
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * The words of a person's name without honorifics and titles; empty when nothing but titles is
     * left (such as {@code EAM}).
     */
    static List<String> personWords(String name) {
        Object[] recent = RECENT_PERSON_WORDS.get();
        int slot = (name.hashCode() & (RECENT - 1)) << 1;
        if (name.equals(recent[slot])) {
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) recent[slot + 1];
            return words;
        }
        List<String> words =
                isAscii(name) ? personWordsAscii(unhandle(name)) : PERSON_WORDS.get(name, Names::personWordsUncached);
        recent[slot] = name;
        recent[slot + 1] = words;
        return words;
    }

    /** Slots of the per-thread cache of recent person names (a power of two). */
    private static final int RECENT = 4096;

    /**
     * The words of the person names a thread met last, direct-mapped by hash (name, words, name,
     * words, ...): a name recurs in the wire copies and rewrites of one story, which are reconciled
     * together, while a shared memo of every name of a large corpus would overflow.
     */
    private static final ThreadLocal<Object[]> RECENT_PERSON_WORDS =
            ThreadLocal.withInitial(() -> new Object[2 * RECENT]);

    /**
     * {@link #personWordsUncached} for an ASCII name that is not a handle (or no longer is), in one
     * pass: cheaper than a look-up in a memo that millions of names would overflow.
     */
    static List<String> personWordsAscii(String name) {
        List<String> out = null;
        StringBuilder w = new StringBuilder(16);
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                w.append(upper ? (char) (c + ('a' - 'A')) : c);
            } else if (w.length() > 0) {
                String word = w.toString();
                w.setLength(0);
                if (!HONORIFICS.contains(word)) {
                    if (out == null) {
                        out = new ArrayList<>(4);
                    }
                    out.add(word);
                }
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    static List<String> personWordsUncached(String name) {
        List<String> out = new ArrayList<>();
        for (String w : words(unhandle(name))) {
            if (!HONORIFICS.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** The distinctive words of an event title, spun synonyms mapped to one representative. */
    static Set<String> titleWords(String title) {
        Set<String> out = new java.util.TreeSet<>();
        for (String w : words(title)) {
            String s = SYNONYMS.getOrDefault(w, w);
            if (!GENERIC_TITLE_WORDS.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Jaccard similarity of two sets; 0 when both are empty. */
    static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (T t : a) {
            if (b.contains(t)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }
}
