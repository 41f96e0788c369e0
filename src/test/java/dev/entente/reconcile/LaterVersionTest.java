package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReportWriter;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.time.Anchor;
import dev.entente.timeline.TimelineService;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rule that keeps one version of a report ({@link Components#laterVersion}). */
class LaterVersionTest {

    @Provide
    Arbitrary<Report> versions() {
        Arbitrary<String> published = Arbitraries.of("", "2026-01-05", "2026-01-05T10:00:00+05:30", "2026-01-06");
        Arbitrary<String> text =
                Arbitraries.of("", "Ministers met.", "Ministers met.+", "Ministers met on Monday.", "zz");
        Arbitrary<String> outlet = Arbitraries.of("The Hindu", "PTI", "Straits Times");
        Arbitrary<String> language = Arbitraries.of("en", "en-IN", "fr");
        return Combinators.combine(published, text, outlet, language).as((p, t, o, l) -> {
            Report.Builder b = Report.builder().id("r1").source(Source.of(o)).language(l);
            if (!p.isEmpty()) {
                b.publishedAt(Anchor.parse(p));
            }
            if (!t.isEmpty()) {
                b.text(t);
            }
            return b.build();
        });
    }

    @Provide
    Arbitrary<List<Report>> severalVersions() {
        return versions().list().ofMinSize(3).ofMaxSize(4);
    }

    @Property
    void laterVersion_sameDayOrUndated_canonicalDocumentSortingLastWins(
            @ForAll("versions") Report a, @ForAll("versions") Report b) {
        if (a.publishedAt().equals(b.publishedAt()) && !a.equals(b)) {
            String ja = ReportWriter.compact().write(a);
            String jb = ReportWriter.compact().write(b);
            assertThat(Components.laterVersion(a, b)).isSameAs(ja.compareTo(jb) > 0 ? a : b);
        }
    }

    /**
     * Two versions of one day that differ where the canonical JSON ({@code "met.+"} after {@code
     * "met."}, since a quote sorts before a plus) and the Java {@code toString} ({@code "met.,"}
     * after {@code "met.+"}) disagree: the canonical document decides.
     */
    @org.junit.jupiter.api.Test
    void laterVersion_tie_decidedByTheCanonicalDocumentNotByToString() {
        Report plain = version("Ministers met.");
        Report plus = version("Ministers met.+");
        assertThat(plain.toString().compareTo(plus.toString())).isPositive();
        assertThat(Components.laterVersion(plain, plus)).isSameAs(plus);
        assertThat(Components.laterVersion(plus, plain)).isSameAs(plus);
    }

    private static Report version(String text) {
        return Report.builder()
                .id("r1")
                .source(Source.of("PTI"))
                .publishedAt(Anchor.parse("2026-01-05"))
                .text(text)
                .build();
    }

    @Property
    void laterVersion_datedOverUndated_laterDateOverEarlier(
            @ForAll("versions") Report a, @ForAll("versions") Report b) {
        if (a.publishedAt().isPresent() && b.publishedAt().isEmpty()) {
            assertThat(Components.laterVersion(a, b)).isSameAs(a);
            assertThat(Components.laterVersion(b, a)).isSameAs(a);
        }
        if (a.publishedAt().isPresent()
                && b.publishedAt().isPresent()
                && a.publishedAt().get().compareTo(b.publishedAt().get()) > 0) {
            assertThat(Components.laterVersion(b, a)).isSameAs(a);
        }
    }

    @Property(tries = 200)
    void laterVersion_amongSeveral_keepsTheSameWhateverTheOrderOfArrival(
            @ForAll("severalVersions") List<Report> versions) {
        Report expected = versions.stream().reduce(Components::laterVersion).orElseThrow();
        for (List<Report> order : permutations(versions)) {
            assertThat(order.stream().reduce(Components::laterVersion).orElseThrow())
                    .isEqualTo(expected);
            TimelineService service = TimelineService.inMemory();
            order.forEach(service::ingest);
            assertThat(service.reports()).containsExactly(expected);
        }
    }

    private static List<List<Report>> permutations(List<Report> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Report>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Report> rest = new ArrayList<>(items);
            Report first = rest.remove(i);
            for (List<Report> p : permutations(rest)) {
                List<Report> withFirst = new ArrayList<>();
                withFirst.add(first);
                withFirst.addAll(p);
                out.add(withFirst);
            }
        }
        return out;
    }
}
