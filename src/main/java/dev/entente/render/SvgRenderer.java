package dev.entente.render;

import dev.entente.model.Actor;
import dev.entente.model.Status;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.time.Precision;
import dev.entente.time.When;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a timeline as a self-contained SVG picture: a date axis, one row per event with a bar
 * from its earliest to its latest date, sub-events right under their parent, and a section for
 * events of unknown date.
 *
 * <p>A bar's look tells the event apart at a glance: a date known to the day is a solid bar, a
 * week, month, year or range is a faded band; the colour and the outline give the status
 * (occurred solid blue, scheduled or proposed dashed amber, postponed dotted purple, cancelled
 * dotted red, unknown grey), explained in a legend. Each row names the event and its
 * participants in a left column, and shows the date, the number of reports, outlets and
 * independent origins, and a badge with the number of conflicts in a right column. Labels never
 * overlap: every row has its own height and every text is cut to its column's width, measured
 * with a fixed-width font. The picture uses no external resources and no scripts.
 */
public final class SvgRenderer {

    /** The estimated width of one character, as a fraction of the font size (monospaced font). */
    static final double CHAR_WIDTH = 0.6;

    static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, monospace";

    private static final int MARGIN = 16;
    private static final int LABEL_WIDTH = 320;
    private static final int CHART_WIDTH = 600;
    private static final int INFO_WIDTH = 260;
    private static final int GAP = 12;
    private static final int ROW = 32;
    private static final int INDENT = 14;
    private static final int TITLE_SIZE = 12;
    private static final int DETAIL_SIZE = 10;
    private static final int HEADER = 64;

    private static final int CHART_X = MARGIN + LABEL_WIDTH + GAP;
    private static final int INFO_X = CHART_X + CHART_WIDTH + GAP;
    private static final int WIDTH = INFO_X + INFO_WIDTH + MARGIN;

    private SvgRenderer() {}

    /**
     * Returns the SVG document of a timeline, without an XML declaration so that it can be embedded
     * in HTML as is.
     *
     * @throws NullPointerException if {@code timeline} is null
     */
    public static String render(Timeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        List<Row> rows = rows(timeline.events());
        List<Row> dated = rows.stream().filter(r -> !r.event.when().isUnknown()).toList();
        List<Row> undated =
                rows.stream().filter(r -> r.event.when().isUnknown()).toList();

        Axis axis = Axis.of(dated);
        int datedTop = HEADER;
        int datedBottom = datedTop + dated.size() * ROW;
        int undatedTitle = datedBottom + (undated.isEmpty() ? 0 : 28);
        int undatedTop = undatedTitle + (undated.isEmpty() ? 0 : 10);
        int legendTop = undatedTop + undated.size() * ROW + 20;
        int height = legendTop + 3 * 18 + MARGIN;

        Svg svg = new Svg();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" font-family=\"" + FONT + "\">\n");
        svg.raw("<rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n");
        String heading = "Timeline" + timeline.asOf().map(a -> " as of " + a).orElse("") + " ("
                + timeline.events().size() + " events)";
        svg.text("heading", MARGIN, 22, 14, "start", "bold", heading, WIDTH - 2 * MARGIN);

        if (!dated.isEmpty()) {
            axis.draw(svg, datedTop, datedBottom);
        }
        for (int i = 0; i < dated.size(); i++) {
            Row r = dated.get(i);
            int y = datedTop + i * ROW;
            if (i % 2 == 1) {
                svg.raw("<rect class=\"stripe\" x=\"" + MARGIN + "\" y=\"" + y + "\" width=\"" + (WIDTH - 2 * MARGIN)
                        + "\" height=\"" + ROW + "\" fill=\"#f5f5f5\"/>\n");
            }
            labels(svg, r, y);
            bar(svg, r.event, axis, y);
            info(svg, r.event, y);
        }
        if (!undated.isEmpty()) {
            svg.text("section", MARGIN, undatedTitle, 12, "start", "bold", "Date unknown", WIDTH - 2 * MARGIN);
            for (int i = 0; i < undated.size(); i++) {
                Row r = undated.get(i);
                int y = undatedTop + i * ROW;
                labels(svg, r, y);
                String text = r.event.when().text().orElse("no date given");
                svg.text("when-text", CHART_X, y + 19, DETAIL_SIZE, "start", null, "“" + text + "”", CHART_WIDTH);
                info(svg, r.event, y);
            }
        }
        legend(svg, legendTop);
        svg.raw("</svg>\n");
        return svg.toString();
    }

    /** Orders the events so that each sub-event follows its parent, depth-first. */
    static List<Row> rows(List<TimelineEvent> events) {
        Map<String, TimelineEvent> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        Map<String, List<TimelineEvent>> children = new LinkedHashMap<>();
        List<TimelineEvent> roots = new ArrayList<>();
        for (TimelineEvent e : events) {
            String parent = e.partOf().filter(byId::containsKey).orElse(null);
            if (parent == null || parent.equals(e.id())) {
                roots.add(e);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
            }
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TimelineEvent root : roots) {
            walk(root, 0, children, seen, rows);
        }
        for (TimelineEvent e : events) {
            if (!seen.contains(e.id())) {
                walk(e, 0, children, seen, rows);
            }
        }
        return rows;
    }

    private static void walk(
            TimelineEvent e, int depth, Map<String, List<TimelineEvent>> children, Set<String> seen, List<Row> out) {
        if (!seen.add(e.id())) {
            return;
        }
        out.add(new Row(e, depth));
        for (TimelineEvent c : children.getOrDefault(e.id(), List.of())) {
            walk(c, depth + 1, children, seen, out);
        }
    }

    private static void labels(Svg svg, Row r, int y) {
        int indent = Math.min(r.depth, 4) * INDENT;
        int x = MARGIN + 4 + indent;
        int width = LABEL_WIDTH - 4 - indent;
        String title = (r.depth > 0 ? "↳ " : "") + name(r.event);
        svg.text("label", x, y + 14, TITLE_SIZE, "start", "bold", title, width);
        String people = r.event.participants().stream().map(Actor::displayName).collect(Collectors.joining(", "));
        svg.text(
                "actors",
                x,
                y + 27,
                DETAIL_SIZE,
                "start",
                null,
                people.isEmpty() ? r.event.kind().wireName() : people,
                width);
    }

    private static String name(TimelineEvent e) {
        return e.title().orElseGet(() -> {
            String kind = e.kind().wireName();
            return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        });
    }

    private static void bar(Svg svg, TimelineEvent e, Axis axis, int y) {
        When w = e.when();
        double x0 = axis.x(w.earliest().get());
        double x1 = axis.x(w.latest().get().plusDays(1));
        double width = Math.max(4, x1 - x0);
        Look look = Look.of(e.status().orElse(null));
        boolean day = w.precision() == Precision.DAY;
        StringBuilder b = new StringBuilder("<rect class=\"bar\" data-event=\"")
                .append(xml(e.id()))
                .append("\" data-status=\"")
                .append(e.status().map(Status::wireName).orElse("unknown"))
                .append("\" data-precision=\"")
                .append(w.precision().wireName())
                .append("\" x=\"")
                .append(fmt(x0))
                .append("\" y=\"")
                .append(y + 8)
                .append("\" width=\"")
                .append(fmt(width))
                .append("\" height=\"16\" rx=\"2\" fill=\"")
                .append(look.colour)
                .append("\" fill-opacity=\"")
                .append(day ? "0.9" : "0.25")
                .append("\" stroke=\"")
                .append(look.colour)
                .append("\" stroke-width=\"1.5\"");
        if (look.dash != null) {
            b.append(" stroke-dasharray=\"").append(look.dash).append('"');
        }
        b.append("><title>")
                .append(xml(name(e) + ": " + when(w) + " (" + w.precision().wireName() + "), "
                        + e.status().map(Status::wireName).orElse("status unknown")))
                .append("</title></rect>\n");
        svg.raw(b.toString());
        if (e.status().filter(s -> s == Status.CANCELLED).isPresent()) {
            svg.raw("<line class=\"strike\" x1=\"" + fmt(x0) + "\" y1=\"" + (y + 16) + "\" x2=\"" + fmt(x0 + width)
                    + "\" y2=\"" + (y + 16) + "\" stroke=\"" + look.colour + "\" stroke-width=\"2\"/>\n");
        }
    }

    private static void info(Svg svg, TimelineEvent e, int y) {
        String date = when(e.when());
        int dateWidth = 24 * 6;
        svg.text("date", INFO_X, y + 14, DETAIL_SIZE, "start", null, date, dateWidth);
        int conflicts = e.conflicts().size();
        if (conflicts > 0) {
            String label = conflicts + (conflicts == 1 ? " conflict" : " conflicts");
            double w = Svg.width(label, DETAIL_SIZE) + 8;
            int bx = INFO_X + dateWidth + 8;
            svg.raw("<rect class=\"conflict\" x=\"" + bx + "\" y=\"" + (y + 4) + "\" width=\"" + fmt(w)
                    + "\" height=\"13\" rx=\"6\" fill=\"#c53030\"/>\n");
            svg.text("conflict-count", bx + 4, y + 14, DETAIL_SIZE, "start", null, label, INFO_WIDTH - dateWidth - 8);
        }
        String sources = String.format(
                Locale.ROOT,
                "%d %s, %d %s, %d indep.",
                e.sources().reports(),
                e.sources().reports() == 1 ? "report" : "reports",
                e.sources().outlets(),
                e.sources().outlets() == 1 ? "outlet" : "outlets",
                e.sources().independent());
        svg.text("sources", INFO_X, y + 27, DETAIL_SIZE, "start", null, sources, INFO_WIDTH);
    }

    private static void legend(Svg svg, int top) {
        svg.text("legend", MARGIN, top + 10, DETAIL_SIZE, "start", "bold", "Legend", 80);
        Status[] statuses = {Status.OCCURRED, Status.SCHEDULED, Status.POSTPONED, Status.CANCELLED, null};
        int x = MARGIN + 80;
        for (Status s : statuses) {
            Look look = Look.of(s);
            svg.raw("<rect class=\"swatch\" x=\"" + x + "\" y=\"" + (top + 1) + "\" width=\"24\" height=\"12\" fill=\""
                    + look.colour + "\" fill-opacity=\"0.9\" stroke=\"" + look.colour + "\""
                    + (look.dash == null ? "" : " stroke-dasharray=\"" + look.dash + "\"") + "/>\n");
            String name = s == null ? "status unknown" : s.wireName() + (s == Status.SCHEDULED ? "/proposed" : "");
            svg.text("legend", x + 30, top + 11, DETAIL_SIZE, "start", null, name, 130);
            x += 30 + 130;
        }
        int y2 = top + 24;
        svg.raw("<rect class=\"swatch\" x=\"" + (MARGIN + 80) + "\" y=\"" + (y2 + 1)
                + "\" width=\"24\" height=\"12\" fill=\"#2b6cb0\" fill-opacity=\"0.9\" stroke=\"#2b6cb0\"/>\n");
        svg.text("legend", MARGIN + 110, y2 + 11, DETAIL_SIZE, "start", null, "known to the day", 130);
        svg.raw("<rect class=\"swatch\" x=\"" + (MARGIN + 240) + "\" y=\"" + (y2 + 1)
                + "\" width=\"24\" height=\"12\" fill=\"#2b6cb0\" fill-opacity=\"0.25\" stroke=\"#2b6cb0\"/>\n");
        svg.text("legend", MARGIN + 270, y2 + 11, DETAIL_SIZE, "start", null, "week, month, year or range", 200);
        svg.raw("<rect class=\"swatch\" x=\"" + (MARGIN + 480) + "\" y=\"" + (y2 + 1)
                + "\" width=\"30\" height=\"12\" rx=\"6\" fill=\"#c53030\"/>\n");
        svg.text("legend", MARGIN + 516, y2 + 11, DETAIL_SIZE, "start", null, "reports disagree", 150);
        svg.text(
                "legend",
                MARGIN + 80,
                y2 + 29,
                DETAIL_SIZE,
                "start",
                null,
                "↳ part of the event above; indep. = independent origins",
                600);
    }

    static String when(When w) {
        if (w.isUnknown()) {
            return "unknown";
        }
        LocalDate a = w.earliest().get();
        LocalDate b = w.latest().get();
        return a.equals(b) ? a.toString() : a + ".." + b;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    record Row(TimelineEvent event, int depth) {}

    private record Look(String colour, String dash) {
        static Look of(Status s) {
            if (s == null) {
                return new Look("#718096", null);
            }
            return switch (s) {
                case OCCURRED -> new Look("#2b6cb0", null);
                case SCHEDULED, PROPOSED -> new Look("#d69e2e", "5 3");
                case POSTPONED -> new Look("#805ad5", "2 2");
                case CANCELLED -> new Look("#c53030", "2 2");
            };
        }
    }

    /** The date axis: a linear scale from the first to the day after the last date. */
    private record Axis(LocalDate from, LocalDate to) {
        static Axis of(List<Row> dated) {
            LocalDate min = null;
            LocalDate max = null;
            for (Row r : dated) {
                LocalDate a = r.event.when().earliest().get();
                LocalDate b = r.event.when().latest().get();
                min = min == null || a.isBefore(min) ? a : min;
                max = max == null || b.isAfter(max) ? b : max;
            }
            if (min == null) {
                min = LocalDate.of(2000, 1, 1);
                max = min;
            }
            LocalDate from = min.minusDays(1);
            LocalDate to = max.plusDays(2);
            if (ChronoUnit.DAYS.between(from, to) < 14) {
                to = from.plusDays(14);
            }
            return new Axis(from, to);
        }

        double x(LocalDate d) {
            double days = ChronoUnit.DAYS.between(from, to);
            return CHART_X + CHART_WIDTH * ChronoUnit.DAYS.between(from, d) / days;
        }

        void draw(Svg svg, int top, int bottom) {
            double perDay = (double) CHART_WIDTH / ChronoUnit.DAYS.between(from, to);
            Step step = Step.pick(perDay);
            svg.raw("<line class=\"axis\" x1=\"" + CHART_X + "\" y1=\"" + (top - 4) + "\" x2=\""
                    + (CHART_X + CHART_WIDTH) + "\" y2=\"" + (top - 4) + "\" stroke=\"#333333\"/>\n");
            double lastRight = Double.NEGATIVE_INFINITY;
            for (LocalDate d = step.first(from); !d.isAfter(to); d = step.next(d)) {
                double x = x(d);
                String label = step.label(d);
                double w = Svg.width(label, DETAIL_SIZE);
                if (x - w / 2 < CHART_X - GAP / 2.0
                        || x + w / 2 > CHART_X + CHART_WIDTH + GAP / 2.0
                        || x - w / 2 < lastRight + 4) {
                    continue;
                }
                svg.raw("<line class=\"tick\" x1=\"" + fmt(x) + "\" y1=\"" + (top - 8) + "\" x2=\"" + fmt(x)
                        + "\" y2=\"" + bottom + "\" stroke=\"#cccccc\" stroke-width=\"0.5\"/>\n");
                svg.text("axis-label", x, top - 12, DETAIL_SIZE, "middle", null, label, w + 1);
                lastRight = x + w / 2;
            }
        }
    }

    private enum Step {
        DAY(1),
        WEEK(7),
        MONTH(30),
        QUARTER(91),
        YEAR(365);

        final int days;

        Step(int days) {
            this.days = days;
        }

        static Step pick(double perDay) {
            for (Step s : values()) {
                double need = Svg.width(s.label(LocalDate.of(2026, 12, 28)), DETAIL_SIZE) + 10;
                if (s.days * perDay >= need) {
                    return s;
                }
            }
            return YEAR;
        }

        LocalDate first(LocalDate from) {
            return switch (this) {
                case DAY -> from;
                case WEEK -> from.plusDays((8 - from.getDayOfWeek().getValue()) % 7);
                case MONTH ->
                    from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
                case QUARTER -> {
                    LocalDate m = from.withDayOfMonth(1);
                    while (m.isBefore(from) || (m.getMonthValue() - 1) % 3 != 0) {
                        m = m.plusMonths(1);
                    }
                    yield m;
                }
                case YEAR ->
                    from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
            };
        }

        LocalDate next(LocalDate d) {
            return switch (this) {
                case DAY -> d.plusDays(1);
                case WEEK -> d.plusWeeks(1);
                case MONTH -> d.plusMonths(1);
                case QUARTER -> d.plusMonths(3);
                case YEAR -> d.plusYears(1);
            };
        }

        String label(LocalDate d) {
            return switch (this) {
                case DAY, WEEK -> d.toString();
                case MONTH, QUARTER -> d.toString().substring(0, 7);
                case YEAR -> String.valueOf(d.getYear());
            };
        }
    }

    /** Accumulates SVG markup; texts are cut to fit their width. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder();

        static double width(String text, int size) {
            return text.codePointCount(0, text.length()) * CHAR_WIDTH * size;
        }

        void raw(String s) {
            out.append(s);
        }

        void text(String cls, double x, double y, int size, String anchor, String weight, String text, double max) {
            String shown = fit(text, size, max);
            boolean cut = !shown.equals(text);
            if (cut) {
                out.append("<g><title>").append(xml(text)).append("</title>");
            }
            out.append("<text class=\"")
                    .append(cls)
                    .append("\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append("\" font-size=\"")
                    .append(size)
                    .append('"');
            if (!"start".equals(anchor)) {
                out.append(" text-anchor=\"").append(anchor).append('"');
            }
            if (weight != null) {
                out.append(" font-weight=\"").append(weight).append('"');
            }
            if ("conflict-count".equals(cls)) {
                out.append(" fill=\"#ffffff\"");
            } else {
                out.append(" fill=\"#1a202c\"");
            }
            out.append('>').append(xml(shown)).append("</text>");
            out.append(cut ? "</g>\n" : "\n");
        }

        private static String fit(String text, int size, double max) {
            int allowed = (int) Math.floor(max / (CHAR_WIDTH * size));
            int n = text.codePointCount(0, text.length());
            if (n <= allowed) {
                return text;
            }
            if (allowed <= 1) {
                return "…";
            }
            int end = text.offsetByCodePoints(0, allowed - 1);
            return text.substring(0, end).stripTrailing() + "…";
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
