package dev.entente.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.model.Actor;
import dev.entente.model.Meeting;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {

    /** Our own estimate of a monospaced glyph's advance, as a fraction of the font size. */
    private static final double GLYPH = 0.6;

    static Timeline seedTimeline() {
        List<Report> reports = new ArrayList<>();
        try (Stream<ReadResult> results = ReportReader.standard().readAll(List.of(Path.of("docs/examples/seeds")))) {
            results.map(ReadResult::report).flatMap(Optional::stream).forEach(reports::add);
        }
        assertThat(reports).hasSize(5);
        return Reconciler.standard().reconcile(reports);
    }

    /** A timeline of many unrelated events: precise, vague, scheduled, cancelled, unknown. */
    static Timeline generatedTimeline(int n) {
        List<Report> reports = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate day = start.plusDays(i * 11L);
            When when =
                    switch (i % 5) {
                        case 0 -> When.of(day);
                        case 1 -> When.of(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
                        case 2 -> When.of(day, day.plusDays(6));
                        case 3 -> When.of(day);
                        default -> i % 10 == 4 ? When.unknown("at some point") : When.of(day, day.plusDays(2));
                    };
            Status status = Status.values()[(i + i / 5) % Status.values().length];
            Person host = Person.builder()
                    .name("Host Minister Number " + i + " With A Rather Long Name")
                    .country("FR")
                    .build();
            Person guest = Person.builder().name("Guest " + i).country("DE").build();
            Meeting meeting = Meeting.builder()
                    .ref("m")
                    .when(when)
                    .status(status)
                    .title("Very long meeting title number " + i + " about trade, energy, climate and security")
                    .addParticipants(host, guest)
                    .build();
            Report.Builder report = Report.builder()
                    .id("gen-" + i)
                    .source(Source.of("Outlet " + (i % 7)))
                    .publishedAt(Anchor.parse("2026-06-01"))
                    .addRecords(meeting);
            if (i % 6 == 0 && !when.isUnknown()) {
                report.addRecords(Visit.builder()
                        .partOf("m")
                        .when(when)
                        .status(status)
                        .visitor(guest)
                        .destination(dev.entente.model.Location.ofCountry("FR"))
                        .build());
            }
            reports.add(report.build());
        }
        return Reconciler.standard().reconcile(reports);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document d, String tag) {
        NodeList list = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static List<Element> withClass(Document d, String tag, String cls) {
        return elements(d, tag).stream()
                .filter(e -> e.getAttribute("class").equals(cls))
                .toList();
    }

    record Box(String text, double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    static Box box(Element t) {
        double x = Double.parseDouble(t.getAttribute("x"));
        double y = Double.parseDouble(t.getAttribute("y"));
        double size = Double.parseDouble(t.getAttribute("font-size"));
        String text = t.getTextContent();
        double w = text.codePointCount(0, text.length()) * GLYPH * size;
        double x0 =
                switch (t.getAttribute("text-anchor")) {
                    case "middle" -> x - w / 2;
                    case "end" -> x - w;
                    default -> x;
                };
        return new Box(text, x0, y - 0.8 * size, x0 + w, y + 0.25 * size);
    }

    static List<Box> overlaps(Document d) {
        List<Box> boxes = elements(d, "text").stream().map(SvgRendererTest::box).toList();
        List<Box> bad = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    bad.add(boxes.get(i));
                    bad.add(boxes.get(j));
                }
            }
        }
        return bad;
    }

    @Test
    void render_seedTimeline_drawsOneBarPerDatedEvent() throws Exception {
        Timeline t = seedTimeline();
        Document d = parse(SvgRenderer.render(t));

        List<String> barIds = withClass(d, "rect", "bar").stream()
                .map(e -> e.getAttribute("data-event"))
                .toList();
        List<String> datedIds = t.events().stream()
                .filter(e -> !e.when().isUnknown())
                .map(TimelineEvent::id)
                .toList();
        assertThat(datedIds).isNotEmpty();
        assertThat(barIds).containsExactlyInAnyOrderElementsOf(datedIds);
    }

    @Test
    void render_seedTimeline_labelsTheAxisWithDatesOfTheEpisode() throws Exception {
        Document d = parse(SvgRenderer.render(seedTimeline()));

        List<String> labels = withClass(d, "text", "axis-label").stream()
                .map(Element::getTextContent)
                .toList();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.startsWith("2026") || l.startsWith("2025"));
        assertThat(overlaps(d)).isEmpty();
    }

    @Test
    void render_seedTimeline_namesEveryEventAndItsParticipants() throws Exception {
        Timeline t = seedTimeline();
        String svg = SvgRenderer.render(t);

        assertThat(svg).contains("Critical Minerals Ministerial", "Jaishankar", "Rubio");
        List<Element> labels = withClass(parse(svg), "text", "label");
        assertThat(labels).hasSize(t.events().size());
    }

    @Test
    void render_subEvent_isTheRowRightUnderItsParent() throws Exception {
        Timeline t = seedTimeline();
        TimelineEvent child = t.events().stream()
                .filter(e -> e.partOf().isPresent())
                .findFirst()
                .orElseThrow();
        List<String> order = withClass(parse(SvgRenderer.render(t)), "text", "label").stream()
                .map(Element::getTextContent)
                .toList();
        TimelineEvent parent = t.event(child.partOf().get()).orElseThrow();

        int p = indexOfStart(order, parent.title().orElse("Visit"));
        assertThat(order.get(p + 1)).startsWith("↳ ").contains(child.title().orElse(""));
    }

    private static int indexOfStart(List<String> order, String title) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).startsWith(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " not in " + order);
    }

    @Test
    void render_statusAndPrecision_lookDifferent() throws Exception {
        Document d = parse(SvgRenderer.render(generatedTimeline(20)));
        List<Element> bars = withClass(d, "rect", "bar");

        Element occurredDay = find(bars, "occurred", "day");
        Element scheduledDay = find(bars, "scheduled", "day");
        Element cancelled = find(bars, "cancelled", null);
        Element vague = find(bars, null, "month");
        assertThat(occurredDay.getAttribute("fill")).isNotEqualTo(scheduledDay.getAttribute("fill"));
        assertThat(scheduledDay.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(cancelled.getAttribute("stroke-dasharray"))
                .isNotEmpty()
                .isNotEqualTo(scheduledDay.getAttribute("stroke-dasharray"));
        assertThat(Double.parseDouble(vague.getAttribute("fill-opacity")))
                .isLessThan(Double.parseDouble(occurredDay.getAttribute("fill-opacity")));
        assertThat(withClass(d, "text", "legend")).isNotEmpty();
    }

    private static Element find(List<Element> bars, String status, String precision) {
        return bars.stream()
                .filter(b -> status == null || b.getAttribute("data-status").equals(status))
                .filter(b ->
                        precision == null || b.getAttribute("data-precision").equals(precision))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bar " + status + "/" + precision));
    }

    @Test
    void render_sixtyEvents_noTextOverlapsAnother() throws Exception {
        Timeline t = generatedTimeline(60);
        assertThat(t.events()).hasSizeGreaterThanOrEqualTo(50);
        Document d = parse(SvgRenderer.render(t));

        assertThat(withClass(d, "text", "label")).hasSize(t.events().size());
        assertThat(overlaps(d)).isEmpty();
        double width = Double.parseDouble(d.getDocumentElement().getAttribute("width"));
        double height = Double.parseDouble(d.getDocumentElement().getAttribute("height"));
        assertThat(elements(d, "text").stream().map(SvgRendererTest::box))
                .allMatch(b -> b.x0() >= 0 && b.x1() <= width && b.y0() >= 0 && b.y1() <= height);
    }

    @Test
    void render_unknownDates_areListedInTheirOwnSection() throws Exception {
        Timeline t = generatedTimeline(20);
        long unknown = t.events().stream().filter(e -> e.when().isUnknown()).count();
        assertThat(unknown).isPositive();
        Document d = parse(SvgRenderer.render(t));

        assertThat(withClass(d, "text", "section"))
                .extracting(Element::getTextContent)
                .containsExactly("Date unknown");
        assertThat(withClass(d, "text", "when-text")).hasSize((int) unknown);
    }

    @Test
    void render_conflictingReports_showABadgeAndSourceCounts() throws Exception {
        Person a = Person.builder().name("Ann Example").country("FR").build();
        Person b = Person.builder().name("Bob Example").country("DE").build();
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            reports.add(Report.builder()
                    .id("r" + i)
                    .source(Source.of("Outlet " + i))
                    .publishedAt(Anchor.parse("2026-03-0" + (i + 1)))
                    .addRecords(Meeting.builder()
                            .when(When.of(LocalDate.of(2026, 2, 27)))
                            .status(Status.OCCURRED)
                            .title(i == 0 ? "Talks on fisheries" : "Talks on fisheries")
                            .addParticipants(a, b)
                            .location(dev.entente.model.Location.of(i == 0 ? "Paris" : "Lyon", "FR"))
                            .build())
                    .build());
        }
        Timeline t = Reconciler.standard().reconcile(reports);
        Document d = parse(SvgRenderer.render(t));

        assertThat(withClass(d, "text", "sources"))
                .extracting(Element::getTextContent)
                .anyMatch(s -> s.startsWith("2 reports, 2 outlets"));
        long conflicted =
                t.events().stream().filter(e -> !e.conflicts().isEmpty()).count();
        assertThat(withClass(d, "rect", "conflict")).hasSize((int) conflicted);
        assertThat(Actor.of("Ann Example").displayName()).isNotEmpty();
    }
}
