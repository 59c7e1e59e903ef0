package org.os2j.compiler.x86;

/**
 * An immediate operand: a constant, or the address of a symbol plus an addend, resolved by a
 * relocation (Intel SDM Vol. 2, 2.1.6 "Immediate Bytes"). A symbolic immediate fills an imm64
 * field ({@code ABSOLUTE_64}, chosen for {@code mov r64, imm64}) or an imm32 field
 * ({@code ABSOLUTE_32_SIGNED} when sign-extended to 64 bits, {@code ABSOLUTE_32} for 32-bit
 * operations, as GNU as does).
 *
 * @param value  the constant, or the addend when {@code symbol} is set
 * @param symbol the symbol whose address is added, or null
 */
public record Immediate(long value, String symbol) implements Operand {

    /** The constant {@code value}. */
    public static Immediate of(long value) {
        return new Immediate(value, null);
    }

    /** The address of {@code symbol} plus {@code addend}. */
    public static Immediate symbolAddress(String symbol, long addend) {
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("symbol name is null or empty");
        }
        return new Immediate(addend, symbol);
    }

    /** Whether the value is a symbol address known only at link time. */
    public boolean isSymbolic() {
        return symbol != null;
    }

    @Override
    public String toString() {
        String constant = value < 0 ? "-0x" + Long.toHexString(-value) : "0x" + Long.toHexString(value);
        if (symbol == null) {
            return constant;
        }
        return value == 0 ? symbol : symbol + (value < 0 ? "" : "+") + value;
    }
}
