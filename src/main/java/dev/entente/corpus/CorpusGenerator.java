package dev.entente.corpus;

import dev.entente.json.ReportWriter;
import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementType;
import dev.entente.model.Country;
import dev.entente.model.Event;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingMode;
import dev.entente.model.Minister;
import dev.entente.model.Ministerial;
import dev.entente.model.Official;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import dev.entente.time.Tense;
import dev.entente.time.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A generator of synthetic, realistic report corpora with a known answer: each episode is a visit
 * with a ministerial inside it, two bilateral meetings on consecutive days, an earlier phone call
 * of the same two people and an agreement, told by several outlets (wire copies republished days
 * later with stale relative dates, spun rewrites with synonym titles, name variants, every date
 * form, a status change and a one-day date conflict).
 *
 * <p>Output depends only on the seed and the number of episodes (never on the clock); it is
 * written episode by episode in constant memory. Each episode has its own actors, so episodes never
 * describe the same real event. Episodes are spread over Mondays from 2000-01-03, at most 26 a
 * week: the first 81,120 episodes fill 60 years, later ones continue into the next 60, so a larger
 * corpus covers a longer archive at the same density, as a real archive does, rather than
 * crowding more look-alike episodes into each week. Instances are immutable and thread-safe.
 */
public final class CorpusGenerator {

    private static final LocalDate FIRST_MONDAY = LocalDate.of(2000, 1, 3);
    private static final int WEEKS = 52 * 60;
    /** Episodes per 60-year era: 26 a week; later episodes continue in the next 60 years. */
    private static final long ERA = WEEKS * 26L;

    private static final String[][] COUNTRIES = {
        {"IN", "New Delhi"}, {"US", "Washington"}, {"JP", "Tokyo"}, {"AU", "Canberra"}, {"FR", "Paris"},
        {"DE", "Berlin"}, {"BR", "Brasilia"}, {"ZA", "Pretoria"}, {"ID", "Jakarta"}, {"KR", "Seoul"},
        {"MX", "Mexico City"}, {"CA", "Ottawa"}, {"IT", "Rome"}, {"ES", "Madrid"}, {"EG", "Cairo"},
        {"KE", "Nairobi"}, {"NG", "Abuja"}, {"AR", "Buenos Aires"}, {"CL", "Santiago"}, {"VN", "Hanoi"},
        {"TH", "Bangkok"}, {"PH", "Manila"}, {"SG", "Singapore"}, {"AE", "Abu Dhabi"}, {"SA", "Riyadh"},
        {"TR", "Ankara"}, {"PL", "Warsaw"}, {"SE", "Stockholm"}, {"NO", "Oslo"}, {"NZ", "Wellington"}
    };
    private static final String[][] TOPICS = {
        {"Critical Minerals", "Vital Minerals"},
        {"Clean Energy", "Green Energy"},
        {"Maritime Security", "Naval Security"},
        {"Digital Trade", "Electronic Commerce"},
        {"Food Security", "Food Safety"},
        {"Critical Technologies", "Vital Technologies"}
    };
    private static final String[] SYLLABLES = {
        "ka", "ri", "mo", "ta", "shan", "ve", "lu", "dor", "ni", "sa", "bel", "go", "ra", "tin", "pe", "zu", "mar",
        "lo", "den", "vi"
    };
    private static final String[] INITIALS = {"S", "A", "R", "M", "K", "P", "J", "N"};
    private static final String[] WIRE_AGENCIES = {"PTI", "AP", "AFP", "Reuters", "Kyodo", "Xinhua"};
    private static final String[] OUTLETS = {
        "The Hindu",
        "Tribune",
        "Deccan Herald",
        "Straits Times",
        "France 24",
        "Barron's",
        "ABC",
        "Gulf News",
        "Manila Times",
        "Le Monde",
        "SBS",
        "Ahram Online"
    };

    private final DateResolver resolver = DateResolver.standard();
    private final long seed;

    private CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Returns a generator for the given seed. */
    public static CorpusGenerator withSeed(long seed) {
        return new CorpusGenerator(seed);
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /**
     * Generates one episode: its reports and, for each gold event, its label and records.
     *
     * @param number the episode number, zero or more
     * @return the episode, never null
     * @throws IllegalArgumentException if {@code number} is negative
     */
    public Episode episode(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("number: " + number + " is negative");
        }
        return new EpisodeBuilder(number, new SplittableRandom(seed ^ (number * 0x9E3779B97F4A7C15L))).build();
    }

    /**
     * Writes {@code episodes} episodes: reports as {@code .jsonl} to {@code reports} and, when
     * {@code gold} is not null, the gold file ({@code {"events": [{"label", "records"}]}}) to it.
     * Memory use does not grow with the number of episodes. Neither writer is closed.
     *
     * @return the numbers of reports and records written
     * @throws IllegalArgumentException if {@code episodes} is negative
     * @throws NullPointerException if {@code reports} is null
     * @throws UncheckedIOException if writing fails
     */
    public Counts write(long episodes, Writer reports, Writer gold) {
        Objects.requireNonNull(reports, "reports");
        if (episodes < 0) {
            throw new IllegalArgumentException("episodes: " + episodes + " is negative");
        }
        ReportWriter writer = ReportWriter.compact();
        long reportCount = 0;
        long recordCount = 0;
        try {
            if (gold != null) {
                gold.write("{\"events\": [");
            }
            boolean first = true;
            for (long e = 0; e < episodes; e++) {
                Episode ep = episode(e);
                for (Report r : ep.reports()) {
                    reports.write(writer.write(r));
                    reports.write('\n');
                    reportCount++;
                    recordCount += r.records().size();
                }
                if (gold != null) {
                    for (Map.Entry<String, List<String>> g : ep.gold().entrySet()) {
                        gold.write(first ? "\n  " : ",\n  ");
                        first = false;
                        gold.write("{\"label\": " + quote(g.getKey()) + ", \"records\": [");
                        List<String> refs = g.getValue();
                        for (int i = 0; i < refs.size(); i++) {
                            gold.write((i == 0 ? "" : ", ") + quote(refs.get(i)));
                        }
                        gold.write("]}");
                    }
                }
            }
            if (gold != null) {
                gold.write("\n]}\n");
                gold.flush();
            }
            reports.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Counts(reportCount, recordCount);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }

    /**
     * One generated episode.
     *
     * @param reports the reports, in order
     * @param gold the gold events: label to the {@code reportId#index} of each of its records
     */
    public record Episode(List<Report> reports, Map<String, List<String>> gold) {
        /** Copies the lists. */
        public Episode {
            reports = List.copyOf(reports);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            gold.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            gold = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /**
     * The size of what was written.
     *
     * @param reports the number of reports
     * @param records the number of records
     */
    public record Counts(long reports, long records) {}

    /** Builds one episode. */
    private final class EpisodeBuilder {
        private final long number;
        private final SplittableRandom random;
        private final Map<String, List<String>> gold = new LinkedHashMap<>();
        private final List<Report> reports = new ArrayList<>();

        EpisodeBuilder(long number, SplittableRandom random) {
            this.number = number;
            this.random = random;
        }

        private String surname(int role) {
            long n = number * 5 + role;
            StringBuilder b = new StringBuilder();
            do {
                b.append(SYLLABLES[(int) (n % SYLLABLES.length)]);
                n /= SYLLABLES.length;
            } while (n > 0);
            if (b.length() < 5) {
                b.append(SYLLABLES[role % SYLLABLES.length]);
            }
            return Character.toUpperCase(b.charAt(0)) + b.substring(1);
        }

        private String given(int role) {
            String g = new StringBuilder(surname(role).toLowerCase(Locale.ROOT)).reverse() + "a";
            return Character.toUpperCase(g.charAt(0)) + g.substring(1);
        }

        Episode build() {
            int xi = random.nextInt(COUNTRIES.length);
            int yi = (xi + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
            String x = COUNTRIES[xi][0];
            String y = COUNTRIES[yi][0];
            String city = COUNTRIES[yi][1];
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            long week = Math.floorMod(number * 7919L + seed, (long) WEEKS);
            LocalDate d = FIRST_MONDAY.plusWeeks(number / ERA * WEEKS + week);

            String initial = INITIALS[random.nextInt(INITIALS.length)];
            String aSur = surname(0);
            String aFull = initial + ". " + aSur;
            List<String> aVariants = List.of(aFull, initial + " " + aSur, aSur, "Dr " + initial + " " + aSur);
            String handle = "@Dr" + initial + aSur;
            String bName = given(1) + " " + surname(1);
            String cName = given(2) + " " + surname(2);
            String dName = given(3) + " " + surname(3);

            String visitLabel = "E" + number + " " + aFull + " visit to " + y;
            String ministerialLabel = "E" + number + " " + topic[0] + " Ministerial";
            String phoneLabel = "E" + number + " " + aSur + "-" + cName + " phone call";
            String meetCLabel = "E" + number + " " + aSur + "-" + cName + " meeting";
            String meetDLabel = "E" + number + " " + aSur + "-" + dName + " meeting";
            String agreementLabel = "E" + number + " " + x + "-" + y + " " + topic[0] + " Agreement";
            for (String l : List.of(visitLabel, ministerialLabel, phoneLabel, meetCLabel, meetDLabel, agreementLabel)) {
                gold.put(l, new ArrayList<>());
            }
            String agency = WIRE_AGENCIES[random.nextInt(WIRE_AGENCIES.length)];
            String portfolio = "External Affairs";

            // R1: agency story a week ahead; R2: the same story republished days later, same text.
            LocalDate p1 = d.minusDays(7);
            List<Rec> wire = new ArrayList<>();
            wire.add(new Rec(
                    visitLabel,
                    visit(
                            "visit",
                            "next week",
                            Status.SCHEDULED,
                            minister(aVariants.get(0), handle, x, portfolio),
                            y,
                            null,
                            topic[0])));
            wire.add(new Rec(
                    ministerialLabel,
                    ministerial(
                            "min",
                            topic[0] + " Ministerial",
                            monthDay(d.plusDays(1)),
                            Status.SCHEDULED,
                            "visit",
                            city,
                            y,
                            bName,
                            x,
                            minister(aVariants.get(0), handle, x, portfolio),
                            topic[0])));
            wire.add(new Rec(
                    phoneLabel,
                    meeting(
                            null,
                            "last week",
                            Status.OCCURRED,
                            MeetingMode.PHONE,
                            null,
                            null,
                            minister(aVariants.get(0), handle, x, portfolio),
                            official(cName, y, "President"),
                            topic[0])));
            String outlet1 = OUTLETS[random.nextInt(OUTLETS.length)];
            report(id("wire", 1), outlet1, agency, p1, wire);
            if (random.nextInt(10) < 6) {
                LocalDate p2 = p1.plusDays(1 + random.nextInt(10));
                String outlet2 =
                        OUTLETS[(indexOf(OUTLETS, outlet1) + 1 + random.nextInt(OUTLETS.length - 1)) % OUTLETS.length];
                report(id("wire", 2), outlet2, agency, p2, wire);
            }

            // R3: another agency on the first full day: the visit has happened, the meeting with C today.
            LocalDate p3 = d.plusDays(1);
            List<Rec> r3 = new ArrayList<>();
            r3.add(new Rec(
                    visitLabel,
                    visit(
                            "visit",
                            d + "/" + d.plusDays(2),
                            Status.OCCURRED,
                            minister(aVariants.get(2), null, x, portfolio),
                            y,
                            city,
                            null)));
            r3.add(new Rec(
                    meetCLabel,
                    meeting(
                            null,
                            "today",
                            Status.OCCURRED,
                            MeetingMode.IN_PERSON,
                            city,
                            y,
                            minister(aVariants.get(2), null, x, portfolio),
                            official(cName, y, "President"),
                            topic[0])));
            String agency3 = WIRE_AGENCIES[(indexOf(WIRE_AGENCIES, agency) + 1) % WIRE_AGENCIES.length];
            report(id("agency", 3), agency3, null, p3, r3);

            // R4: a spun rewrite two days after the visit.
            LocalDate p4 = d.plusDays(4);
            List<Rec> r4 = new ArrayList<>();
            Actor spunA = minister(aVariants.get(3), handle, x, "Exterior Affairs");
            r4.add(new Rec(
                    ministerialLabel,
                    ministerial(
                            null,
                            topic[1] + " Ministerial",
                            "on Tuesday",
                            Status.OCCURRED,
                            null,
                            city,
                            y,
                            bName,
                            x,
                            spunA,
                            topic[1])));
            r4.add(new Rec(
                    meetDLabel,
                    meeting(
                            null,
                            "on Wednesday",
                            Status.OCCURRED,
                            MeetingMode.IN_PERSON,
                            city,
                            y,
                            spunA,
                            official(dName, y, "Deputy Prime Minister"),
                            topic[1])));
            r4.add(new Rec(
                    agreementLabel,
                    agreement(
                            monthDay(d.plusDays(2)),
                            x + "-" + y + " " + topic[1] + " Settlement",
                            x,
                            y,
                            spunA,
                            minister(bName, null, y, "Foreign Affairs"))));
            report(id("spun", 4), "spun rewrite " + OUTLETS[random.nextInt(OUTLETS.length)], null, p4, r4);

            // R5: a local outlet with the meeting with D a day off, and the visit as a month-day range.
            LocalDate p5 = d.plusDays(5);
            List<Rec> r5 = new ArrayList<>();
            r5.add(new Rec(
                    visitLabel,
                    visit(
                            null,
                            dayRange(d, d.plusDays(2)),
                            Status.OCCURRED,
                            minister(aVariants.get(1), null, x, portfolio),
                            y,
                            null,
                            null)));
            r5.add(new Rec(
                    meetDLabel,
                    meeting(
                            null,
                            d.plusDays(3).toString(),
                            Status.OCCURRED,
                            MeetingMode.IN_PERSON,
                            city,
                            y,
                            minister(aVariants.get(1), null, x, portfolio),
                            official(dName, y, "Deputy Prime Minister"),
                            null)));
            report(id("local", 5), OUTLETS[random.nextInt(OUTLETS.length)], null, p5, r5);

            // R6: a later summary with week and month precision.
            if (random.nextBoolean()) {
                LocalDate p6 = d.plusDays(30);
                List<Rec> r6 = new ArrayList<>();
                r6.add(new Rec(
                        agreementLabel,
                        agreement(
                                String.format(
                                        Locale.ROOT,
                                        "%04d-%02d",
                                        d.plusDays(2).getYear(),
                                        d.plusDays(2).getMonthValue()),
                                x + "-" + y + " " + topic[0] + " Agreement",
                                x,
                                y,
                                minister(aVariants.get(2), null, x, portfolio),
                                null)));
                r6.add(new Rec(
                        meetCLabel,
                        meeting(
                                null,
                                isoWeek(d.plusDays(1)),
                                Status.OCCURRED,
                                MeetingMode.IN_PERSON,
                                city,
                                y,
                                minister(aVariants.get(0), handle, x, portfolio),
                                official(cName, y, "President"),
                                null)));
                report(id("review", 6), OUTLETS[random.nextInt(OUTLETS.length)], null, p6, r6);
            }
            gold.values().removeIf(List::isEmpty);
            return new Episode(reports, gold);
        }

        private String id(String kind, int n) {
            return "g" + number + "-" + kind + n;
        }

        private void report(String id, String outlet, String agency, LocalDate published, List<Rec> recs) {
            Anchor anchor = Anchor.of(published);
            Source.Builder source = Source.builder().outlet(outlet);
            if (agency != null) {
                source.agency(agency);
            }
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < recs.size(); i++) {
                Rec r = recs.get(i);
                events.add(r.event()
                        .withWhen(resolve(
                                r.event().when().text().orElseThrow(),
                                anchor,
                                r.event().status().orElse(null))));
                gold.get(r.label()).add(id + "#" + i);
            }
            reports.add(Report.builder()
                    .id(id)
                    .source(source.build())
                    .publishedAt(anchor)
                    .addAllRecords(events)
                    .build());
        }

        private When resolve(String text, Anchor anchor, Status status) {
            Tense tense = status == null ? Tense.NONE : status.isFuture() ? Tense.FUTURE : Tense.PAST;
            return resolver.resolve(text, anchor, tense).when();
        }
    }

    private record Rec(String label, Event event) {}

    private static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static String monthDay(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
    }

    private static String dayRange(LocalDate from, LocalDate to) {
        return from.getMonth() == to.getMonth()
                ? monthDay(from) + "-" + to.getDayOfMonth()
                : monthDay(from) + " - " + monthDay(to);
    }

    private static String isoWeek(LocalDate day) {
        return String.format(
                Locale.ROOT,
                "%04d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Minister minister(String name, String handle, String country, String portfolio) {
        Minister.Builder b = Minister.builder().name(name).country(country).portfolio(portfolio);
        if (handle != null) {
            b.addAliases(handle);
        }
        return b.build();
    }

    private static Official official(String name, String country, String role) {
        return Official.builder().name(name).country(country).role(role).build();
    }

    private static Visit visit(
            String ref, String when, Status status, Actor visitor, String destination, String city, String topic) {
        Visit.Builder b = Visit.builder()
                .when(When.unknown(when))
                .status(status)
                .visitor(visitor)
                .destination(city == null ? Location.ofCountry(destination) : Location.of(city, destination));
        if (ref != null) {
            b.ref(ref);
        }
        if (topic != null) {
            b.purpose("to attend the " + topic + " Ministerial");
        }
        return b.build();
    }

    private static Ministerial ministerial(
            String ref,
            String title,
            String when,
            Status status,
            String partOf,
            String city,
            String host,
            String convener,
            String attendee,
            Actor representative,
            String topic) {
        Ministerial.Builder b = Ministerial.builder()
                .when(When.unknown(when))
                .status(status)
                .title(title)
                .location(Location.of(city, host))
                .addTopics(topic.toLowerCase(Locale.ROOT))
                .convener(minister(convener, null, host, "Foreign Affairs"))
                .addAttendees(Country.of(attendee))
                .putRepresentatives(attendee, representative);
        if (ref != null) {
            b.ref(ref);
        }
        if (partOf != null) {
            b.partOf(partOf);
        }
        return b.build();
    }

    private static Meeting meeting(
            String ref,
            String when,
            Status status,
            MeetingMode mode,
            String city,
            String country,
            Actor a,
            Actor b,
            String topic) {
        Meeting.Builder m = Meeting.builder()
                .when(When.unknown(when))
                .status(status)
                .mode(mode)
                .addParticipants(a, b);
        if (ref != null) {
            m.ref(ref);
        }
        if (city != null) {
            m.location(Location.of(city, country));
        }
        if (topic != null) {
            m.addTopics(topic.toLowerCase(Locale.ROOT));
        }
        return m.build();
    }

    private static Agreement agreement(String when, String title, String x, String y, Actor signA, Actor signB) {
        Agreement.Builder b = Agreement.builder()
                .when(When.unknown(when))
                .status(Status.OCCURRED)
                .title(title)
                .agreementType(AgreementType.MOU)
                .addParties(Country.of(x), Country.of(y))
                .addSignatories(signA);
        if (signB != null) {
            b.addSignatories(signB);
        }
        return b.build();
    }
}
