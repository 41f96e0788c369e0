package dev.entente.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the bytes of one JSON document into a located {@link Tree}, enforcing the text-level rules
 * of report-format section 6: strict UTF-8, a leading BOM allowed, no comments, no duplicate keys,
 * one object at the root and nothing after it, no lone surrogate escapes, depth and string limits.
 */
final class TreeParser {
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 8 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 8)
                    .maxStringLength(Integer.MAX_VALUE - 16)
                    .maxNameLength(Integer.MAX_VALUE - 16)
                    .maxDocumentLength(-1)
                    .maxNumberLength(10_000)
                    .build())
            .build();

    /** The outcome: the root object (null when the text could not be read) and the problems met. */
    record Parsed(Tree.Obj root, List<Problem> problems) {}

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private String text;
    private Locator locator;

    private TreeParser(String file) {
        this.file = file;
    }

    /** Parses {@code bytes}; positions are reported as in {@code file}. Never throws for bad input. */
    static Parsed parse(String file, byte[] bytes) {
        TreeParser p = new TreeParser(file);
        Tree.Obj root = p.run(bytes);
        return new Parsed(root, List.copyOf(p.problems));
    }

    private Tree.Obj run(byte[] bytes) {
        if (looksUtf16or32(bytes)) {
            error(1, 1, "$", "the text is not UTF-8 (it looks like UTF-16 or UTF-32); report documents must be UTF-8");
            return null;
        }
        text = decode(bytes);
        if (text == null) {
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        locator = new Locator(text);
        int first = skipWhitespace(0);
        if (first == text.length()) {
            error(1, 1, "$", "the file is empty; a report document is one JSON object");
            return null;
        }
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                Tree value = readValue(parser, token, "$", 1);
                error(value.line(), value.column(), "$", "the root must be a JSON object, got " + value.typeName());
                return null;
            }
            Tree root = readValue(parser, token, "$", 1);
            if (root == null) {
                return null;
            }
            long end = parser.currentLocation().getCharOffset();
            int after = skipWhitespace((int) Math.max(end, 0));
            if (after < text.length()) {
                int[] at = locator.at(after);
                error(at[0], at[1], "$", "unexpected content after the root object; a document holds one object");
                return null;
            }
            return (Tree.Obj) root;
        } catch (TooDeep e) {
            return null;
        } catch (JacksonException e) {
            syntaxError(e);
            return null;
        } catch (RuntimeException e) {
            int[] at = locator.at(text.length());
            problems.clear();
            error(at[0], at[1], "$", "the text cannot be read as JSON");
            return null;
        }
    }

    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    private Tree readValue(JsonParser parser, JsonToken token, String path, int depth) {
        int[] at = locator.at(parser.currentTokenLocation().getCharOffset());
        switch (token) {
            case START_OBJECT -> {
                checkDepth(depth, at, path);
                Tree.Obj obj = new Tree.Obj(at[0], at[1]);
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    int[] keyAt = locator.at(parser.currentTokenLocation().getCharOffset());
                    String memberPath = Paths.key(path, key);
                    checkString(key, keyAt, memberPath);
                    Tree value = readValue(parser, parser.nextToken(), memberPath, depth + 1);
                    if (obj.members().containsKey(key)) {
                        error(
                                keyAt[0],
                                keyAt[1],
                                memberPath,
                                "duplicate key \"" + key + "\" (first at line "
                                        + obj.members().get(key).line() + ", column "
                                        + obj.members().get(key).column() + ")");
                    } else {
                        obj.members().put(key, new Tree.Member(key, keyAt[0], keyAt[1], value));
                    }
                }
                return obj;
            }
            case START_ARRAY -> {
                checkDepth(depth, at, path);
                List<Tree> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, t, Paths.index(path, items.size()), depth + 1));
                }
                return new Tree.Arr(at[0], at[1], items);
            }
            case VALUE_STRING -> {
                String s = StringCache.canonical(parser.getString());
                checkString(s, at, path);
                return new Tree.Str(at[0], at[1], s);
            }
            case VALUE_NUMBER_INT -> {
                return new Tree.Num(at[0], at[1], parser.getString(), true);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Tree.Num(at[0], at[1], parser.getString(), false);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Tree.Bool(at[0], at[1], token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Tree.Null(at[0], at[1]);
            }
            default -> throw new IllegalStateException("unexpected token");
        }
    }

    private void checkDepth(int depth, int[] at, String path) {
        if (depth > MAX_DEPTH) {
            problems.clear();
            error(at[0], at[1], path, "nesting deeper than " + MAX_DEPTH + " levels");
            throw new TooDeep();
        }
    }

    private void checkString(String s, int[] at, String path) {
        if (s.length() > MAX_STRING && s.codePointCount(0, s.length()) > MAX_STRING) {
            error(at[0], at[1], path, "string longer than " + MAX_STRING + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                error(
                        at[0],
                        at[1],
                        path,
                        String.format(Locale.ROOT, "\\u%04x is a lone surrogate, not a Unicode scalar value", (int) c));
                return;
            }
        }
    }

    private void syntaxError(JacksonException e) {
        problems.clear();
        long offset = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
        if (offset < 0 || offset > text.length()) {
            offset = text.length();
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message;
        int pos = (int) offset;
        if (original.contains("end-of-input")) {
            message = "the text ends before the JSON value is complete";
            pos = text.length();
        } else {
            int bad = offendingChar(pos, original);
            char c = bad < text.length() ? text.charAt(bad) : 0;
            pos = bad;
            message = c == '/' || c == '#' ? "comments are not allowed in JSON" : "invalid JSON: " + clean(original);
        }
        int[] at = locator.at(pos);
        error(at[0], at[1], "$", message);
    }

    /** Returns the offset of the character the parser stopped at: at its location or just before. */
    private int offendingChar(int offset, String message) {
        int at = Math.min(offset, text.length());
        int start = message.indexOf("character ('");
        Character named = start >= 0 && start + 12 < message.length() ? message.charAt(start + 12) : null;
        for (int i : new int[] {at, at - 1}) {
            if (i >= 0 && i < text.length()) {
                char c = text.charAt(i);
                if ((named != null && c == named) || c == '/' || c == '#') {
                    return i;
                }
            }
        }
        return at;
    }

    private static String clean(String original) {
        String s = original;
        int cut = s.indexOf('\n');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf(" (for ");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf(" (not recognized");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf("; Feature");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        s = s.replaceAll("\\(code \\d+\\)", "")
                .replaceAll("\\s+\\)", ")")
                .replace("  ", " ")
                .trim();
        cut = s.indexOf(": enable");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf(", from `");
        if (cut >= 0) {
            s = s.substring(0, cut) + ")";
        }
        s = s.replaceAll("`[^`]*`", "").replaceAll("\\b(tools\\.jackson|com\\.fasterxml|java)\\.[\\w.$]*", "");
        s = s.replaceAll("\\b\\w*(Feature|Constraints|Parser|Exception)\\b[.\\w()]*", "an option");
        return s.isEmpty() ? "not valid JSON" : s;
    }

    private int skipWhitespace(int from) {
        int i = from;
        while (i < text.length() && isJsonWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isJsonWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean looksUtf16or32(byte[] b) {
        if (b.length >= 2
                && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return true;
        }
        return (b.length >= 1 && b[0] == 0) || (b.length >= 2 && b[1] == 0);
    }

    private String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            if (prefix.startsWith("\uFEFF")) {
                prefix = prefix.substring(1);
            }
            int[] at = new Locator(prefix).at(prefix.length());
            error(
                    at[0],
                    at[1],
                    "$",
                    String.format(
                            Locale.ROOT,
                            "byte 0x%02X is not valid UTF-8 (report documents must be UTF-8, not Latin-1 or another encoding)",
                            bytes[bad] & 0xFF));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private void error(int line, int column, String path, String message) {
        problems.add(new Problem(file, line, column, path, message, Problem.Severity.ERROR));
    }

    /**
     * Converts char offsets to 1-based line and code-point column; LF, CRLF and CR end a line.
     * Offsets asked in increasing order cost linear time in total.
     */
    static final class Locator {
        private final String text;
        private int offset;
        private int line = 1;
        private int column = 1;

        Locator(String text) {
            this.text = text;
        }

        int[] at(long target) {
            int t = (int) Math.min(Math.max(target, 0), text.length());
            if (t < offset) {
                offset = 0;
                line = 1;
                column = 1;
            }
            while (offset < t) {
                char c = text.charAt(offset);
                if (c == '\n') {
                    if (offset == 0 || text.charAt(offset - 1) != '\r') {
                        line++;
                        column = 1;
                    }
                } else if (c == '\r') {
                    line++;
                    column = 1;
                } else if (Character.isHighSurrogate(c)
                        && offset + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(offset + 1))
                        && offset + 1 < t) {
                    offset++;
                    column++;
                } else {
                    column++;
                }
                offset++;
            }
            return new int[] {line, column};
        }
    }
}
