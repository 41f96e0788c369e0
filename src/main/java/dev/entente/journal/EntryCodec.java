package dev.entente.journal;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.CRC32C;
import tools.jackson.core.JacksonException;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry line: {@code {"seq":N,"key":"...","payload":"...","crc32c":"xxxxxxxx"}\n}, the checksum
 * (CRC32C, 8 lower-case hex digits) taken over the UTF-8 bytes before {@code ,"crc32c":}.
 */
final class EntryCodec {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final byte[] CRC_MARK = ",\"crc32c\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> FIELDS = Set.of("seq", "key", "payload");

    private EntryCodec() {}

    /** The part of a line that does not depend on the sequence number, encoded once by the caller. */
    static byte[] body(String key, String payload) {
        requireWellFormed("key", key);
        requireWellFormed("payload", payload);
        JsonStringEncoder enc = JsonStringEncoder.getInstance();
        byte[] k = enc.quoteAsUTF8(key);
        byte[] p = enc.quoteAsUTF8(payload);
        byte[] a = ",\"key\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "\",\"payload\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[a.length + k.length + b.length + p.length + 1];
        int i = 0;
        System.arraycopy(a, 0, out, i, a.length);
        i += a.length;
        System.arraycopy(k, 0, out, i, k.length);
        i += k.length;
        System.arraycopy(b, 0, out, i, b.length);
        i += b.length;
        System.arraycopy(p, 0, out, i, p.length);
        out[out.length - 1] = '"';
        return out;
    }

    /** Rejects text with an unpaired surrogate, which has no UTF-8 form. */
    static void requireWellFormed(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("the " + what + " has an unpaired surrogate (U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at index " + i
                        + " and cannot be written as UTF-8");
            }
        }
    }

    /** The length of the line {@link #write} produces for this body and sequence. */
    static int lineLength(long seq, byte[] body) {
        return 7 + Long.toString(seq).length() + body.length + CRC_MARK.length + 8 + 3;
    }

    /** Writes the whole line, newline included, into {@code out} at {@code at}; returns the end. */
    static int write(long seq, byte[] body, byte[] out, int at) {
        int i = at;
        i = put(out, i, "{\"seq\":" + seq);
        System.arraycopy(body, 0, out, i, body.length);
        i += body.length;
        CRC32C crc = new CRC32C();
        crc.update(out, at, i - at);
        System.arraycopy(CRC_MARK, 0, out, i, CRC_MARK.length);
        i += CRC_MARK.length;
        i = put(out, i, hex(crc.getValue()));
        return put(out, i, "\"}\n");
    }

    /** The line for one entry, newline included. */
    static byte[] encode(long seq, String key, String payload) {
        byte[] body = body(key, payload);
        byte[] out = new byte[lineLength(seq, body)];
        write(seq, body, out, 0);
        return out;
    }

    private static int put(byte[] out, int at, String ascii) {
        for (int j = 0; j < ascii.length(); j++) {
            out[at + j] = (byte) ascii.charAt(j);
        }
        return at + ascii.length();
    }

    static String hex(long crc) {
        String h = Long.toHexString(crc);
        return "0".repeat(8 - h.length()) + h;
    }

    /** The result of reading one line: an entry, or what is wrong with it. */
    record Decoded(Entry entry, String problem) {}

    /**
     * Reads one line of {@code len} bytes (without its newline).
     *
     * @param terminated whether the line ended with a newline (an entry without one is incomplete)
     */
    static Decoded decode(byte[] line, int len, boolean terminated) {
        if (!terminated) {
            return new Decoded(null, "incomplete entry (" + len + " bytes, no line end)");
        }
        int mark = lastIndexOf(line, len, CRC_MARK);
        if (mark < 0 || len - mark - CRC_MARK.length != 10 || line[len - 2] != '"' || line[len - 1] != '}') {
            return new Decoded(null, "not a journal entry (no checksum field at its end)");
        }
        String stored = new String(line, mark + CRC_MARK.length, 8, StandardCharsets.US_ASCII);
        CRC32C crc = new CRC32C();
        crc.update(line, 0, mark);
        String computed = hex(crc.getValue());
        if (!computed.equals(stored)) {
            return new Decoded(null, "checksum mismatch (stored " + stored + ", computed " + computed + ")");
        }
        try {
            byte[] json = new byte[mark + 1];
            System.arraycopy(line, 0, json, 0, mark);
            json[mark] = '}';
            JsonNode node = MAPPER.readTree(json);
            if (!node.isObject() || node.size() != 3) {
                return new Decoded(null, "malformed entry (expected fields seq, key, payload)");
            }
            for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
                if (!FIELDS.contains(names.next())) {
                    return new Decoded(null, "malformed entry (expected fields seq, key, payload)");
                }
            }
            JsonNode seq = node.get("seq");
            JsonNode key = node.get("key");
            JsonNode payload = node.get("payload");
            if (!seq.isIntegralNumber() || !seq.canConvertToLong() || seq.longValue() < 1) {
                return new Decoded(null, "malformed entry (seq is not a positive integer)");
            }
            if (!key.isString() || !payload.isString()) {
                return new Decoded(null, "malformed entry (key and payload must be strings)");
            }
            return new Decoded(new Entry(seq.longValue(), key.stringValue(), payload.stringValue()), null);
        } catch (JacksonException e) {
            return new Decoded(null, "malformed entry (" + e.getOriginalMessage() + ")");
        }
    }

    private static int lastIndexOf(byte[] a, int len, byte[] pat) {
        outer:
        for (int i = len - pat.length; i >= 0; i--) {
            for (int j = 0; j < pat.length; j++) {
                if (a[i + j] != pat[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
