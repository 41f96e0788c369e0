package dev.entente.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed JSON value with its position: the located tree the binder reads. */
sealed interface Tree {

    /** Returns the 1-based line of the value's first character. */
    int line();

    /** Returns the 1-based column, in code points, of the value's first character. */
    int column();

    /** Returns the JSON type name used in messages: {@code an object}, {@code a string}, ... */
    String typeName();

    /** A member of an object: its key's position and its value. */
    record Member(String key, int line, int column, Tree value) {}

    /** A JSON object; members in document order. */
    record Obj(int line, int column, Map<String, Member> members) implements Tree {
        Obj(int line, int column) {
            this(line, column, new LinkedHashMap<>());
        }

        @Override
        public String typeName() {
            return "an object";
        }
    }

    /** A JSON array. */
    record Arr(int line, int column, List<Tree> items) implements Tree {
        @Override
        public String typeName() {
            return "a list";
        }
    }

    /** A JSON string. */
    record Str(int line, int column, String value) implements Tree {
        @Override
        public String typeName() {
            return "a string";
        }
    }

    /** A JSON number as written; {@code integral} when it has no fraction and no exponent. */
    record Num(int line, int column, String text, boolean integral) implements Tree {
        @Override
        public String typeName() {
            return integral ? "an integer" : "a number";
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(int line, int column, boolean value) implements Tree {
        @Override
        public String typeName() {
            return "a boolean";
        }
    }

    /** {@code null}. */
    record Null(int line, int column) implements Tree {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
