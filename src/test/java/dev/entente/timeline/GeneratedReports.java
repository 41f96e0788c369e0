package dev.entente.timeline;

import dev.entente.json.ReportReader;
import dev.entente.json.ReportWriter;
import dev.entente.model.Country;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.Minister;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Deterministic generated reports built with the model builders, for durability tests and benchmarks. */
public final class GeneratedReports {
    private static final List<String> COUNTRIES =
            List.of("IN", "US", "FR", "DE", "JP", "BR", "ZA", "AU", "CA", "MX", "KR", "ID", "NG", "EG", "AR", "SE");
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private GeneratedReports() {}

    /**
     * The report with index {@code n} (id {@code prefix-n}); {@code version} changes the outlet and a
     * later publication date, so that a higher version replaces a lower one.
     */
    public static Report report(String prefix, long n, int version) {
        return canonical(raw(prefix, n, version));
    }

    /** As {@link #report}, as built (not read back from its canonical JSON). */
    public static Report raw(String prefix, long n, int version) {
        Random rnd = new Random(n * 31 + prefix.hashCode());
        String a = COUNTRIES.get(rnd.nextInt(COUNTRIES.size()));
        String b = COUNTRIES.get(rnd.nextInt(COUNTRIES.size()));
        if (a.equals(b)) {
            b = a.equals("IN") ? "US" : "IN";
        }
        LocalDate day = START.plusDays(rnd.nextInt(700));
        LocalDate published = day.plusDays(1 + version);
        Meeting meeting = Meeting.builder()
                .ref("m")
                .when(When.of(day))
                .status(Status.OCCURRED)
                .title("Talks between " + a + " and " + b + " #" + n)
                .location(Location.ofCountry(a))
                .addParticipants(Minister.of("Minister " + a + (n % 50), a), Country.of(b))
                .addTopics("trade", "defence")
                .build();
        Report.Builder r = Report.builder()
                .id(prefix + "-" + n)
                .source(Source.of("Outlet " + (n % 17) + " v" + version))
                .publishedAt(Anchor.parse(published.toString()))
                .language("en")
                .text("Ministers of " + a + " and " + b + " met on " + day + " to discuss trade and defence."
                        + " Report number " + n + ".")
                .addRecords(meeting);
        if (rnd.nextInt(4) == 0) {
            r.addRecords(Visit.builder()
                    .ref("v")
                    .when(When.of(day, day.plusDays(2)))
                    .status(Status.OCCURRED)
                    .visitor(Minister.of("Minister " + a + (n % 50), a))
                    .destination(Location.ofCountry(b))
                    .purpose("bilateral visit")
                    .build());
        }
        return r.build();
    }

    /** The report as it reads back from its canonical JSON, the form a durable service holds. */
    public static Report canonical(Report report) {
        return ReportReader.standard()
                .read(report.id(), ReportWriter.compact().writeBytes(report))
                .orElseThrow();
    }
}
