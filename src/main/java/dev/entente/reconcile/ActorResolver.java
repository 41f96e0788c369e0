package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Individual;
import dev.entente.model.Minister;
import dev.entente.model.Official;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Actor identity across reports: one canonical actor per real person, country, organization or
 * delegation, whatever name, title, handle or diacritics the reports use.
 *
 * <p>Persons (ministers, officials, plain persons) match when a name or alias of one and of the
 * other share the last word and compatible first words ({@code S.} matches {@code Subrahmanyam},
 * {@code Rajnath} does not match {@code Rajesh}), and no external id contradicts it; a shared id
 * settles identity. Clusters grow by complete linkage, so two incompatible names are never chained
 * through a third. Delegations match through their leader and members. The result does not depend
 * on the order of the mentions.
 */
final class ActorResolver {
    private final Map<Actor, String> idOf = new HashMap<>();
    /**
     * The ids of the mention instances themselves: the records hold these very objects, so most
     * look-ups need neither a deep hash nor a deep comparison of the actor.
     */
    private final Map<Actor, String> idOfInstance = new java.util.IdentityHashMap<>();

    private final Map<String, Actor> canonical = new TreeMap<>();

    ActorResolver(Collection<Actor> mentions) {
        Map<Actor, Integer> counts = new HashMap<>();
        for (Actor a : mentions) {
            count(a, counts);
        }
        List<Individual> persons = new ArrayList<>();
        List<Delegation> delegations = new ArrayList<>();
        for (Actor a : counts.keySet()) {
            if (a instanceof Delegation d) {
                delegations.add(d);
            } else if (a instanceof Individual i) {
                persons.add(i);
            } else {
                String id = simpleId(a);
                idOf.put(a, id);
            }
        }
        resolvePersons(persons, counts);
        resolveSimple(counts);
        resolveDelegations(delegations, counts);
        canonical.forEach((id, actor) -> idOf.putIfAbsent(actor, id));
        for (Actor a : mentions) {
            rememberInstance(a);
        }
        canonical.values().forEach(this::rememberInstance);
    }

    private void rememberInstance(Actor a) {
        if (idOfInstance.putIfAbsent(a, idOf.get(a)) == null && a instanceof Delegation d) {
            d.leader().ifPresent(this::rememberInstance);
            d.members().forEach(this::rememberInstance);
        }
    }

    /** Returns the canonical id of an actor that was among the mentions. */
    String idOf(Actor a) {
        String id = idOfInstance.get(a);
        if (id == null) {
            id = idOf.get(a);
        }
        if (id == null) {
            throw new IllegalArgumentException("actor was not among the mentions: " + a.displayName());
        }
        return id;
    }

    /** Returns the canonical actor of a mention, with every name the reports used as an alias. */
    Actor canonical(Actor a) {
        return canonical.get(idOf(a));
    }

    /** Returns the canonical actor with the given id. */
    Actor byId(String id) {
        return canonical.get(id);
    }

    /** Returns every canonical actor by id, sorted by id. */
    Map<String, Actor> all() {
        return canonical;
    }

    private static void count(Actor a, Map<Actor, Integer> counts) {
        counts.merge(a, 1, Integer::sum);
        if (a instanceof Delegation d) {
            d.leader().ifPresent(l -> count(l, counts));
            d.members().forEach(m -> count(m, counts));
        }
    }

    static String simpleId(Actor a) {
        if (a instanceof Country c) {
            return "country:" + c.code();
        }
        Organization o = (Organization) a;
        if (o.code().isPresent()) {
            String code = o.code().get();
            return Country.isValidCode(code) && code.equals("EU") ? "country:EU" : "org:" + Names.fold(code);
        }
        String folded = Names.fold(o.name().orElseThrow());
        return folded.equals("european union") ? "country:EU" : "org:" + folded;
    }

    private void resolveSimple(Map<Actor, Integer> counts) {
        Map<String, List<Actor>> groups = new TreeMap<>();
        idOf.forEach((a, id) -> {
            if (!(a instanceof Delegation) && !(a instanceof Individual)) {
                groups.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
            }
        });
        groups.forEach((id, members) -> {
            if (id.startsWith("country:")) {
                canonical.put(id, Country.of(id.substring("country:".length())));
            } else {
                Organization.Builder b = Organization.builder();
                String name =
                        best(members, counts, a -> ((Organization) a).name().orElse(null));
                String code =
                        best(members, counts, a -> ((Organization) a).code().orElse(null));
                Set<String> aliases = new TreeSet<>();
                for (Actor m : members) {
                    Organization o = (Organization) m;
                    o.name().filter(n -> !n.equals(name)).ifPresent(aliases::add);
                    aliases.addAll(o.aliases());
                }
                if (name != null) {
                    b.name(name);
                    aliases.remove(name);
                }
                if (code != null) {
                    b.code(code);
                }
                canonical.put(id, b.addAllAliases(aliases).build());
            }
        });
    }

    // ---- persons -------------------------------------------------------------------------------

    private record PersonName(String first, String last) {}

    private static List<PersonName> personNames(Individual a) {
        List<String> all = new ArrayList<>();
        all.add(a.name());
        all.addAll(a.aliases());
        List<PersonName> out = new ArrayList<>();
        for (String n : all) {
            List<String> w = Names.personWords(n);
            if (!w.isEmpty()) {
                out.add(new PersonName(w.size() > 1 ? w.get(0) : "", w.get(w.size() - 1)));
            }
        }
        return out;
    }

    private static boolean firstCompatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return false;
    }

    /** What matching needs of one person, worked out once: its ids, country and names. */
    private record PersonKey(Map<String, String> ids, String country, List<PersonName> names) {
        static PersonKey of(Individual a) {
            return new PersonKey(a.ids(), a.country().orElse(null), personNames(a));
        }
    }

    /** 2 for a shared id, 1 for a compatible name, 0 for no evidence, -1 for a contradiction. */
    private static int personAffinity(PersonKey a, PersonKey b) {
        Map<String, String> ib = b.ids();
        for (Map.Entry<String, String> e : a.ids().entrySet()) {
            String other = ib.get(e.getKey());
            if (other != null) {
                return other.equals(e.getValue()) ? 2 : -1;
            }
        }
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            return -1;
        }
        boolean sameLast = false;
        for (PersonName x : a.names()) {
            for (PersonName y : b.names()) {
                if (x.last().equals(y.last())) {
                    sameLast = true;
                    if (firstCompatible(x.first(), y.first())) {
                        return 1;
                    }
                }
            }
        }
        return sameLast ? -1 : 0;
    }

    private void resolvePersons(List<Individual> persons, Map<Actor, Integer> counts) {
        sortByKey(persons);
        PersonKey[] keys = new PersonKey[persons.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = PersonKey.of(persons.get(i));
        }
        for (List<Integer> group : completeLink(keys, matchingPairs(keys))) {
            List<Individual> actors = group.stream().map(persons::get).toList();
            Individual merged = mergePersons(actors, counts);
            String id = uniqueId("person:" + Names.fold(merged.name()));
            canonical.put(id, merged);
            actors.forEach(a -> idOf.put(a, id));
        }
    }

    /**
     * The pairs of persons that share a last name or an external id and have a positive affinity,
     * strongest first, then in order of the persons: each as {@code (2 - strength) << 62 | a << 31 |
     * b}, so that sorting the numbers sorts the pairs.
     */
    private static long[] matchingPairs(PersonKey[] keys) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            for (PersonName n : keys[i].names()) {
                List<Integer> block = blocks.computeIfAbsent("n:" + n.last(), k -> new ArrayList<>());
                if (block.isEmpty() || block.get(block.size() - 1) != i) {
                    block.add(i);
                }
            }
            for (Map.Entry<String, String> e : keys[i].ids().entrySet()) {
                blocks.computeIfAbsent("i:" + e.getKey() + "=" + e.getValue(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        java.util.stream.LongStream.Builder candidates = java.util.stream.LongStream.builder();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    if (a != b) {
                        candidates.add(((long) a << 31) | b);
                    }
                }
            }
        }
        return candidates
                .build()
                .sorted()
                .distinct()
                .map(ab -> {
                    int s = personAffinity(keys[(int) (ab >>> 31)], keys[(int) (ab & Integer.MAX_VALUE)]);
                    return s > 0 ? ((long) (2 - s) << 62) | ab : -1;
                })
                .filter(k -> k >= 0)
                .sorted()
                .toArray();
    }

    /**
     * Complete-link clusters of the persons: pairs joined in order, two clusters only when no
     * person of one contradicts a person of the other; the clusters in order of their first person.
     */
    private static List<List<Integer>> completeLink(PersonKey[] keys, long[] pairs) {
        int[] cluster = new int[keys.length];
        @SuppressWarnings("unchecked")
        List<Integer>[] members = new List[keys.length];
        for (int i = 0; i < keys.length; i++) {
            cluster[i] = i;
            members[i] = new ArrayList<>(List.of(i));
        }
        for (long p : pairs) {
            int ca = cluster[(int) ((p >>> 31) & Integer.MAX_VALUE)];
            int cb = cluster[(int) (p & Integer.MAX_VALUE)];
            if (ca != cb && compatible(keys, members[ca], members[cb])) {
                int keep = Math.min(ca, cb);
                int drop = Math.max(ca, cb);
                for (int m : members[drop]) {
                    cluster[m] = keep;
                }
                members[keep].addAll(members[drop]);
                members[drop] = null;
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> m : members) {
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean compatible(PersonKey[] keys, List<Integer> a, List<Integer> b) {
        for (int x : a) {
            for (int y : b) {
                if (personAffinity(keys[x], keys[y]) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; canonical.containsKey(id); n++) {
            id = base + "#" + n;
        }
        return id;
    }

    private static Individual mergePersons(List<Individual> actors, Map<Actor, Integer> counts) {
        Map<String, Integer> kindVotes = new TreeMap<>();
        for (Individual a : actors) {
            kindVotes.merge(a.actorKind().wireName(), counts.get(a), Integer::sum);
        }
        String kind = kindVotes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> specificity(e.getKey())))
                .orElseThrow()
                .getKey();
        String name = actors.stream()
                .max(Comparator.<Individual>comparingInt(
                                a -> Names.personWords(a.name()).size())
                        .thenComparingInt(a -> counts.get(a))
                        .thenComparingInt(a -> a.name().length())
                        .thenComparing(Individual::name, Comparator.reverseOrder()))
                .map(Individual::name)
                .orElseThrow();
        Set<String> aliases = new TreeSet<>();
        Map<String, String> ids = new TreeMap<>();
        for (Individual a : actors) {
            aliases.add(a.name());
            aliases.addAll(a.aliases());
            ids.putAll(a.ids());
        }
        aliases.remove(name);
        String country = best(actors, counts, a -> a.country().orElse(null));
        switch (kind) {
            case "minister" -> {
                Minister.Builder b =
                        Minister.builder().name(name).addAllAliases(aliases).putAllIds(ids);
                Optional.ofNullable(country).ifPresent(b::country);
                Optional.ofNullable(best(
                                actors,
                                counts,
                                a -> a instanceof Minister m ? m.portfolio().orElse(null) : null))
                        .ifPresent(b::portfolio);
                return b.build();
            }
            case "official" -> {
                Official.Builder b =
                        Official.builder().name(name).addAllAliases(aliases).putAllIds(ids);
                Optional.ofNullable(country).ifPresent(b::country);
                Optional.ofNullable(best(
                                actors,
                                counts,
                                a -> a instanceof Official o ? o.role().orElse(null) : null))
                        .ifPresent(b::role);
                return b.build();
            }
            default -> {
                Person.Builder b =
                        Person.builder().name(name).addAllAliases(aliases).putAllIds(ids);
                Optional.ofNullable(country).ifPresent(b::country);
                return b.build();
            }
        }
    }

    private static int specificity(String kind) {
        return switch (kind) {
            case "minister" -> 3;
            case "official" -> 2;
            default -> 1;
        };
    }

    /** The most frequent non-null value; ties go to the longer, then the alphabetically first. */
    static <A> String best(Collection<A> items, Map<? super A, Integer> counts, Function<A, String> f) {
        Map<String, Integer> votes = new TreeMap<>();
        for (A a : items) {
            String v = f.apply(a);
            if (v != null) {
                votes.merge(v, counts.getOrDefault(a, 1), Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    // ---- delegations ---------------------------------------------------------------------------

    private Set<String> peopleOf(Delegation d) {
        Set<String> people = new TreeSet<>();
        d.leader().map(idOf::get).ifPresent(people::add);
        d.members().stream().map(idOf::get).filter(Objects::nonNull).forEach(people::add);
        return people;
    }

    private void resolveDelegations(List<Delegation> delegations, Map<Actor, Integer> counts) {
        sortByKey(delegations);
        int n = delegations.size();
        int[] parent = UnionFind.singletons(n);
        Map<String, Integer> firstWithKey = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Delegation d = delegations.get(i);
            Set<String> keys = new TreeSet<>(peopleOf(d));
            if (keys.isEmpty()) {
                keys.add("name:" + Names.fold(d.displayName()) + "/"
                        + d.country().orElse(""));
            }
            for (String k : keys) {
                Integer j = firstWithKey.putIfAbsent(k, i);
                if (j != null) {
                    Optional<String> ci = d.country();
                    Optional<String> cj = delegations.get(j).country();
                    if (ci.isEmpty() || cj.isEmpty() || ci.equals(cj)) {
                        UnionFind.union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, List<Delegation>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(UnionFind.find(parent, i), k -> new ArrayList<>())
                    .add(delegations.get(i));
        }
        for (List<Delegation> group : groups.values()) {
            Map<String, Integer> leaderVotes = new TreeMap<>();
            Set<String> people = new TreeSet<>();
            Set<String> aliases = new TreeSet<>();
            for (Delegation d : group) {
                d.leader().ifPresent(l -> leaderVotes.merge(idOf.get(l), counts.get(d), Integer::sum));
                people.addAll(peopleOf(d));
                d.name().ifPresent(aliases::add);
                aliases.addAll(d.aliases());
            }
            String leader = leaderVotes.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey)
                    .orElse(null);
            String name = best(group, counts, d -> d.name().orElse(null));
            String country = best(group, counts, d -> d.country().orElse(null));
            Delegation.Builder b = Delegation.builder();
            if (name != null) {
                b.name(name);
                aliases.remove(name);
            }
            if (country != null) {
                b.country(country);
            }
            if (leader != null) {
                b.leader(canonical.get(leader));
                people.remove(leader);
            }
            people.stream()
                    .map(canonical::get)
                    .sorted(Comparator.comparing(Actor::displayName))
                    .forEach(b::addMembers);
            Delegation merged = b.addAllAliases(aliases).build();
            String id = uniqueId("delegation:"
                    + (leader != null ? leader.substring(leader.indexOf(':') + 1) : Names.fold(merged.displayName())));
            canonical.put(id, merged);
            group.forEach(d -> idOf.put(d, id));
        }
    }

    /** Sorts actors by {@link #sortKey}, each key built once (it holds the actor's whole text). */
    private static <A extends Actor> void sortByKey(List<A> actors) {
        record Keyed<A>(String key, A actor) {}
        List<Keyed<A>> keyed = new ArrayList<>(actors.size());
        for (A a : actors) {
            keyed.add(new Keyed<>(sortKey(a), a));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        for (int i = 0; i < keyed.size(); i++) {
            actors.set(i, keyed.get(i).actor());
        }
    }

    private static String sortKey(Actor a) {
        return a.actorKind().wireName() + "|" + a.displayName() + "|" + a;
    }

    static Map<String, Actor> sortedByName(Map<String, Actor> actors) {
        Map<String, Actor> out = new LinkedHashMap<>();
        actors.entrySet().stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<String, Actor> e) -> e.getValue().displayName())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
