package dev.entente.model;

import java.util.Optional;

/** The legal form of an agreement. */
public enum AgreementType {
    /** A framework agreement. */
    FRAMEWORK("framework"),
    /** A memorandum of understanding. */
    MOU("mou"),
    /** A treaty. */
    TREATY("treaty"),
    /** A joint statement. */
    JOINT_STATEMENT("joint-statement"),
    /** Anything else. */
    OTHER("other");

    private final String wireName;

    AgreementType(String wireName) {
        this.wireName = wireName;
    }

    /** Returns the name used in JSON documents, such as {@code joint-statement}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the type with the given JSON name, or empty. */
    public static Optional<AgreementType> fromWireName(String name) {
        return WireNames.find(values(), name, AgreementType::wireName);
    }
}
