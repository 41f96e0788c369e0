package dev.entente.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What {@link Journal#repair} did: the damaged entries it dropped and where the originals are. */
public final class RepairResult {
    private final List<JournalProblem> dropped;
    private final Path backup;
    private final List<String> actions;

    RepairResult(List<JournalProblem> dropped, Path backup, List<String> actions) {
        this.dropped = List.copyOf(dropped);
        this.backup = backup;
        this.actions = List.copyOf(actions);
    }

    /** The damaged entries removed, each with its segment and original offset; empty if none. */
    public List<JournalProblem> dropped() {
        return dropped;
    }

    /** The directory holding the original of every segment file repair rewrote; empty if none. */
    public Optional<Path> backupDirectory() {
        return Optional.ofNullable(backup);
    }

    /** One human-readable line per action taken, for a log or standard error; never empty. */
    public List<String> actions() {
        return actions;
    }
}
