package dev.entente.cli;

import dev.entente.draft.Draft;
import dev.entente.draft.ReportDrafter;
import dev.entente.json.ReportWriter;
import dev.entente.time.Anchor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente draft FILE.txt [--outlet NAME] [--published DATE|TIMESTAMP]}: drafts a report from
 * an article's text and prints it as JSON; what the drafter could not place goes to standard error
 * as warnings.
 */
@Command(
        name = "draft",
        mixinStandardHelpOptions = true,
        description = "Draft a report (JSON) from the text of a news article, with evidence spans.")
final class DraftCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.txt", description = "the article, UTF-8 text")
    Path file;

    @Option(names = "--outlet", paramLabel = "NAME", description = "the publication's name")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "the article's address")
    String url;

    @Option(
            names = "--published",
            paramLabel = "DATE|TIMESTAMP",
            description = "when the article was published (else its date tag or dateline)")
    String published;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Anchor anchor = null;
        if (published != null) {
            try {
                anchor = Anchor.parse(published);
            } catch (IllegalArgumentException e) {
                err.println("entente: draft: --published: " + e.getMessage());
                return Main.REJECTED;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            err.println("entente: draft: " + file + ": no such file");
            return Main.REJECTED;
        } catch (CharacterCodingException e) {
            err.println("entente: draft: " + file + ": not UTF-8 text");
            return Main.REJECTED;
        } catch (IOException e) {
            err.println("entente: draft: " + file + ": " + e.getMessage());
            return Main.REJECTED;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Draft draft =
                ReportDrafter.builder().clock(Clock.systemDefaultZone()).build().draft(text, outlet, url, anchor);
        for (String w : draft.warnings()) {
            err.println(file + ": warning: " + w);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(ReportWriter.pretty().write(draft.report()));
        out.flush();
        err.flush();
        return Main.OK;
    }
}
