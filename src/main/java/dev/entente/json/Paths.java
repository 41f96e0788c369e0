package dev.entente.json;

/** Builds the JSON paths of report-format section 6: {@code records[2].participants[0].name}. */
final class Paths {
    private Paths() {}

    /** Returns the path of member {@code key} of the object at {@code parent} ({@code $} is the root). */
    static String key(String parent, String key) {
        boolean plain = !key.isEmpty()
                && key.indexOf('.') < 0
                && key.indexOf('[') < 0
                && key.indexOf('"') < 0
                && key.indexOf(']') < 0;
        if (!plain) {
            String quoted = "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
            return parent.equals("$") ? "$" + quoted : parent + quoted;
        }
        return parent.equals("$") ? key : parent + "." + key;
    }

    /** Returns the path of item {@code index} of the list at {@code parent}. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
