package dev.entente.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the ISO forms of a {@code when}: date, interval, month, ISO week and year. */
final class IsoWhen {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private IsoWhen() {}

    /**
     * Returns the interval of an ISO form, or null when {@code text} does not have an ISO shape.
     *
     * @throws IllegalArgumentException when it has an ISO shape but is not valid
     */
    static When read(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            When from = readSingle(s.substring(0, slash).trim());
            When to = readSingle(s.substring(slash + 1).trim());
            if (from == null || to == null) {
                return null;
            }
            LocalDate a = from.earliest().get();
            LocalDate b = to.latest().get();
            if (b.isBefore(a)) {
                throw new IllegalArgumentException(s + " ends before it starts");
            }
            return When.of(a, b);
        }
        return readSingle(s);
    }

    private static When readSingle(String s) {
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            try {
                return When.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(s + " is not a valid date");
            }
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            int month = num(m, 2);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(s + " is not a valid month");
            }
            LocalDate first = LocalDate.of(num(m, 1), month, 1);
            return When.of(first, first.plusMonths(1).minusDays(1));
        }
        m = WEEK.matcher(s);
        if (m.matches()) {
            int year = num(m, 1);
            int week = num(m, 2);
            if (week < 1 || week > weeksIn(year)) {
                throw new IllegalArgumentException(s + " is not a valid ISO week");
            }
            LocalDate monday = LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(DayOfWeek.MONDAY);
            return When.of(monday, monday.plusDays(6));
        }
        if (YEAR.matcher(s).matches()) {
            int year = Integer.parseInt(s);
            return When.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        return null;
    }

    /** Returns the number of ISO weeks (52 or 53) of the week-based year {@code year}. */
    static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Returns the canonical ISO form of a known interval. */
    static String write(When when) {
        LocalDate a = when.earliest().orElseThrow(() -> new IllegalStateException("an unknown date has no ISO form"));
        LocalDate b = when.latest().get();
        switch (when.precision()) {
            case DAY:
                return a.toString();
            case WEEK:
                return String.format(
                        Locale.ROOT,
                        "%04d-W%02d",
                        a.get(IsoFields.WEEK_BASED_YEAR),
                        a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH:
                return String.format(Locale.ROOT, "%04d-%02d", a.getYear(), a.getMonthValue());
            case YEAR:
                return String.format(Locale.ROOT, "%04d", a.getYear());
            default:
                return a + "/" + b;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
