package dev.entente.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The country codes the interchange format accepts: ISO 3166-1 alpha-2, {@code EU} and {@code XK}. */
final class Countries {
    private static final Set<String> CODES = codes();

    /** Codes people write that are not ISO codes, with the code they mean. */
    private static final Map<String, String> SUGGESTIONS = Map.of("UK", "GB", "EL", "GR", "KO", "XK");

    private Countries() {}

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        codes.add("EU");
        codes.add("XK");
        return Set.copyOf(codes);
    }

    static boolean isValid(String code) {
        return CODES.contains(code);
    }

    /** Returns the problem with {@code code}, or empty when it is valid. */
    static Optional<String> problem(String code) {
        if (isValid(code)) {
            return Optional.empty();
        }
        String suggestion = SUGGESTIONS.get(code.toUpperCase(Locale.ROOT));
        if (suggestion == null && isValid(code.toUpperCase(Locale.ROOT))) {
            suggestion = code.toUpperCase(Locale.ROOT);
        }
        return Optional.of(code + " is not an ISO 3166-1 alpha-2 country code"
                + (suggestion != null ? " (did you mean " + suggestion + "?)" : ""));
    }

    static String displayName(String code) {
        if (code.equals("EU")) {
            return "European Union";
        }
        if (code.equals("XK")) {
            return "Kosovo";
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
