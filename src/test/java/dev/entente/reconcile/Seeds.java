package dev.entente.reconcile;

import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.model.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five seed reports of docs/examples/seeds, read as a user would read them. */
final class Seeds {
    static final Path DIR = Path.of(System.getProperty("entente.repo", "."), "docs", "examples", "seeds");

    private Seeds() {}

    static List<Report> reports() {
        return read(DIR);
    }

    static List<Report> read(Path dir) {
        try (Stream<ReadResult> results = ReportReader.standard().readAll(List.of(dir))) {
            return results.filter(r -> !r.file().endsWith("gold.json"))
                    .map(ReadResult::orElseThrow)
                    .toList();
        }
    }
}
