package dev.entente.model;

/** The validation rules every kind of {@link Event} shares. */
final class EventChecks {
    private EventChecks() {}

    static void common(Event e) {
        Checks.notBlank("ref", e.ref());
        Checks.notBlank("title", e.title());
        Checks.notBlank("partOf", e.partOf());
        Checks.noBlanks("topics", e.topics());
        if (e.ref().isPresent() && e.ref().equals(e.partOf())) {
            throw new IllegalArgumentException("partOf: " + e.partOf().get() + " is the record's own ref");
        }
        if (e.confidence().isPresent()) {
            double c = e.confidence().getAsDouble();
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("confidence: " + c + " is outside 0..1");
            }
        }
    }
}
