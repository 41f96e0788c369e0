package dev.entente.time;

import java.util.Locale;
import java.util.Objects;

/** The standard {@link DateResolver}: ISO forms first, then the English expressions of section 4. */
final class EnglishDateResolver implements DateResolver {
    static final EnglishDateResolver INSTANCE = new EnglishDateResolver();

    private EnglishDateResolver() {}

    @Override
    public Resolution resolve(String text, Anchor anchor, Tense tense, String language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(language, "language");
        try {
            When iso = IsoWhen.read(text);
            if (iso != null) {
                return Resolution.of(iso.withText(text));
            }
        } catch (IllegalArgumentException e) {
            return Resolution.builder()
                    .when(When.unknown(text))
                    .error(e.getMessage())
                    .build();
        }
        if (!isEnglish(language)) {
            return Resolution.builder()
                    .when(When.unknown(text))
                    .addWarnings("\"" + text + "\" is not an ISO date and language \"" + language
                            + "\" is not English: left unresolved")
                    .build();
        }
        return new EnglishExpression(text, anchor, tense).resolve();
    }

    private static boolean isEnglish(String language) {
        String tag = language.trim().toLowerCase(Locale.ROOT);
        return tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_");
    }
}
