package dev.entente.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the notebooks of {@code docs/notebooks} the way nbval does: the code cells of each notebook in
 * order, in one JShell, each cell's printed output, displayed data and value compared with the outputs
 * stored in the notebook.
 *
 * <p>A cell tagged {@code volatile} (cell metadata {@code "tags": ["volatile"]}) is run but its output
 * is not compared. {@code -Dnotebooks.record=true} runs every notebook and rewrites its stored outputs.
 * A cell shows a picture with {@code display(svg, "image/svg+xml")}, as in JJava. The scale notebook
 * ({@code 05-scale}) is slow and runs only in the {@code long} profile.
 */
class NotebookTest {

    static final Path FOLDER = Path.of("docs/notebooks");
    static final String SLOW = "05-scale";
    static final boolean RECORD = Boolean.getBoolean("notebooks.record");

    private static final String MARK = "\u0001display ";
    private static final String PRELUDE = "void display(Object o, String... mimeTypes) {"
            + " String mime = mimeTypes.length == 0 ? \"text/plain\" : mimeTypes[0];"
            + " System.out.print(\"\\u0001display \" + mime + \" \" + java.util.Base64.getEncoder()"
            + ".encodeToString(String.valueOf(o).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + \"\\n\");"
            + " System.out.flush(); }";

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @TestFactory
    Stream<DynamicTest> notebooks_runAndMatchTheirStoredOutputs() throws IOException {
        return notebooks()
                .filter(p -> !name(p).startsWith(SLOW))
                .map(p -> DynamicTest.dynamicTest(name(p), () -> run(p)));
    }

    @Test
    @Tag("slow")
    void scaleNotebook_runsAndMatchesItsStoredOutputs() throws Exception {
        List<Path> scale = notebooks().filter(p -> name(p).startsWith(SLOW)).toList();
        Assumptions.assumeFalse(scale.isEmpty(), "no scale notebook");
        for (Path p : scale) {
            run(p);
        }
    }

    static Stream<Path> notebooks() throws IOException {
        if (!Files.isDirectory(FOLDER)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList().stream();
        }
    }

    static String name(Path p) {
        return p.getFileName().toString();
    }

    /** Runs one notebook; in record mode rewrites its outputs, otherwise compares them. */
    static void run(Path notebook) throws Exception {
        JsonNode root = MAPPER.readTree(notebook.toFile());
        assertThat(root.path("nbformat").asInt())
                .as("%s: nbformat", name(notebook))
                .isEqualTo(4);
        List<String> failures = new ArrayList<>();
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder()
                .executionEngine("local")
                .out(capture)
                .err(capture)
                .build()) {
            classPath().forEach(shell::addToClasspath);
            evalOrFail(shell, PRELUDE, name(notebook) + " prelude");
            int number = 0;
            int count = 0;
            for (JsonNode cell : root.path("cells")) {
                number++;
                if (!"code".equals(cell.path("cell_type").asString())) {
                    continue;
                }
                count++;
                String where = name(notebook) + " cell " + number;
                captured.reset();
                String value;
                System.setOut(capture);
                try {
                    value = runCell(shell, text(cell.path("source")), where);
                } finally {
                    System.setOut(originalOut);
                }
                ArrayNode outputs = outputs(captured.toString(StandardCharsets.UTF_8), value, count);
                if (RECORD) {
                    ((ObjectNode) cell).set("outputs", outputs);
                    ((ObjectNode) cell).put("execution_count", count);
                } else if (!isVolatile(cell)) {
                    String expected = comparable(cell.path("outputs"));
                    String actual = comparable(outputs);
                    if (!expected.equals(actual)) {
                        failures.add(
                                where + ": output differs%n--- stored:%n%s%n--- now:%n%s".formatted(expected, actual));
                    }
                }
            }
        } finally {
            System.setOut(originalOut);
        }
        if (RECORD) {
            Files.writeString(notebook, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(failures).as("%s", name(notebook)).isEmpty();
    }

    /** Evaluates a cell snippet by snippet; returns the value of its last expression, or null. */
    static String runCell(JShell shell, String source, String where) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        String value = null;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                throw new AssertionError(where + ": incomplete code: " + remaining.strip());
            }
            value = evalOrFail(shell, info.source(), where);
            remaining = info.remaining();
        }
        return value;
    }

    private static String evalOrFail(JShell shell, String snippet, String where) {
        String value = null;
        for (SnippetEvent e : shell.eval(snippet)) {
            if (e.causeSnippet() != null) {
                continue;
            }
            if (e.exception() != null) {
                Throwable t = e.exception();
                String type = t instanceof EvalException ee
                        ? ee.getExceptionClassName()
                        : t.getClass().getName();
                throw new AssertionError(where + ": " + type + ": " + t.getMessage(), t);
            }
            Snippet s = e.snippet();
            if (e.status() == Snippet.Status.REJECTED
                    || e.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String diags = shell.diagnostics(s)
                        .map(d -> d.getMessage(java.util.Locale.ROOT))
                        .collect(Collectors.joining("; "));
                String unresolved = s instanceof jdk.jshell.DeclarationSnippet d
                        ? shell.unresolvedDependencies(d).collect(Collectors.joining(", "))
                        : "";
                throw new AssertionError(where + ": does not compile: " + diags
                        + (unresolved.isEmpty() ? "" : " unresolved: " + unresolved) + "\n"
                        + s.source().strip());
            }
            boolean expression = s.kind() == Snippet.Kind.EXPRESSION
                    || (s.kind() == Snippet.Kind.VAR && s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
            value = expression && !(s instanceof VarSnippet v && "void".equals(v.typeName())) ? e.value() : null;
        }
        return value;
    }

    /** Builds the nbformat outputs of a cell from what it printed and its value. */
    static ArrayNode outputs(String printed, String value, int count) {
        ArrayNode outputs = MAPPER.createArrayNode();
        StringBuilder stream = new StringBuilder();
        for (String line : printed.split("(?<=\n)")) {
            if (line.startsWith(MARK)) {
                flush(outputs, stream);
                String[] parts = line.substring(MARK.length()).strip().split(" ", 2);
                String data = new String(
                        Base64.getDecoder().decode(parts.length > 1 ? parts[1] : ""), StandardCharsets.UTF_8);
                ObjectNode d = outputs.addObject();
                d.putObject("data").set(parts[0], lines(data));
                d.putObject("metadata");
                d.put("output_type", "display_data");
            } else {
                stream.append(line);
            }
        }
        flush(outputs, stream);
        if (value != null) {
            ObjectNode r = outputs.addObject();
            r.putObject("data").set("text/plain", lines(value));
            r.put("execution_count", count);
            r.putObject("metadata");
            r.put("output_type", "execute_result");
        }
        return outputs;
    }

    private static void flush(ArrayNode outputs, StringBuilder stream) {
        if (stream.length() > 0) {
            ObjectNode s = outputs.addObject();
            s.put("name", "stdout");
            s.put("output_type", "stream");
            s.set("text", lines(stream.toString()));
            stream.setLength(0);
        }
    }

    private static ArrayNode lines(String text) {
        ArrayNode a = MAPPER.createArrayNode();
        for (String l : text.split("(?<=\n)")) {
            if (!l.isEmpty()) {
                a.add(l);
            }
        }
        return a;
    }

    /** The outputs a comparison looks at: streams, results and displays, line ends and trailing blanks normalised. */
    static String comparable(JsonNode outputs) {
        StringBuilder b = new StringBuilder();
        for (JsonNode o : outputs) {
            String type = o.path("output_type").asString();
            switch (type) {
                case "stream" ->
                    b.append("[")
                            .append(o.path("name").asString())
                            .append("]\n")
                            .append(normal(text(o.path("text"))));
                case "execute_result", "display_data" -> {
                    b.append("[").append(type).append("]\n");
                    for (String mime : List.of("text/plain", "image/svg+xml", "text/html", "text/markdown")) {
                        if (o.path("data").has(mime)) {
                            b.append(mime)
                                    .append(":\n")
                                    .append(normal(text(o.path("data").path(mime))));
                        }
                    }
                }
                default -> b.append("[").append(type).append("]\n");
            }
        }
        return b.toString();
    }

    private static String normal(String s) {
        return s.replace("\r\n", "\n")
                        .lines()
                        .map(String::stripTrailing)
                        .collect(Collectors.joining("\n"))
                        .strip() + "\n";
    }

    static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder b = new StringBuilder();
            node.forEach(n -> b.append(n.asString()));
            return b.toString();
        }
        return node.asString("");
    }

    static boolean isVolatile(JsonNode cell) {
        for (JsonNode tag : cell.path("metadata").path("tags")) {
            if ("volatile".equals(tag.asString())) {
                return true;
            }
        }
        return false;
    }

    /** The test class path, with the entries of manifest-only jars (as surefire uses) expanded. */
    static List<String> classPath() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            out.add(entry);
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    Manifest m = jar.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        URI base = p.toUri();
                        for (String rel : cp.trim().split("\\s+")) {
                            out.add(Path.of(base.resolve(rel)).toString());
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Test
    void runCell_compileErrorOrException_failsWithTheCellAndTheMessage() {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runCell(shell, "int x = \"no\";", "nb cell 3"))
                    .hasMessageContaining("nb cell 3")
                    .hasMessageContaining("does not compile");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> runCell(shell, "Integer.parseInt(\"x\")", "nb cell 4"))
                    .hasMessageContaining("nb cell 4")
                    .hasMessageContaining("NumberFormatException");
            assertThat(runCell(shell, "int y = 2;\ny * 21", "nb cell 5")).isEqualTo("42");
        }
    }
}
