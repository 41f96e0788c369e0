package dev.entente.journal;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when a journal directory is already open, in this process or another. */
public final class JournalInUseException extends IOException {
    private final Path directory;

    JournalInUseException(Path directory) {
        super("journal " + directory + " is in use (open in this or another process)");
        this.directory = directory;
    }

    /** The directory that is in use; never null. */
    public Path directory() {
        return directory;
    }
}
