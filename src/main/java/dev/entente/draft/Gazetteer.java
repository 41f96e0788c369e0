package dev.entente.draft;

import dev.entente.model.Actor;
import dev.entente.model.Delegation;
import dev.entente.model.Individual;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The drafter's word lists: offices, countries, cities, known actors and words that are no names. */
final class Gazetteer {

    /** A way of writing an office, with the office it stands for. */
    record OfficeName(String text, Office office) {}

    final List<OfficeName> officeNames;
    final Map<String, Actor> knownByName;

    Gazetteer(List<Office> offices, List<Actor> knownActors) {
        List<OfficeName> names = new ArrayList<>();
        for (Office o : offices) {
            names.add(new OfficeName(o.title(), o));
            o.synonyms().forEach(s -> names.add(new OfficeName(s, o)));
        }
        names.sort(Comparator.comparingInt((OfficeName n) -> -n.text().length()));
        this.officeNames = List.copyOf(names);
        Map<String, Actor> known = new LinkedHashMap<>();
        for (Actor a : knownActors) {
            for (String n : namesOf(a)) {
                known.putIfAbsent(n.toLowerCase(Locale.ROOT), a);
                known.putIfAbsent(surname(n).toLowerCase(Locale.ROOT), a);
            }
        }
        this.knownByName = known;
    }

    static List<String> namesOf(Actor a) {
        List<String> out = new ArrayList<>();
        if (a instanceof Individual i) {
            out.add(i.name());
            out.addAll(i.aliases());
        } else if (a instanceof Delegation d) {
            d.name().ifPresent(out::add);
            out.addAll(d.aliases());
        }
        return out;
    }

    static String surname(String name) {
        String[] t = name.trim().split("\\s+");
        return t[t.length - 1];
    }

    static List<Office> standardOffices() {
        return List.of(
                Office.minister(
                        "External Affairs Minister",
                        "IN",
                        "External Affairs",
                        "EAM",
                        "Exterior Affairs Minister",
                        "Minister of External Affairs",
                        "Union External Affairs Minister"),
                Office.minister("Secretary of State", "US", "State", "State Secretary"),
                Office.minister("Treasury Secretary", "US", "Treasury", "Secretary of the Treasury"),
                Office.minister("Defense Secretary", "US", "Defense", "Secretary of Defense", "Secretary of War"),
                Office.minister("Commerce Secretary", "US", "Commerce", "Secretary of Commerce"),
                Office.minister("Defence Minister", "IN", "Defence", "Raksha Mantri"),
                Office.minister("Commerce Minister", "IN", "Commerce and Industry"),
                Office.minister("Finance Minister", null, "Finance"),
                Office.minister("Foreign Minister", null, "Foreign Affairs"),
                Office.minister("Prime Minister", null, "Prime Minister", "PM"),
                Office.minister("Union Minister", "IN", null),
                Office.minister("Home Minister", "IN", "Home Affairs", "Union Home Minister"),
                Office.minister(
                        "Minister of State for External Affairs",
                        "IN",
                        "External Affairs (Minister of State)",
                        "MoS External Affairs"),
                Office.minister("Deputy Prime Minister", null, "Deputy Prime Minister"),
                Office.minister("Chancellor", "DE", "Chancellor"),
                Office.official(
                        "National Security Adviser",
                        null,
                        "National Security Adviser",
                        "NSA",
                        "National Security Advisor"),
                Office.official("Trade Representative", "US", "Trade Representative", "USTR"),
                Office.official("Deputy Secretary of State", "US", "Deputy Secretary of State"),
                Office.official("High Commissioner", null, "High Commissioner"),
                Office.official("Special Envoy", null, "Special Envoy"),
                Office.official("Vice President", null, "Vice President"),
                Office.official("Secretary-General", null, "Secretary-General", "Secretary General"),
                Office.official("Defence Secretary", "IN", "Defence Secretary"),
                Office.official("Foreign Secretary", "IN", "Foreign Secretary"),
                Office.official("Ambassador to India", null, "Ambassador to India"),
                Office.official(
                        "Ambassador to the United States",
                        null,
                        "Ambassador to the United States",
                        "Ambassador to the US"),
                Office.official(
                        "Chairman of the House Armed Services Committee",
                        "US",
                        "Chairman, House Armed Services Committee",
                        "House Armed Services Committee Chairman",
                        "Home Armed Companies Committee Chairman",
                        "HASC Chairman",
                        "HASC Chair"),
                Office.official("Senator", "US", "Senator"),
                Office.official("President", null, "President"),
                Office.official("Ambassador", null, "Ambassador"),
                Office.official("Secretary", null, "Secretary"),
                Office.official("Chairman", null, "Chairman"));
    }

    /** Country names and adjectives, longest first, with their codes. */
    static final Map<String, String> COUNTRIES = countries();

    private static Map<String, String> countries() {
        String[][] rows = {
            {"United States of America", "US"},
            {"United States", "US"},
            {"U.S.", "US"},
            {"US", "US"},
            {"USA", "US"},
            {"America", "US"},
            {"American", "US"},
            {"India's", "IN"},
            {"India", "IN"},
            {"Indian", "IN"},
            {"Australia", "AU"},
            {"Australian", "AU"},
            {"Canada", "CA"},
            {"Canadian", "CA"},
            {"European Union", "EU"},
            {"EU", "EU"},
            {"France", "FR"},
            {"French", "FR"},
            {"Germany", "DE"},
            {"German", "DE"},
            {"Italy", "IT"},
            {"Italian", "IT"},
            {"Japan", "JP"},
            {"Japanese", "JP"},
            {"Mexico", "MX"},
            {"Mexican", "MX"},
            {"South Korea", "KR"},
            {"Republic of Korea", "KR"},
            {"United Kingdom", "GB"},
            {"UK", "GB"},
            {"Britain", "GB"},
            {"British", "GB"},
            {"China", "CN"},
            {"Chinese", "CN"},
            {"Russia", "RU"},
            {"Russian", "RU"},
            {"Ukraine", "UA"},
            {"Brazil", "BR"},
            {"South Africa", "ZA"},
            {"Saudi Arabia", "SA"},
            {"Indonesia", "ID"},
            {"Singapore", "SG"},
            {"Israel", "IL"},
            {"Pakistan", "PK"},
            {"Bangladesh", "BD"},
            {"Sri Lanka", "LK"},
            {"Nepal", "NP"},
            {"Netherlands", "NL"},
            {"Spain", "ES"},
            {"Sweden", "SE"},
            {"Norway", "NO"},
            {"Finland", "FI"},
            {"Poland", "PL"},
            {"Vietnam", "VN"},
            {"Philippines", "PH"},
            {"New Zealand", "NZ"},
            {"Argentina", "AR"},
            {"Chile", "CL"},
            {"Peru", "PE"},
            {"Egypt", "EG"},
            {"Turkey", "TR"},
            {"United Arab Emirates", "AE"},
            {"UAE", "AE"},
            {"Qatar", "QA"},
            {"Iran", "IR"}
        };
        Map<String, String> m = new LinkedHashMap<>();
        java.util.Arrays.stream(rows)
                .sorted(Comparator.comparingInt((String[] r) -> -r[0].length()))
                .forEach(r -> m.put(r[0], r[1]));
        return m;
    }

    /** Cities with their country codes. */
    static final Map<String, String> CITIES = longestFirst(Map.ofEntries(
            Map.entry("New Delhi", "IN"),
            Map.entry("Delhi", "IN"),
            Map.entry("Mumbai", "IN"),
            Map.entry("Washington", "US"),
            Map.entry("New York", "US"),
            Map.entry("Beijing", "CN"),
            Map.entry("Tokyo", "JP"),
            Map.entry("London", "GB"),
            Map.entry("Paris", "FR"),
            Map.entry("Berlin", "DE"),
            Map.entry("Rome", "IT"),
            Map.entry("Moscow", "RU"),
            Map.entry("Brussels", "BE"),
            Map.entry("Geneva", "CH"),
            Map.entry("Canberra", "AU"),
            Map.entry("Ottawa", "CA"),
            Map.entry("Seoul", "KR"),
            Map.entry("Singapore", "SG"),
            Map.entry("Dhaka", "BD"),
            Map.entry("Kathmandu", "NP"),
            Map.entry("Colombo", "LK"),
            Map.entry("Islamabad", "PK"),
            Map.entry("Goa", "IN"),
            Map.entry("Hyderabad", "IN"),
            Map.entry("Bengaluru", "IN"),
            Map.entry("Chennai", "IN"),
            Map.entry("Kolkata", "IN"),
            Map.entry("Johannesburg", "ZA"),
            Map.entry("Sydney", "AU"),
            Map.entry("Melbourne", "AU"),
            Map.entry("Shanghai", "CN"),
            Map.entry("Osaka", "JP"),
            Map.entry("Hiroshima", "JP"),
            Map.entry("Kyiv", "UA"),
            Map.entry("Dubai", "AE"),
            Map.entry("Abu Dhabi", "AE"),
            Map.entry("Riyadh", "SA"),
            Map.entry("Jakarta", "ID"),
            Map.entry("Bali", "ID"),
            Map.entry("Manila", "PH"),
            Map.entry("Hanoi", "VN"),
            Map.entry("Bangkok", "TH"),
            Map.entry("Kuala Lumpur", "MY"),
            Map.entry("Male", "MV"),
            Map.entry("Thimphu", "BT"),
            Map.entry("Kabul", "AF"),
            Map.entry("Tehran", "IR"),
            Map.entry("Ankara", "TR"),
            Map.entry("Cairo", "EG"),
            Map.entry("Nairobi", "KE"),
            Map.entry("Brasilia", "BR"),
            Map.entry("Rio de Janeiro", "BR"),
            Map.entry("Buenos Aires", "AR"),
            Map.entry("Mexico City", "MX"),
            Map.entry("Toronto", "CA"),
            Map.entry("Vienna", "AT"),
            Map.entry("Madrid", "ES"),
            Map.entry("Lisbon", "PT"),
            Map.entry("Warsaw", "PL"),
            Map.entry("Stockholm", "SE"),
            Map.entry("Oslo", "NO"),
            Map.entry("Helsinki", "FI"),
            Map.entry("Copenhagen", "DK"),
            Map.entry("The Hague", "NL"),
            Map.entry("Amsterdam", "NL"),
            Map.entry("Munich", "DE"),
            Map.entry("Davos", "CH"),
            Map.entry("Astana", "KZ"),
            Map.entry("Tashkent", "UZ"),
            Map.entry("Wellington", "NZ"),
            Map.entry("Doha", "QA"),
            Map.entry("Muscat", "OM"),
            Map.entry("Baku", "AZ"),
            Map.entry("Yerevan", "AM")));

    private static <V> Map<String, V> longestFirst(Map<String, V> m) {
        Map<String, V> out = new LinkedHashMap<>();
        m.entrySet().stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, V> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Named places, each with its city and country code. */
    static final Map<String, String[]> PLACES = longestFirst(Map.of(
            "White House", new String[] {"Washington", "US"},
            "State Department", new String[] {"Washington", "US"},
            "US Department of State", new String[] {"Washington", "US"},
            "Pentagon", new String[] {"Washington", "US"},
            "Hyderabad House", new String[] {"New Delhi", "IN"},
            "Rashtrapati Bhavan", new String[] {"New Delhi", "IN"},
            "Kremlin", new String[] {"Moscow", "RU"},
            "Elysee Palace", new String[] {"Paris", "FR"},
            "Élysée Palace", new String[] {"Paris", "FR"},
            "Downing Street", new String[] {"London", "GB"}));

    /** Capitalised words that are never part of a person's name. */
    static final Set<String> NOT_NAMES = Set.of(
            "The",
            "A",
            "An",
            "He",
            "She",
            "They",
            "It",
            "His",
            "Her",
            "Their",
            "On",
            "In",
            "At",
            "During",
            "According",
            "Following",
            "Earlier",
            "Later",
            "Meanwhile",
            "Ahead",
            "And",
            "But",
            "While",
            "This",
            "That",
            "These",
            "Affairs",
            "Minister",
            "Ministry",
            "Secretary",
            "State",
            "Treasury",
            "Defence",
            "Defense",
            "Committee",
            "House",
            "Home",
            "Services",
            "Armed",
            "Information",
            "Technology",
            "Broadcasting",
            "Railways",
            "Electronics",
            "Data",
            "Department",
            "Division",
            "Finance",
            "Commerce",
            "Trade",
            "External",
            "Exterior",
            "Foreign",
            "Union",
            "Congressional",
            "Delegation",
            "Ministerial",
            "Critical",
            "Minerals",
            "Vital",
            "Mineral",
            "Ambassador",
            "Chairman",
            "President",
            "Prime",
            "United",
            "States",
            "US",
            "Shri",
            "Know-how",
            "Describing",
            "Welcoming",
            "Representing",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "X",
            "MEA",
            "HASC",
            "Congress",
            "Our",
            "We",
            "I",
            "Pleased",
            "Always",
            "Stay");
}
