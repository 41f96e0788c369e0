package dev.entente.time;

/**
 * Resolves the {@code when} strings of reports (ISO forms and the English expressions of
 * report-format section 4) to {@link When} intervals.
 *
 * <p>Deterministic: the result depends only on the arguments, never on the system clock.
 * Implementations never throw for unreadable text: it resolves to an unknown {@code When} with a
 * warning.
 */
public interface DateResolver {

    /** Returns the standard resolver for ISO forms and English expressions. */
    static DateResolver standard() {
        return EnglishDateResolver.INSTANCE;
    }

    /**
     * Resolves {@code text} against {@code anchor}.
     *
     * @param text the expression as written, such as {@code next week}
     * @param anchor the report's publication moment; may be null, in which case relative
     *     expressions resolve to unknown with a warning
     * @param tense how to read a missing year or a bare weekday
     * @param language the BCP-47 tag of the text; non-English text resolves ISO forms only
     * @return the resolution, never null
     * @throws NullPointerException if {@code text}, {@code tense} or {@code language} is null
     */
    Resolution resolve(String text, Anchor anchor, Tense tense, String language);

    /**
     * Resolves English {@code text} against {@code anchor}; see {@link #resolve(String, Anchor, Tense,
     * String)}.
     */
    default Resolution resolve(String text, Anchor anchor, Tense tense) {
        return resolve(text, anchor, tense, "en");
    }
}
