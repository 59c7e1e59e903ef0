package org.os2j.compiler.ir;

/**
 * The comparison of a BRANCH. For INT and LONG the six ordered conditions are signed comparisons;
 * for REFERENCE only EQUAL and NOT_EQUAL (identity) are used. For FLOAT and DOUBLE each relation
 * comes twice, as IEEE 754-2008 5.11 defines them: the ordered form is false when either operand
 * is NaN, the unordered form ({@code u} prefix in the IR text) is true then. Negating a
 * floating-point condition therefore swaps the relation and the ordered/unordered flavour, so
 * {@code !(a < b)} is {@code a uge b}, which is how {@code fcmpg; ifge} reads (JVMS fcmp&lt;op&gt;).
 */
public enum Condition {
    EQUAL("eq"), NOT_EQUAL("ne"), LESS("lt"), GREATER_OR_EQUAL("ge"), GREATER("gt"), LESS_OR_EQUAL("le"),
    UNORDERED_OR_EQUAL("ueq"), UNORDERED_OR_NOT_EQUAL("une"), UNORDERED_OR_LESS("ult"),
    UNORDERED_OR_GREATER_OR_EQUAL("uge"), UNORDERED_OR_GREATER("ugt"), UNORDERED_OR_LESS_OR_EQUAL("ule");

    public final String textName;

    Condition(String textName) {
        this.textName = textName;
    }

    /** Whether the condition holds when an operand is NaN (only meaningful for FLOAT and DOUBLE). */
    public boolean isUnordered() {
        return ordinal() >= UNORDERED_OR_EQUAL.ordinal();
    }

    /** The same relation with the opposite NaN outcome. */
    public Condition withUnordered(boolean unordered) {
        Condition ordered = isUnordered() ? values()[ordinal() - UNORDERED_OR_EQUAL.ordinal()] : this;
        return unordered ? values()[ordered.ordinal() + UNORDERED_OR_EQUAL.ordinal()] : ordered;
    }

    /** The relation alone, as one of the six ordered conditions. */
    public Condition relation() {
        return withUnordered(false);
    }

    /**
     * The condition that holds exactly when this one does not, for operands of {@code kind}: for
     * FLOAT and DOUBLE the NaN outcome flips too; other kinds have no NaN and stay ordered.
     */
    public Condition negate(Kind kind) {
        Condition opposite = switch (relation()) {
            case EQUAL -> NOT_EQUAL;
            case NOT_EQUAL -> EQUAL;
            case LESS -> GREATER_OR_EQUAL;
            case GREATER_OR_EQUAL -> LESS;
            case GREATER -> LESS_OR_EQUAL;
            default -> GREATER;
        };
        return opposite.withUnordered(kind.isFloatingPoint() && !isUnordered());
    }

    /** The condition with its operands exchanged: {@code a < b} is {@code b > a}. */
    public Condition swapOperands() {
        Condition swapped = switch (relation()) {
            case LESS -> GREATER;
            case GREATER -> LESS;
            case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
            case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
            default -> relation();
        };
        return swapped.withUnordered(isUnordered());
    }
}
