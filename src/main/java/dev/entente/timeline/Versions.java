package dev.entente.timeline;

import dev.entente.model.Report;

/** Which of two versions of a report wins (report-format section 1, {@code id}). */
final class Versions {
    private Versions() {}

    static Report later(Report a, Report b) {
        if (a.publishedAt().isPresent() && b.publishedAt().isPresent()) {
            int c = a.publishedAt().get().compareTo(b.publishedAt().get());
            if (c != 0) {
                return c > 0 ? a : b;
            }
        }
        return a.toString().compareTo(b.toString()) >= 0 ? a : b;
    }
}
