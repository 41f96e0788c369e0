package dev.entente.journal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class EntryCodecTest {
    @Property(tries = 300)
    void encodeThenDecode_returnsTheSameEntry(
            @ForAll @LongRange(min = 1) long seq, @ForAll String key, @ForAll String payload) {
        byte[] line = EntryCodec.encode(seq, key, payload);
        assertThat(line[line.length - 1]).isEqualTo((byte) '\n');
        for (int i = 0; i < line.length - 1; i++) {
            assertThat(line[i]).as("byte %d", i).isNotEqualTo((byte) '\n');
        }
        EntryCodec.Decoded d = EntryCodec.decode(line, line.length - 1, true);
        assertThat(d.problem()).isNull();
        assertThat(d.entry()).isEqualTo(new Entry(seq, key, payload));
    }

    @Property(tries = 300)
    void anyChangedByte_isDetected(
            @ForAll String payload,
            @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] line = EntryCodec.encode(7, "key", payload);
        int at = where % (line.length - 1);
        line[at] ^= (byte) xor;
        EntryCodec.Decoded d = EntryCodec.decode(line, line.length - 1, true);
        assertThat(d.problem()).isNotNull();
    }
}
