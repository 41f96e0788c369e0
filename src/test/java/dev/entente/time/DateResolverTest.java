package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
    private static final DateResolver RESOLVER = DateResolver.standard();

    /**
     * Each row: expression; anchor (empty: none); tense; earliest; latest (both empty: unknown);
     * precision. Expected dates are worked out from the rules of report-format section 4 and the
     * calendar (2026-01-01 is a Thursday, 2026-01-28 a Wednesday, 2026-02-02 a Monday).
     */
    @ParameterizedTest(name = "[{index}] {0} @ {1} {2}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            # ISO forms
            2026-02-04;;NONE;2026-02-04;2026-02-04;day
            2026-02-02/2026-02-04;;NONE;2026-02-02;2026-02-04;range
            2026-02-04/2026-02-04;;NONE;2026-02-04;2026-02-04;day
            2026-01;;NONE;2026-01-01;2026-01-31;month
            2026-02;;NONE;2026-02-01;2026-02-28;month
            2024-02;;NONE;2024-02-01;2024-02-29;month
            2026-W06;;NONE;2026-02-02;2026-02-08;week
            2026-w06;;NONE;2026-02-02;2026-02-08;week
            2026-W01;;NONE;2025-12-29;2026-01-04;week
            2020-W53;;NONE;2020-12-28;2021-01-03;week
            2015-W53;;NONE;2015-12-28;2016-01-03;week
            2026-W53;;NONE;2026-12-28;2027-01-03;week
            2026;;NONE;2026-01-01;2026-12-31;year
            2024-02-29;;NONE;2024-02-29;2024-02-29;day
            2026-01/2026-03;;NONE;2026-01-01;2026-03-31;range
            2026-02-02/2026-02-08;;NONE;2026-02-02;2026-02-08;week
            ' 2026-02-04 ';2026-01-28;PAST;2026-02-04;2026-02-04;day
            # today, yesterday, tomorrow
            today;2026-01-28;NONE;2026-01-28;2026-01-28;day
            yesterday;2026-01-28;NONE;2026-01-27;2026-01-27;day
            tomorrow;2026-01-28;NONE;2026-01-29;2026-01-29;day
            Tomorrow;2025-12-31;NONE;2026-01-01;2026-01-01;day
            yesterday;2026-01-01;NONE;2025-12-31;2025-12-31;day
            tomorrow;2024-02-28;NONE;2024-02-29;2024-02-29;day
            tomorrow;2026-01-31;FUTURE;2026-02-01;2026-02-01;day
            # weeks
            this week;2026-01-28;NONE;2026-01-26;2026-02-01;week
            next week;2026-01-28;NONE;2026-02-02;2026-02-08;week
            Next Week;2026-01-28;FUTURE;2026-02-02;2026-02-08;week
            last week;2026-01-28;NONE;2026-01-19;2026-01-25;week
            last week;2026-02-02;NONE;2026-01-26;2026-02-01;week
            this week;2026-02-02;NONE;2026-02-02;2026-02-08;week
            this week;2026-02-01;NONE;2026-01-26;2026-02-01;week
            earlier this week;2026-01-28;NONE;2026-01-26;2026-01-27;range
            later this week;2026-01-28;NONE;2026-01-29;2026-02-01;range
            earlier this week;2026-02-02;NONE;;;unknown
            later this week;2026-02-02;NONE;2026-02-03;2026-02-08;range
            earlier this week;2026-02-01;NONE;2026-01-26;2026-01-31;range
            later this week;2026-02-01;NONE;;;unknown
            earlier this week;2026-01-27;NONE;2026-01-26;2026-01-26;day
            this week;2025-12-31;NONE;2025-12-29;2026-01-04;week
            next week;2025-12-31;NONE;2026-01-05;2026-01-11;week
            last week;2026-01-01;NONE;2025-12-22;2025-12-28;week
            earlier this week;2026-01-01;NONE;2025-12-29;2025-12-31;range
            this weekend;2026-01-28;NONE;2026-01-31;2026-02-01;range
            # months
            this month;2026-01-28;NONE;2026-01-01;2026-01-31;month
            next month;2026-01-28;NONE;2026-02-01;2026-02-28;month
            last month;2026-01-28;NONE;2025-12-01;2025-12-31;month
            earlier this month;2026-01-28;NONE;2026-01-01;2026-01-27;range
            later this month;2026-01-28;NONE;2026-01-29;2026-01-31;range
            earlier this month;2026-02-02;NONE;2026-02-01;2026-02-01;day
            earlier this month;2026-02-01;NONE;;;unknown
            earlier this month;2026-01-01;NONE;;;unknown
            later this month;2026-02-01;NONE;2026-02-02;2026-02-28;range
            later this month;2026-01-31;NONE;;;unknown
            later this month;2024-02-28;NONE;2024-02-29;2024-02-29;day
            next month;2026-01-31;NONE;2026-02-01;2026-02-28;month
            next month;2025-12-31;NONE;2026-01-01;2026-01-31;month
            next month;2024-02-28;NONE;2024-03-01;2024-03-31;month
            last month;2026-01-01;NONE;2025-12-01;2025-12-31;month
            # years
            this year;2026-01-28;NONE;2026-01-01;2026-12-31;year
            next year;2025-12-31;NONE;2026-01-01;2026-12-31;year
            last year;2026-01-28;NONE;2025-01-01;2025-12-31;year
            later this year;2025-12-31;NONE;;;unknown
            earlier this year;2025-12-31;NONE;2025-01-01;2025-12-30;range
            earlier this year;2026-01-01;NONE;;;unknown
            # timestamp anchors use their own offset's local date
            today;2026-01-31T23:30:00-05:00;NONE;2026-01-31;2026-01-31;day
            tomorrow;2026-01-31T23:30:00-05:00;NONE;2026-02-01;2026-02-01;day
            today;2026-02-01T02:00:00+05:30;NONE;2026-02-01;2026-02-01;day
            yesterday;2026-02-01T02:00:00+05:30;NONE;2026-01-31;2026-01-31;day
            this week;2026-02-01T23:59:59-10:00;NONE;2026-01-26;2026-02-01;week
            next week;2026-02-01T23:59:59-10:00;NONE;2026-02-02;2026-02-08;week
            earlier this month;2026-02-01T01:00:00+14:00;NONE;;;unknown
            later this month;2026-01-31T20:00:00Z;NONE;;;unknown
            on Monday;2026-02-01T23:00:00-08:00;NONE;2026-02-02;2026-02-02;day
            last week;2026-02-02T00:30:00+01:00;NONE;2026-01-26;2026-02-01;week
            Feb 4;2026-01-28T10:15:00+05:30;NONE;2026-02-04;2026-02-04;day
            # bare weekdays without tense: nearest within three days, anchor included
            Monday;2026-01-28;NONE;2026-01-26;2026-01-26;day
            on Monday;2026-01-28;NONE;2026-01-26;2026-01-26;day
            Tuesday;2026-01-28;NONE;2026-01-27;2026-01-27;day
            Wednesday;2026-01-28;NONE;2026-01-28;2026-01-28;day
            Thursday;2026-01-28;NONE;2026-01-29;2026-01-29;day
            Friday;2026-01-28;NONE;2026-01-30;2026-01-30;day
            Saturday;2026-01-28;NONE;2026-01-31;2026-01-31;day
            Sunday;2026-01-28;NONE;2026-01-25;2026-01-25;day
            Monday;2026-02-02;NONE;2026-02-02;2026-02-02;day
            Friday;2026-02-02;NONE;2026-01-30;2026-01-30;day
            Thursday;2026-02-02;NONE;2026-02-05;2026-02-05;day
            Wed;2026-02-02;NONE;2026-02-04;2026-02-04;day
            MONDAY;2026-02-02;NONE;2026-02-02;2026-02-02;day
            # weekdays by tense
            Monday;2026-01-28;FUTURE;2026-02-02;2026-02-02;day
            Tuesday;2026-01-28;FUTURE;2026-02-03;2026-02-03;day
            Wednesday;2026-01-28;FUTURE;2026-01-28;2026-01-28;day
            Thursday;2026-01-28;FUTURE;2026-01-29;2026-01-29;day
            Sunday;2026-01-28;FUTURE;2026-02-01;2026-02-01;day
            Monday;2026-01-28;PAST;2026-01-26;2026-01-26;day
            Wednesday;2026-01-28;PAST;2026-01-28;2026-01-28;day
            Thursday;2026-01-28;PAST;2026-01-22;2026-01-22;day
            Friday;2026-01-28;PAST;2026-01-23;2026-01-23;day
            Sunday;2026-01-28;PAST;2026-01-25;2026-01-25;day
            on Monday;2026-02-02;FUTURE;2026-02-02;2026-02-02;day
            on Monday;2026-02-02;PAST;2026-02-02;2026-02-02;day
            Friday;2026-02-02;FUTURE;2026-02-06;2026-02-06;day
            On Friday;2026-02-02;PAST;2026-01-30;2026-01-30;day
            Thursday;2026-02-02;PAST;2026-01-29;2026-01-29;day
            Tues;2026-02-02;FUTURE;2026-02-03;2026-02-03;day
            thurs;2026-02-02;FUTURE;2026-02-05;2026-02-05;day
            Friday;2025-12-31;FUTURE;2026-01-02;2026-01-02;day
            Monday;2026-01-01;PAST;2025-12-29;2025-12-29;day
            # next/last weekday skip the anchor's own day, whatever the tense
            next Tuesday;2026-01-28;NONE;2026-02-03;2026-02-03;day
            next Wednesday;2026-01-28;NONE;2026-02-04;2026-02-04;day
            next Thursday;2026-01-28;PAST;2026-01-29;2026-01-29;day
            next Monday;2026-01-28;FUTURE;2026-02-02;2026-02-02;day
            next Monday;2026-02-02;NONE;2026-02-09;2026-02-09;day
            next Monday;2025-12-31;NONE;2026-01-05;2026-01-05;day
            last Friday;2026-01-28;NONE;2026-01-23;2026-01-23;day
            last Wednesday;2026-01-28;FUTURE;2026-01-21;2026-01-21;day
            last Tuesday;2026-01-28;NONE;2026-01-27;2026-01-27;day
            last Monday;2026-02-02;NONE;2026-01-26;2026-01-26;day
            last Friday;2026-01-01;NONE;2025-12-26;2025-12-26;day
            # a date without a year
            Feb 4;2026-01-28;NONE;2026-02-04;2026-02-04;day
            February 4;2026-01-28;NONE;2026-02-04;2026-02-04;day
            4 February;2026-01-28;NONE;2026-02-04;2026-02-04;day
            Feb. 4;2026-01-28;NONE;2026-02-04;2026-02-04;day
            February 4th;2026-01-28;NONE;2026-02-04;2026-02-04;day
            the 4th of February;2026-01-28;NONE;2026-02-04;2026-02-04;day
            on February 4;2026-01-28;NONE;2026-02-04;2026-02-04;day
            FEBRUARY 4;2026-01-28;FUTURE;2026-02-04;2026-02-04;day
            January 27;2026-01-28;NONE;2026-01-27;2026-01-27;day
            January 27;2026-01-28;FUTURE;2027-01-27;2027-01-27;day
            January 27;2026-01-28;PAST;2026-01-27;2026-01-27;day
            January 28;2026-01-28;FUTURE;2026-01-28;2026-01-28;day
            January 28;2026-01-28;PAST;2026-01-28;2026-01-28;day
            Sept. 15;2026-01-28;NONE;2025-09-15;2025-09-15;day
            Sept 15;2026-01-28;FUTURE;2026-09-15;2026-09-15;day
            Sep 15;2026-01-28;PAST;2025-09-15;2025-09-15;day
            July 28;2026-01-28;NONE;2026-07-28;2026-07-28;day
            July 29;2026-01-28;NONE;2026-07-29;2026-07-29;day
            July 31;2026-01-28;NONE;2025-07-31;2025-07-31;day
            Dec 25;2026-01-28;NONE;2025-12-25;2025-12-25;day
            Dec 25;2026-01-28;FUTURE;2026-12-25;2026-12-25;day
            December 31;2026-01-01;NONE;2025-12-31;2025-12-31;day
            December 31;2026-01-01;FUTURE;2026-12-31;2026-12-31;day
            January 2;2025-12-30;NONE;2026-01-02;2026-01-02;day
            January 2;2025-12-30;PAST;2025-01-02;2025-01-02;day
            January 1;2024-07-02;NONE;2025-01-01;2025-01-01;day
            January 1;2024-07-01;NONE;2024-01-01;2024-01-01;day
            February 29;2026-01-28;NONE;2024-02-29;2024-02-29;day
            February 29;2026-01-28;FUTURE;2028-02-29;2028-02-29;day
            February 29;2026-01-28;PAST;2024-02-29;2024-02-29;day
            February 29;2027-01-01;NONE;2028-02-29;2028-02-29;day
            February 30;2026-01-28;NONE;;;unknown
            # a date with a year needs no anchor
            February 4, 2026;;NONE;2026-02-04;2026-02-04;day
            4 February 2026;;NONE;2026-02-04;2026-02-04;day
            Feb 4 2026;;PAST;2026-02-04;2026-02-04;day
            February 29, 2024;;NONE;2024-02-29;2024-02-29;day
            February 29, 2026;;NONE;;;unknown
            September 31, 2026;;NONE;;;unknown
            # a weekday before a date
            Wednesday, February 4;2026-01-28;NONE;2026-02-04;2026-02-04;day
            Thursday, February 4;2026-01-28;NONE;2026-02-04;2026-02-04;day
            Wed Feb 4th;2026-01-28;NONE;2026-02-04;2026-02-04;day
            Monday, February 2, 2026;;NONE;2026-02-02;2026-02-02;day
            # months and parts of months
            March;2026-01-28;NONE;2026-03-01;2026-03-31;month
            in March;2026-01-28;NONE;2026-03-01;2026-03-31;month
            January;2026-01-28;NONE;2026-01-01;2026-01-31;month
            January;2026-01-28;FUTURE;2026-01-01;2026-01-31;month
            January;2026-01-28;PAST;2026-01-01;2026-01-31;month
            December;2026-01-28;NONE;2025-12-01;2025-12-31;month
            December;2026-01-28;FUTURE;2026-12-01;2026-12-31;month
            July;2026-01-28;NONE;2026-07-01;2026-07-31;month
            August;2026-01-28;NONE;2025-08-01;2025-08-31;month
            March;2026-01-28;PAST;2025-03-01;2025-03-31;month
            March 2026;;NONE;2026-03-01;2026-03-31;month
            Sept. 2025;;NONE;2025-09-01;2025-09-30;month
            in May 2026;;NONE;2026-05-01;2026-05-31;month
            early March;2026-01-28;NONE;2026-03-01;2026-03-10;range
            mid-March;2026-01-28;NONE;2026-03-11;2026-03-20;range
            Mid March;2026-01-28;NONE;2026-03-11;2026-03-20;range
            late March;2026-01-28;NONE;2026-03-21;2026-03-31;range
            late February;2026-01-28;NONE;2026-02-21;2026-02-28;range
            late February 2024;;NONE;2024-02-21;2024-02-29;range
            early January;2026-01-28;NONE;2026-01-01;2026-01-10;range
            early January;2026-01-28;FUTURE;2027-01-01;2027-01-10;range
            mid-January;2026-01-28;FUTURE;2027-01-11;2027-01-20;range
            late January;2026-01-28;FUTURE;2026-01-21;2026-01-31;range
            early December;2026-01-28;NONE;2025-12-01;2025-12-10;range
            early-April 2026;;NONE;2026-04-01;2026-04-10;range
            # ranges of days
            February 2-4;2026-02-02;NONE;2026-02-02;2026-02-04;range
            February 2\u20134;2026-02-02;NONE;2026-02-02;2026-02-04;range
            Feb 2 - 4;2026-02-02;NONE;2026-02-02;2026-02-04;range
            February 2 to 4;2026-02-02;NONE;2026-02-02;2026-02-04;range
            2-4 February;2026-02-02;NONE;2026-02-02;2026-02-04;range
            2nd-4th February;2026-02-02;NONE;2026-02-02;2026-02-04;range
            between February 2 and 4;2026-02-02;NONE;2026-02-02;2026-02-04;range
            from February 2 to February 4;2026-02-02;NONE;2026-02-02;2026-02-04;range
            2 to 4 February 2026;;NONE;2026-02-02;2026-02-04;range
            February 2-4, 2026;;NONE;2026-02-02;2026-02-04;range
            February 2-4;2026-01-28;FUTURE;2026-02-02;2026-02-04;range
            January 26-27;2026-02-02;PAST;2026-01-26;2026-01-27;range
            January 26-27;2026-02-02;FUTURE;2027-01-26;2027-01-27;range
            December 30 to January 2;2026-02-02;NONE;2025-12-30;2026-01-02;range
            December 30 to January 2;2025-12-01;FUTURE;2025-12-30;2026-01-02;range
            December 30 \u2013 January 2;2025-12-01;NONE;2025-12-30;2026-01-02;range
            30 December to 2 January 2026;;NONE;2025-12-30;2026-01-02;range
            December 30, 2025 to January 2, 2026;;NONE;2025-12-30;2026-01-02;range
            February 27 to March 2;2026-02-02;NONE;2026-02-27;2026-03-02;range
            Feb 28 - Mar 1 2024;;NONE;2024-02-28;2024-03-01;range
            February 4-2;2026-02-02;NONE;;;unknown
            # N-day visits
            three-day visit starting Monday;2026-02-02;FUTURE;2026-02-02;2026-02-04;range
            three-day visit starting Monday;2026-02-02;NONE;2026-02-02;2026-02-04;range
            3-day visit starting Monday;2026-02-02;NONE;2026-02-02;2026-02-04;range
            a three-day visit starting on Monday;2026-02-02;NONE;2026-02-02;2026-02-04;range
            three-day visit from February 2;2026-02-02;NONE;2026-02-02;2026-02-04;range
            3-day visit from Feb 2, 2026;;NONE;2026-02-02;2026-02-04;range
            five-day visit starting Monday;2026-01-28;FUTURE;2026-02-02;2026-02-06;range
            five-day visit starting Monday;2026-01-28;NONE;2026-01-26;2026-01-30;range
            ten-day tour starting January 28;2026-01-28;NONE;2026-01-28;2026-02-06;range
            two-day trip starting tomorrow;2026-01-28;NONE;2026-01-29;2026-01-30;range
            one-day visit starting today;2026-01-28;NONE;2026-01-28;2026-01-28;day
            seven-day visit starting Monday;2026-02-02;NONE;2026-02-02;2026-02-08;week
            four-day state visit beginning Wednesday;2026-02-02;FUTURE;2026-02-04;2026-02-07;range
            three\u2013day visit starting December 30;2025-12-15;FUTURE;2025-12-30;2026-01-01;range
            12-day visit starting Feb 2 2026;;NONE;2026-02-02;2026-02-13;range
            3-day visit starting next week;2026-02-02;NONE;;;unknown
            eleven-day visit starting Monday;2026-02-02;NONE;;;unknown
            # no anchor: relative expressions stay unknown
            next week;;NONE;;;unknown
            today;;NONE;;;unknown
            Monday;;FUTURE;;;unknown
            Feb 4;;NONE;;;unknown
            March;;NONE;;;unknown
            early March;;NONE;;;unknown
            earlier this month;;NONE;;;unknown
            three-day visit starting Monday;;FUTURE;;;unknown
            # unreadable
            sometime soon;2026-01-28;NONE;;;unknown
            a meeting in the coming month;2026-01-28;NONE;;;unknown
            Q1 2026;2026-01-28;NONE;;;unknown
            2026-2-4;2026-01-28;NONE;;;unknown
            """)
    void resolve_table(String text, String anchor, Tense tense, String earliest, String latest, String precision) {
        String expression = text.replace("\\u2013", "\u2013");
        Resolution r = RESOLVER.resolve(expression, anchor == null ? null : Anchor.parse(anchor), tense);

        assertThat(r.isError()).as("error %s", r.error()).isFalse();
        assertThat(r.when().earliest())
                .isEqualTo(java.util.Optional.ofNullable(earliest).map(LocalDate::parse));
        assertThat(r.when().latest())
                .isEqualTo(java.util.Optional.ofNullable(latest).map(LocalDate::parse));
        assertThat(r.when().precision().wireName()).isEqualTo(precision);
        assertThat(r.when().text()).contains(expression);
        if (earliest == null) {
            assertThat(r.warnings()).as("an unknown date carries a warning").isNotEmpty();
        }
    }

    private static Resolution resolve(String text, String anchor, Tense tense) {
        return RESOLVER.resolve(text, anchor == null ? null : Anchor.parse(anchor), tense);
    }

    private static When interval(String a, String b) {
        return When.of(LocalDate.parse(a), LocalDate.parse(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            2026-02-30;2026-02-30 is not a valid date
            2023-02-29;2023-02-29 is not a valid date
            2026-13;2026-13 is not a valid month
            2026-00;2026-00 is not a valid month
            2025-W53;2025-W53 is not a valid ISO week
            2027-W53;2027-W53 is not a valid ISO week
            2026-W00;2026-W00 is not a valid ISO week
            2026-02-04/2026-02-01;2026-02-04/2026-02-01 ends before it starts
            2026-02-01/2026-02-31;2026-02-31 is not a valid date
            """)
    void resolve_isoShapedButInvalid_isAnErrorNamingTheProblem(String text, String problem) {
        Resolution r = resolve(text, "2026-01-28", Tense.NONE);

        assertThat(r.error()).contains(problem);
        assertThat(r.when().isUnknown()).isTrue();
    }

    @Test
    void resolve_seedExpressions_matchTheSpecification() {
        assertThat(resolve("next week", "2026-01-28", Tense.NONE).when().interval())
                .isEqualTo(interval("2026-02-02", "2026-02-08"));
        assertThat(resolve("last week", "2026-02-02", Tense.NONE).when().interval())
                .isEqualTo(interval("2026-01-26", "2026-02-01"));
        assertThat(resolve("February 2-4", "2026-02-02", Tense.NONE).when().interval())
                .isEqualTo(interval("2026-02-02", "2026-02-04"));
        assertThat(resolve("earlier this month", "2026-01-28", Tense.NONE)
                        .when()
                        .interval())
                .isEqualTo(interval("2026-01-01", "2026-01-27"));
        assertThat(resolve("2 to 4 February 2026", null, Tense.NONE).when().interval())
                .isEqualTo(interval("2026-02-02", "2026-02-04"));
        assertThat(resolve("three-day visit starting Monday", "2026-02-02", Tense.FUTURE)
                        .when()
                        .interval())
                .isEqualTo(interval("2026-02-02", "2026-02-04"));
    }

    @Test
    void resolve_relativeExpression_keepsTextAndAnchor() {
        Anchor anchor = Anchor.parse("2026-01-28T10:15:00+05:30");

        When when = RESOLVER.resolve("next week", anchor, Tense.NONE).when();

        assertThat(when.text()).contains("next week");
        assertThat(when.anchor()).contains(anchor);
        assertThat(when.precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void resolve_expressionWithYear_doesNotClaimTheAnchor() {
        When when = resolve("4 February 2026", "2026-01-28", Tense.NONE).when();

        assertThat(when.anchor()).isEmpty();
        assertThat(when.earliest()).contains(LocalDate.of(2026, 2, 4));
    }

    @Test
    void resolve_weekdayThatDoesNotMatchTheDate_warnsAndKeepsTheDate() {
        Resolution r = resolve("Thursday, February 4", "2026-01-28", Tense.NONE);

        assertThat(r.when().interval()).isEqualTo(When.of(LocalDate.of(2026, 2, 4)));
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .contains("Wednesday")
                .contains("Thursday");
    }

    @Test
    void resolve_weekdayThatMatchesTheDate_hasNoWarning() {
        assertThat(resolve("Wednesday, February 4", "2026-01-28", Tense.NONE).warnings())
                .isEmpty();
    }

    @Test
    void resolve_emptySpan_isUnknownWithWarning() {
        Resolution r = resolve("earlier this month", "2026-02-01", Tense.NONE);

        assertThat(r.when().isUnknown()).isTrue();
        assertThat(r.isError()).isFalse();
        assertThat(r.warnings()).singleElement().asString().contains("earlier this month");
    }

    @Test
    void resolve_withoutAnchor_relativeExpressionWarnsAboutTheAnchor() {
        Resolution r = resolve("next week", null, Tense.NONE);

        assertThat(r.when().isUnknown()).isTrue();
        assertThat(r.when().text()).contains("next week");
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .contains("next week")
                .contains("anchor");
    }

    @Test
    void resolve_unreadableText_isUnknownWithWarningNamingIt() {
        Resolution r = resolve("when pigs fly", "2026-01-28", Tense.NONE);

        assertThat(r.isError()).isFalse();
        assertThat(r.when().isUnknown()).isTrue();
        assertThat(r.when().text()).contains("when pigs fly");
        assertThat(r.warnings()).singleElement().asString().contains("\"when pigs fly\"");
    }

    @Test
    void resolve_nonEnglishLanguage_readsIsoFormsOnly() {
        Anchor anchor = Anchor.parse("2026-01-28");

        Resolution french = RESOLVER.resolve("la semaine prochaine", anchor, Tense.NONE, "fr");
        Resolution frenchIso = RESOLVER.resolve("2026-W06", anchor, Tense.NONE, "fr");
        Resolution englishWord = RESOLVER.resolve("next week", anchor, Tense.NONE, "de-AT");

        assertThat(french.when().isUnknown()).isTrue();
        assertThat(french.warnings()).singleElement().asString().contains("fr");
        assertThat(englishWord.when().isUnknown()).isTrue();
        assertThat(frenchIso.when().interval()).isEqualTo(interval("2026-02-02", "2026-02-08"));
        assertThat(frenchIso.warnings()).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "en-IN", "en-GB", "EN-us"})
    void resolve_anyEnglishTag_readsExpressions(String language) {
        Resolution r = RESOLVER.resolve("next week", Anchor.parse("2026-01-28"), Tense.NONE, language);

        assertThat(r.when().interval()).isEqualTo(interval("2026-02-02", "2026-02-08"));
    }

    @Test
    void resolve_nullText_throws() {
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> RESOLVER.resolve(null, null, Tense.NONE));
    }
}
