package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Minister;
import dev.entente.model.Report;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StringCacheTest {

    @Property
    void canonical_anyString_isEqualToIt(@ForAll String s) {
        assertThat(StringCache.canonical(s)).isEqualTo(s);
    }

    @Test
    void canonical_equalShortStrings_returnsOneInstance() {
        String a = new String("External Affairs".toCharArray());
        String b = new String("External Affairs".toCharArray());
        assertThat(StringCache.canonical(a)).isSameAs(StringCache.canonical(b));
    }

    @Test
    void canonical_longString_isKeptAsGiven() {
        String text = "x".repeat(StringCache.MAX_LENGTH + 1);
        String copy = new String(text.toCharArray());
        StringCache.canonical(text);
        assertThat(StringCache.canonical(copy)).isSameAs(copy);
    }

    @Test
    void read_sameNameInTwoReports_sharesOneString() {
        Report a = read("a");
        Report b = read("b");
        assertThat(participantName(a)).isEqualTo("S. Jaishankar").isSameAs(participantName(b));
    }

    private static Report read(String id) {
        String json = "{\"schema\":\"entente/report@1\",\"id\":\"" + id + "\",\"source\":{\"outlet\":\"PTI\"},"
                + "\"records\":[{\"kind\":\"meeting\",\"when\":\"2026-01-28\",\"participants\":["
                + "{\"kind\":\"minister\",\"name\":\"S. Jaishankar\",\"country\":\"IN\"},\"NZ\"]}]}";
        return ReportReader.standard()
                .read(id + ".json", json.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
    }

    private static String participantName(Report r) {
        return ((Minister) r.records().get(0).actors().get(0)).name();
    }
}
