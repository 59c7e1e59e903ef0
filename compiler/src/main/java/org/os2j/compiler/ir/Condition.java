package org.os2j.compiler.ir;

/** The comparison of a BRANCH; signed for INT and LONG, identity for REFERENCE (EQUAL/NOT_EQUAL). */
public enum Condition {
    EQUAL("eq"), NOT_EQUAL("ne"), LESS("lt"), GREATER_OR_EQUAL("ge"), GREATER("gt"), LESS_OR_EQUAL("le");

    public final String textName;

    Condition(String textName) {
        this.textName = textName;
    }

    public Condition negate() {
        return switch (this) {
            case EQUAL -> NOT_EQUAL;
            case NOT_EQUAL -> EQUAL;
            case LESS -> GREATER_OR_EQUAL;
            case GREATER_OR_EQUAL -> LESS;
            case GREATER -> LESS_OR_EQUAL;
            case LESS_OR_EQUAL -> GREATER;
        };
    }
}
