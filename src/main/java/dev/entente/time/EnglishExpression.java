package dev.entente.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One English date expression being resolved: the rules of report-format section 4. */
final class EnglishExpression {
    private static final Map<String, Month> MONTHS = new LinkedHashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
    private static final Map<String, Integer> NUMBERS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten",
            10);

    static {
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            MONTHS.put(name, m);
            MONTHS.put(name.substring(0, 3), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            WEEKDAYS.put(name, d);
            WEEKDAYS.put(name.substring(0, 3), d);
        }
        WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
        WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
        WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
    }

    private static final String MONTH = "(" + alternation(MONTHS) + ")";
    private static final String WEEKDAY = "(" + alternation(WEEKDAYS) + ")";
    private static final Pattern N_DAY =
            Pattern.compile("(?:(?:a|an|the) )?(\\d{1,3}|" + String.join("|", NUMBERS.keySet())
                    + ")[- ]days?(?: [a-z]+){0,3}? (?:starting|beginning|from)(?: on| from)? (.+)");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?:(this|next|last) )?" + WEEKDAY);
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(WEEKDAY + " (.+)");
    private static final Pattern PART_OF_MONTH = Pattern.compile("(early|mid|late)[- ]?" + MONTH + "(?: (\\d{4}))?");
    private static final Pattern WHOLE_MONTH = Pattern.compile(MONTH + "(?: (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + " (\\d{1,2})(?: (\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) (?:of )?" + MONTH + "(?: (\\d{4}))?");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b");
    private static final Pattern NUMBER_DASH = Pattern.compile("(\\d)\\s*-\\s*(\\d)");
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+-\\s*|\\s*-\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DAY_ONLY = Pattern.compile("(\\d{1,2})(?: (\\d{4}))?");

    private final String text;
    private final Anchor anchor;
    private final Tense tense;
    private final List<String> warnings = new ArrayList<>();
    private boolean usedAnchor;

    EnglishExpression(String text, Anchor anchor, Tense tense) {
        this.text = text;
        this.anchor = anchor;
        this.tense = tense;
    }

    Resolution resolve() {
        When when;
        try {
            when = expression(normalize(text));
            if (when == null) {
                warnings.add("cannot read the date expression \"" + text + "\"");
                when = When.unknown();
            }
        } catch (Unresolved e) {
            warnings.add(e.getMessage());
            when = When.unknown();
        }
        when = when.withText(text);
        if (usedAnchor && anchor != null) {
            when = when.withAnchor(anchor);
        }
        return Resolution.builder().when(when).addAllWarnings(warnings).build();
    }

    static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u2010', '-')
                .replace('\u2011', '-')
                .replace('\u2212', '-')
                .replace(',', ' ')
                .replace('.', ' ');
        s = ORDINAL.matcher(s).replaceAll("$1");
        s = NUMBER_DASH.matcher(s).replaceAll("$1 to $2");
        s = SPACED_DASH.matcher(s).replaceAll(" to ");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        return stripLeading(s);
    }

    private static String stripLeading(String s) {
        String r = s;
        while (r.startsWith("on ") || r.startsWith("in ") || r.startsWith("the ")) {
            r = r.substring(r.indexOf(' ') + 1);
        }
        return r;
    }

    private When expression(String s) {
        Matcher m = N_DAY.matcher(s);
        if (m.matches()) {
            return nDays(m.group(1), m.group(2));
        }
        When relative = relative(s);
        if (relative != null) {
            return relative;
        }
        m = WEEKDAY_ALONE.matcher(s);
        if (m.matches()) {
            return When.of(weekday(m.group(1), WEEKDAYS.get(m.group(2))));
        }
        m = WEEKDAY_BEFORE.matcher(s);
        if (m.matches()) {
            When date = calendar(m.group(2));
            if (date != null) {
                DayOfWeek named = WEEKDAYS.get(m.group(1));
                LocalDate first = date.earliest().get();
                if (first.getDayOfWeek() != named) {
                    warnings.add("\"" + text + "\": " + first + " is a " + name(first.getDayOfWeek()) + ", not a "
                            + name(named) + "; the date is kept");
                }
            }
            return date;
        }
        return calendar(s);
    }

    private When nDays(String count, String start) {
        int n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
        if (n < 1) {
            throw new Unresolved("\"" + text + "\": a visit of " + n + " days has no days");
        }
        When first = expression(stripLeading(start));
        if (first == null) {
            return null;
        }
        if (first.precision() != Precision.DAY) {
            throw new Unresolved("\"" + text + "\": \"" + start + "\" is not a single day to start from");
        }
        return When.of(first.earliest().get(), first.earliest().get().plusDays(n - 1));
    }

    private When relative(String s) {
        switch (s) {
            case "today":
                return When.of(anchorDate());
            case "yesterday":
                return When.of(anchorDate().minusDays(1));
            case "tomorrow":
                return When.of(anchorDate().plusDays(1));
            case "this week":
                return week(0);
            case "next week":
                return week(1);
            case "last week":
                return week(-1);
            case "earlier this week":
                return nonEmpty(week(0).earliest().get(), anchorDate().minusDays(1));
            case "later this week":
                return nonEmpty(anchorDate().plusDays(1), week(0).latest().get());
            case "this weekend":
                return weekend(0);
            case "next weekend":
                return weekend(1);
            case "last weekend":
                return weekend(-1);
            case "this month":
                return month(0);
            case "next month":
                return month(1);
            case "last month":
                return month(-1);
            case "earlier this month":
                return nonEmpty(month(0).earliest().get(), anchorDate().minusDays(1));
            case "later this month":
                return nonEmpty(anchorDate().plusDays(1), month(0).latest().get());
            case "this year":
                return year(0);
            case "next year":
                return year(1);
            case "last year":
                return year(-1);
            case "earlier this year":
                return nonEmpty(year(0).earliest().get(), anchorDate().minusDays(1));
            case "later this year":
                return nonEmpty(anchorDate().plusDays(1), year(0).latest().get());
            default:
                return null;
        }
    }

    private When week(int offset) {
        LocalDate monday = anchorDate().with(DayOfWeek.MONDAY).plusWeeks(offset);
        return When.of(monday, monday.plusDays(6));
    }

    private When weekend(int offset) {
        LocalDate saturday = anchorDate().with(DayOfWeek.SATURDAY).plusWeeks(offset);
        return When.of(saturday, saturday.plusDays(1));
    }

    private When month(int offset) {
        LocalDate first = anchorDate().withDayOfMonth(1).plusMonths(offset);
        return When.of(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    private When year(int offset) {
        LocalDate first = anchorDate().withDayOfYear(1).plusYears(offset);
        return When.of(first, first.with(TemporalAdjusters.lastDayOfYear()));
    }

    private When nonEmpty(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Unresolved("\"" + text + "\" is an empty span of days for the anchor " + anchorDate());
        }
        return When.of(from, to);
    }

    private LocalDate weekday(String qualifier, DayOfWeek day) {
        LocalDate a = anchorDate();
        if ("next".equals(qualifier)) {
            return a.with(TemporalAdjusters.next(day));
        }
        if ("last".equals(qualifier)) {
            return a.with(TemporalAdjusters.previous(day));
        }
        switch (tense) {
            case FUTURE:
                return a.with(TemporalAdjusters.nextOrSame(day));
            case PAST:
                return a.with(TemporalAdjusters.previousOrSame(day));
            default:
                for (int d = -3; d <= 3; d++) {
                    if (a.plusDays(d).getDayOfWeek() == day) {
                        return a.plusDays(d);
                    }
                }
                throw new IllegalStateException("unreachable: every weekday is within three days");
        }
    }

    /** Reads a month, part of a month, a day or a range of days, with or without a year. */
    private When calendar(String s) {
        Matcher m = PART_OF_MONTH.matcher(s);
        if (m.matches()) {
            Month month = MONTHS.get(m.group(2));
            int from = m.group(1).equals("early") ? 1 : m.group(1).equals("mid") ? 11 : 21;
            IntFunction<When> inYear = y -> {
                LocalDate first = LocalDate.of(y, month, from);
                LocalDate last =
                        from == 21 ? first.with(TemporalAdjusters.lastDayOfMonth()) : LocalDate.of(y, month, from + 9);
                return When.of(first, last);
            };
            return m.group(3) != null ? inYear.apply(Integer.parseInt(m.group(3))) : place(inYear);
        }
        m = WHOLE_MONTH.matcher(s);
        if (m.matches()) {
            Month month = MONTHS.get(m.group(1));
            IntFunction<When> inYear = y -> {
                LocalDate first = LocalDate.of(y, month, 1);
                return When.of(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            };
            return m.group(2) != null ? inYear.apply(Integer.parseInt(m.group(2))) : place(inYear);
        }
        String r = s;
        if (r.startsWith("from ")) {
            r = r.substring(5);
        } else if (r.startsWith("between ")) {
            r = r.substring(8).replaceFirst(" and ", " to ");
        }
        String[] sides = r.split(" to ", -1);
        if (sides.length == 1) {
            Part p = Part.read(sides[0]);
            if (p == null || p.month == null) {
                return null;
            }
            return When.of(p.year != null ? p.date(p.year, text) : placeDay(p));
        }
        if (sides.length != 2) {
            return null;
        }
        Part start = Part.read(sides[0]);
        Part end = Part.read(sides[1]);
        if (start == null || end == null) {
            return null;
        }
        boolean sameMonth = start.month == null || end.month == null;
        if (start.month == null && end.month == null) {
            return null;
        }
        if (start.month == null) {
            start = new Part(start.day, end.month, start.year);
        }
        if (end.month == null) {
            end = new Part(end.day, start.month, end.year);
        }
        if (sameMonth) {
            Integer year = start.year != null ? start.year : end.year;
            start = new Part(start.day, start.month, year);
            end = new Part(end.day, end.month, year);
            if (end.day < start.day) {
                throw new Unresolved("\"" + text + "\" ends before it starts");
            }
        }
        LocalDate a;
        LocalDate b;
        if (start.year != null && end.year != null) {
            a = start.date(start.year, text);
            b = end.date(end.year, text);
        } else if (end.year != null) {
            b = end.date(end.year, text);
            LocalDate same = start.dateOrNull(end.year);
            a = same != null && !same.isAfter(b) ? same : start.date(end.year - 1, text);
        } else {
            a = start.year != null ? start.date(start.year, text) : placeDay(start);
            LocalDate same = end.dateOrNull(a.getYear());
            b = same != null && !same.isBefore(a) ? same : end.date(a.getYear() + 1, text);
        }
        if (b.isBefore(a)) {
            throw new Unresolved("\"" + text + "\" ends before it starts");
        }
        return When.of(a, b);
    }

    private LocalDate placeDay(Part p) {
        return place(y -> {
                    LocalDate d = p.dateOrNull(y);
                    return d == null ? null : When.of(d);
                })
                .earliest()
                .get();
    }

    /** Places a date without a year by the missing-year rule; {@code inYear} gives null when it does not exist. */
    private When place(IntFunction<When> inYear) {
        LocalDate a = anchorDate();
        When best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = a.getYear() - 8; y <= a.getYear() + 8; y++) {
            When w = inYear.apply(y);
            if (w == null) {
                continue;
            }
            LocalDate first = w.earliest().get();
            LocalDate last = w.latest().get();
            switch (tense) {
                case FUTURE:
                    if (!last.isBefore(a)) {
                        return w;
                    }
                    break;
                case PAST:
                    if (!first.isAfter(a)) {
                        best = w;
                    }
                    break;
                default:
                    long distance = a.isBefore(first)
                            ? ChronoUnit.DAYS.between(a, first)
                            : a.isAfter(last) ? ChronoUnit.DAYS.between(last, a) : 0;
                    if (distance <= bestDistance) {
                        best = w;
                        bestDistance = distance;
                    }
            }
        }
        if (best == null) {
            throw new Unresolved("\"" + text + "\" is not a date in any year near the anchor " + a);
        }
        return best;
    }

    private LocalDate anchorDate() {
        usedAnchor = true;
        if (anchor == null) {
            throw new Unresolved(
                    "\"" + text + "\" is relative and there is no anchor (publishedAt) to resolve it against");
        }
        return anchor.date();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String alternation(Map<String, ?> names) {
        List<String> keys = new ArrayList<>(names.keySet());
        keys.sort((x, y) -> Integer.compare(y.length(), x.length()));
        return String.join("|", keys);
    }

    /** A day of a month, with or without month and year, as written on one side of a range. */
    private static final class Part {
        final int day;
        final Month month;
        final Integer year;

        Part(int day, Month month, Integer year) {
            this.day = day;
            this.month = month;
            this.year = year;
        }

        static Part read(String s) {
            Matcher m = MONTH_DAY.matcher(s);
            if (m.matches()) {
                return new Part(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)), year(m.group(3)));
            }
            m = DAY_MONTH.matcher(s);
            if (m.matches()) {
                return new Part(Integer.parseInt(m.group(1)), MONTHS.get(m.group(2)), year(m.group(3)));
            }
            m = DAY_ONLY.matcher(s);
            if (m.matches()) {
                return new Part(Integer.parseInt(m.group(1)), null, year(m.group(2)));
            }
            return null;
        }

        private static Integer year(String s) {
            return s == null ? null : Integer.valueOf(s);
        }

        LocalDate dateOrNull(int y) {
            try {
                return LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        LocalDate date(int y, String text) {
            LocalDate d = dateOrNull(y);
            if (d == null) {
                throw new Unresolved("\"" + text + "\": "
                        + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day + " " + y
                        + " is not a date");
            }
            return d;
        }
    }

    /** Thrown inside the resolution when the expression is read but gives no interval. */
    private static final class Unresolved extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unresolved(String message) {
            super(message, null, false, false);
        }
    }
}
