package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReportReader;
import dev.entente.model.Event;
import dev.entente.model.Meeting;
import dev.entente.model.Report;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockingTest {

    @ParameterizedTest
    @CsvSource({
        "meeting/phone|p|kaka, true",
        "meeting|id|wikidata=Q123, true",
        "ministerial|o|quad, true",
        "'meeting|cc|IN,US', true",
        "meeting|c|IN, true",
        "meeting|t|summit, true",
        "ministerial|tl|energy@tokyo, false",
        "ministerial|tl|energy@JP, false",
    })
    void staleCopies_byKindOfKey(String key, boolean expected) {
        assertThat(Blocking.staleCopies(key)).isEqualTo(expected);
    }

    @Test
    void hashedKeys_lowestBit_saysWhetherTheKeyAllowsStaleCopies() {
        Event e = report("a", "2026-01-05", "next week", ",\"convener\":\"Irira Riri\"")
                .records()
                .get(0);
        Set<String> keys = Blocking.keys(e);
        long[] hashed = Blocking.hashedKeys(e);
        assertThat(keys).anyMatch(k -> k.contains(Blocking.TITLE_AT)).anyMatch(k -> !k.contains(Blocking.TITLE_AT));
        assertThat(hashed).hasSameSizeAs(keys.toArray());
        for (String k : keys) {
            assertThat(hashed).as(k).contains(Blocking.hash(k));
            assertThat(Blocking.staleCopies(Blocking.hash(k))).as(k).isEqualTo(Blocking.staleCopies(k));
        }
    }

    @Test
    void hashedKeys_areTheHashesOfTheKeys_forEveryRecordOfTheGeneratedCorpus() {
        dev.entente.corpus.CorpusGenerator generator = dev.entente.corpus.CorpusGenerator.withSeed(7);
        List<Report> reports = new java.util.ArrayList<>();
        for (long n = 0; n < 200; n++) {
            reports.addAll(generator.episode(n).reports());
        }
        int records = 0;
        for (Report r : reports) {
            for (Event e : r.records()) {
                long[] expected = Blocking.keys(e).stream()
                        .mapToLong(Blocking::hash)
                        .sorted()
                        .distinct()
                        .toArray();
                assertThat(Blocking.hashedKeys(e)).as(r.id()).containsExactly(expected);
                records++;
            }
        }
        assertThat(records).isGreaterThan(1000);
    }

    @Test
    void hashedKeys_idWithBarsAndTitleInfix_keepsItsStaleCopyBitAsTheKeyText() {
        Event e = Meeting.builder()
                .when(dev.entente.time.When.unknown())
                .addParticipants(dev.entente.model.Minister.builder()
                        .name("Irira Riri")
                        .putIds("a|tl|b", "1")
                        .build())
                .build();
        Set<String> keys = Blocking.keys(e);
        assertThat(keys).anyMatch(k -> k.contains("|id|") && !Blocking.staleCopies(k));
        assertThat(Blocking.hashedKeys(e))
                .containsExactly(keys.stream()
                        .mapToLong(Blocking::hash)
                        .sorted()
                        .distinct()
                        .toArray());
    }

    @Test
    void comparable_sameWordsPublishedCloseButDatesApart_onlyWhereStaleCopiesAllowed() {
        long day = LocalDate.parse("2026-01-12").toEpochDay();
        Components.Timing a = new Components.Timing(day, day + 6, "next week", day - 7);
        Components.Timing b = new Components.Timing(day + 21, day + 27, "next week", day + 14);
        assertThat(Blocking.comparable(a, b, true)).isTrue();
        assertThat(Blocking.comparable(a, b, false)).isFalse();
    }

    @Test
    void comparable_overlappingDates_evenWhereStaleCopiesAreNotAllowed() {
        long day = LocalDate.parse("2026-01-12").toEpochDay();
        Components.Timing a = new Components.Timing(day, day + 6, "next week", day - 7);
        Components.Timing b = new Components.Timing(day + 3, day + 3, null, Components.Timing.UNKNOWN);
        assertThat(Blocking.comparable(a, b, false)).isTrue();
    }

    /**
     * Two ministerials at one place with the same title, both announced "next week": two days apart
     * they are the same week (one component); three weeks apart they share only the title at the
     * place, on which the stale-copy rule does not pair them (two components).
     */
    @ParameterizedTest
    @CsvSource({"2026-01-07, 1", "2026-01-26, 2"})
    void partition_ministerialsAtOnePlaceAnnouncedNextWeek_joinOnlyWhenTheWeeksMeet(
            String secondPublished, int components) {
        Report first = report("first", "2026-01-05", "next week");
        Report second = report("second", secondPublished, "next week");
        assertThat(Partition.of(List.of(first, second)).components()).hasSize(components);
    }

    @net.jqwik.api.Property(tries = 5)
    void pairs_searchedInShards_sameAsInOne(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(max = 1000) int seed,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 16) int shards) {
        dev.entente.corpus.CorpusGenerator g = dev.entente.corpus.CorpusGenerator.withSeed(seed);
        List<Report> reports = new java.util.ArrayList<>();
        for (int e = 0; e < 60; e++) {
            reports.addAll(g.episode(e * 53L).reports());
        }
        List<Partition.PerReport> prepared =
                reports.stream().map(Partition.PerReport::of).toList();
        long[] one = Partition.recordPairs(reports, prepared, 1);
        assertThat(one).hasSizeGreaterThan(100);
        assertThat(Partition.recordPairs(reports, prepared, shards)).containsExactly(one);
    }

    private static Report report(String id, String published, String when) {
        return report(id, published, when, "");
    }

    private static Report report(String id, String published, String when, String more) {
        String json = "{\"schema\":\"entente/report@1\",\"id\":\"" + id + "\",\"source\":{\"outlet\":\"Outlet " + id
                + "\"},\"publishedAt\":\"" + published + "\",\"records\":[{\"kind\":\"ministerial\",\"when\":\""
                + when + "\",\"status\":\"scheduled\",\"title\":\"Clean Energy Ministerial\","
                + "\"location\":{\"city\":\"Tokyo\",\"country\":\"JP\"}" + more + "}]}";
        return ReportReader.standard()
                .read(id + ".json", json.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
    }
}
