package dev.entente.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The standard {@link DateResolver}. */
final class EnglishDateResolver implements DateResolver {
    static final EnglishDateResolver INSTANCE = new EnglishDateResolver();

    private EnglishDateResolver() {}

    @Override
    public Resolution resolve(String text, Anchor anchor, Tense tense, String language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(language, "language");
        try {
            When when = When.of(LocalDate.parse(text.trim())).withText(text);
            return Resolution.of(anchor == null ? when : when.withAnchor(anchor));
        } catch (DateTimeParseException e) {
            return Resolution.builder()
                    .when(When.unknown(text))
                    .addWarnings("cannot read the date expression \"" + text + "\"")
                    .build();
        }
    }
}
