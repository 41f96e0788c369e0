package dev.entente.cli;

import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import dev.entente.time.Resolution;
import dev.entente.time.Tense;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente when EXPRESSION}: prints the resolved {@code when} object. */
@Command(
        name = "when",
        mixinStandardHelpOptions = true,
        description = "Resolve a date expression and print it as JSON.")
final class WhenCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPRESSION", description = "the date expression, e.g. 'next week'")
    String expression;

    @Option(
            names = "--anchor",
            paramLabel = "DATE|TIMESTAMP",
            description = "the date relative expressions are read against")
    String anchor;

    @Option(
            names = "--tense",
            paramLabel = "past|future",
            description = "read as for an occurred (past) or scheduled (future) record")
    String tense;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Anchor a = null;
        if (anchor != null) {
            try {
                a = Anchor.parse(anchor);
            } catch (IllegalArgumentException e) {
                err.println("entente: when: --anchor: " + e.getMessage());
                return Main.REJECTED;
            }
        }
        Tense t = Tense.NONE;
        if (tense != null) {
            switch (tense) {
                case "past" -> t = Tense.PAST;
                case "future" -> t = Tense.FUTURE;
                default -> {
                    err.println("entente: when: --tense: " + tense + " is not past or future");
                    return Main.REJECTED;
                }
            }
        }
        Resolution r = DateResolver.standard().resolve(expression, a, t);
        if (r.isError()) {
            err.println("entente: when: " + r.error().get());
            return Main.REJECTED;
        }
        r.warnings().forEach(w -> err.println("entente: when: warning: " + w));
        spec.commandLine().getOut().println(WhenJson.write(r.when()));
        return Main.OK;
    }
}
