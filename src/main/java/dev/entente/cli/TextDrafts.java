package dev.entente.cli;

import dev.entente.draft.Draft;
import dev.entente.draft.ReportDrafter;
import dev.entente.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Drafts reports from the {@code .txt} articles of files and folders, for {@code reconcile --from-text}. */
final class TextDrafts {
    private TextDrafts() {}

    /**
     * Drafts every {@code .txt} file of {@code paths} (folders read recursively, in path order), each
     * under an outlet named after its file; the drafter's warnings go to {@code err}.
     *
     * @throws UncheckedIOException if a file cannot be read
     */
    static List<Report> draftAll(List<Path> paths, PrintWriter err) {
        ReportDrafter drafter =
                ReportDrafter.builder().clock(Clock.systemDefaultZone()).build();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".txt")).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        files.sort(null);
        List<Report> reports = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException(f + ": cannot read: " + e.getMessage(), e));
            }
            String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
            Draft draft = drafter.draft(text, "unnamed outlet (" + stem + ")", null, null);
            draft.warnings().forEach(w -> err.println(f + ": warning: " + w));
            reports.add(draft.report());
        }
        return reports;
    }
}
