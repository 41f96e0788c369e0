package dev.entente.cli;

import dev.entente.journal.JournalCorruptException;
import dev.entente.journal.JournalInUseException;
import dev.entente.json.Problem;
import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineWarning;
import dev.entente.time.Anchor;
import dev.entente.timeline.TimelineService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente reconcile PATH...}: reads reports exactly as {@code validate} does, reconciles
 * them and writes the timeline document to standard output.
 */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = "Reconcile report files (.json, .jsonl, folders) into one timeline.")
final class ReconcileCommand implements Callable<Integer> {
    private static final Pattern RECORD_INDEX = Pattern.compile("^records\\[(\\d+)]");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE|TIMESTAMP", description = "the timeline as known on that date")
    String asOf;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "json (default), markdown, svg or html")
    String format;

    @Option(names = "--strict", description = "turn every warning into an error")
    boolean strict;

    @Option(names = "--skip-invalid", description = "leave rejected reports out instead of failing")
    boolean skipInvalid;

    @Option(names = "--from-text", description = "draft reports from the .txt article files in PATH first")
    boolean fromText;

    @Option(
            names = "--journal",
            paramLabel = "DIR",
            description = "reconcile the reports a journal holds (no PATH then); exits 3 if it is corrupt")
    Path journal;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Anchor anchor = null;
        if (asOf != null) {
            try {
                anchor = Anchor.parse(asOf);
            } catch (IllegalArgumentException e) {
                err.println("entente: reconcile: --as-of: " + e.getMessage());
                return Main.REJECTED;
            }
        }
        TimelineFormat out = TimelineFormat.named(format);
        if (out == null) {
            err.println("entente: reconcile: --format: " + format + " is not one of json, markdown, svg, html");
            return Main.REJECTED;
        }
        if (journal != null) {
            return fromJournal(err, anchor, out);
        }
        if (paths.isEmpty()) {
            err.println("entente: reconcile: give report files or folders (PATH...) or --journal DIR");
            return Main.REJECTED;
        }
        List<Report> reports = new ArrayList<>();
        List<TimelineWarning> warnings = new ArrayList<>();
        int rejected = 0;
        int total = 0;
        if (fromText) {
            try {
                reports.addAll(TextDrafts.draftAll(paths, err));
            } catch (java.io.UncheckedIOException e) {
                err.println("entente: reconcile: " + e.getCause().getMessage());
                return Main.REJECTED;
            }
            total = reports.size();
            if (reports.isEmpty()) {
                err.println("entente: reconcile: no .txt article found in " + paths);
                return Main.REJECTED;
            }
        }
        ReportReader reader = strict ? ReportReader.strict() : ReportReader.standard();
        Timeline timeline;
        try (Progress progress = Progress.forStandardError(err)) {
            try (Stream<ReadResult> results = fromText ? Stream.empty() : reader.readAll(paths)) {
                progress.phase("reading", "reports");
                for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
                    progress.count(++total);
                    r.problems().forEach(progress::println);
                    if (r.isAccepted()) {
                        Report report = r.orElseThrow();
                        reports.add(report);
                        for (Problem p : r.warnings()) {
                            warnings.add(warning(report.id(), p));
                        }
                    } else {
                        rejected++;
                    }
                }
            }
            if (rejected > 0 && (!skipInvalid || rejected == total)) {
                return Main.REJECTED;
            }
            progress.phase(String.format(Locale.ROOT, "reconciling %,d reports", reports.size()));
            timeline = Reconciler.standard().reconcile(reports, warnings, anchor);
        }
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        out.write(timeline, stdout);
        stdout.flush();
        return Main.OK;
    }

    private int fromJournal(PrintWriter err, Anchor anchor, TimelineFormat out) {
        if (!paths.isEmpty()) {
            err.println("entente: reconcile: --journal DIR takes no PATH (append them first: `bin/entente journal"
                    + " append DIR PATH...`)");
            return Main.REJECTED;
        }
        if (!Files.isDirectory(journal)) {
            err.println("entente: reconcile: --journal: " + journal + ": no such journal directory");
            return Main.REJECTED;
        }
        Timeline timeline;
        try (Progress progress = Progress.forStandardError(err);
                TimelineService service = open(progress)) {
            service.warnings().forEach(w -> progress.println("entente: reconcile: --journal: warning: " + w));
            progress.phase("reconciling");
            timeline = anchor == null ? service.timeline() : service.asOf(anchor);
        } catch (JournalCorruptException e) {
            err.println("entente: reconcile: --journal: " + e.getMessage());
            return Main.JOURNAL_CORRUPT;
        } catch (JournalInUseException e) {
            err.println("entente: reconcile: --journal: " + e.getMessage());
            return Main.REJECTED;
        } catch (IOException e) {
            err.println("entente: reconcile: --journal: " + journal + ": " + e.getMessage());
            return Main.INTERNAL;
        }
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        out.write(timeline, stdout);
        stdout.flush();
        return Main.OK;
    }

    /** Opens the journal, which reads and reconciles every report it holds. */
    private TimelineService open(Progress progress) throws IOException {
        progress.phase("reading the journal " + journal);
        return TimelineService.open(journal);
    }

    private static TimelineWarning warning(String report, Problem p) {
        TimelineWarning.Builder b = TimelineWarning.builder().report(report).message(p.message());
        if (!p.path().equals("$")) {
            b.path(p.path());
        }
        Matcher m = RECORD_INDEX.matcher(p.path());
        if (m.find()) {
            b.index(Integer.parseInt(m.group(1)));
        }
        return b.build();
    }

    /** The output formats of {@code reconcile}. */
    enum TimelineFormat {
        JSON {
            @Override
            String render(Timeline t) {
                return TimelineWriter.pretty().write(t);
            }

            @Override
            void write(Timeline t, PrintWriter out) {
                TimelineWriter.pretty().write(t, out);
            }
        },
        MARKDOWN {
            @Override
            String render(Timeline t) {
                return dev.entente.render.MarkdownRenderer.render(t);
            }
        },
        SVG {
            @Override
            String render(Timeline t) {
                return dev.entente.render.SvgRenderer.render(t);
            }
        },
        HTML {
            @Override
            String render(Timeline t) {
                return dev.entente.render.HtmlRenderer.render(t);
            }
        };

        abstract String render(Timeline t);

        /** Writes the timeline to {@code out}; the JSON format streams it. */
        void write(Timeline t, PrintWriter out) {
            out.println(render(t));
        }

        static TimelineFormat named(String name) {
            for (TimelineFormat f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }
    }
}
