package dev.entente.journal;

import java.io.IOException;

/**
 * Thrown by {@link Journal#append} when an entry could not be made durable (an I/O error, a full
 * disk). The entry is not in the journal, its sequence number is not used, and the journal stays
 * usable.
 */
public final class JournalWriteException extends IOException {
    JournalWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
