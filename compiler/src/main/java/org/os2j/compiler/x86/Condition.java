package org.os2j.compiler.x86;

/**
 * The sixteen condition codes of Jcc, SETcc and CMOVcc, in the order of their 4-bit "tttn"
 * encoding (Intel SDM Vol. 2, Appendix B.1.4.7 "Condition Test (tttn) Field", Table B-10). The
 * low bit negates the condition, so {@link #negate()} flips it.
 */
public enum Condition {
    OVERFLOW("o"), NO_OVERFLOW("no"), BELOW("b"), ABOVE_OR_EQUAL("ae"),
    EQUAL("e"), NOT_EQUAL("ne"), BELOW_OR_EQUAL("be"), ABOVE("a"),
    SIGN("s"), NOT_SIGN("ns"), PARITY("p"), NO_PARITY("np"),
    LESS("l"), GREATER_OR_EQUAL("ge"), LESS_OR_EQUAL("le"), GREATER("g");

    private static final Condition[] VALUES = values();
    private final String suffix;

    Condition(String suffix) {
        this.suffix = suffix;
    }

    /** The tttn nibble, added to the base opcode (70h, 0F 80h, 0F 90h, 0F 40h). */
    public int code() {
        return ordinal();
    }

    /** The condition that holds exactly when this one does not. */
    public Condition negate() {
        return VALUES[ordinal() ^ 1];
    }

    /** The GNU mnemonic suffix, e.g. {@code "ge"} for {@code jge}/{@code setge}/{@code cmovge}. */
    public String suffix() {
        return suffix;
    }

    /** The condition with tttn value {@code code} (0-15). */
    public static Condition ofCode(int code) {
        return VALUES[code];
    }
}
