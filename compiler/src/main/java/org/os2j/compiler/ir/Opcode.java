package org.os2j.compiler.ir;

/**
 * Every IR operation with its properties, in one table. Operands are listed in the order the
 * instruction holds them; "-1" operands means variable. The text name is the IR dump spelling.
 *
 * <ul>
 * <li><b>result</b>: the instruction defines a virtual register.</li>
 * <li><b>terminator</b>: ends a block; exactly the last instruction of every block.</li>
 * <li><b>call</b>: may run other code, so every caller-saved register is clobbered (os2j treats all
 *     registers as caller-saved; see backend/FrameLayout).</li>
 * <li><b>effect</b>: must not be removed even if its result is unused (memory writes, checks,
 *     calls).</li>
 * </ul>
 */
public enum Opcode {
    //            text               operands result terminator call  effect
    MOVE(         "move",                  1, true,  false, false, false),
    ADD(          "add",                   2, true,  false, false, false),
    SUBTRACT(     "sub",                   2, true,  false, false, false),
    MULTIPLY(     "mul",                   2, true,  false, false, false),
    /**
     * INT/LONG: truncating division, the divisor known non-zero (a ZERO_CHECK precedes it).
     * FLOAT/DOUBLE: IEEE 754 division (JVMS ddiv), and REMAINDER is JVMS drem: truncating, like C fmod.
     */
    DIVIDE(       "div",                   2, true,  false, false, false),
    REMAINDER(    "rem",                   2, true,  false, false, false),
    NEGATE(       "neg",                   1, true,  false, false, false),
    AND(          "and",                   2, true,  false, false, false),
    OR(           "or",                    2, true,  false, false, false),
    XOR(          "xor",                   2, true,  false, false, false),
    /** Shifts mask their count to 5 (INT) or 6 (LONG) bits, as JVMS ishl/lshl and as x86 does. */
    SHIFT_LEFT(   "shl",                   2, true,  false, false, false),
    SHIFT_RIGHT(  "sar",                   2, true,  false, false, false),
    UNSIGNED_SHIFT_RIGHT("shr",            2, true,  false, false, false),
    /** lcmp: -1, 0 or 1 as an INT. */
    COMPARE_LONG( "lcmp",                  2, true,  false, false, false),
    /** fcmpl/dcmpl: -1, 0 or 1 as an INT, -1 if either operand is NaN (JVMS fcmp<op>). */
    COMPARE_FLOATING_NAN_LESS("fcmpl",     2, true,  false, false, false),
    /** fcmpg/dcmpg: as fcmpl, but 1 if either operand is NaN. */
    COMPARE_FLOATING_NAN_GREATER("fcmpg",  2, true,  false, false, false),
    INT_TO_LONG(  "i2l",                   1, true,  false, false, false),
    LONG_TO_INT(  "l2i",                   1, true,  false, false, false),
    INT_TO_BYTE(  "i2b",                   1, true,  false, false, false),
    INT_TO_CHAR(  "i2c",                   1, true,  false, false, false),
    INT_TO_SHORT( "i2s",                   1, true,  false, false, false),
    /** Conversions to floating point round to nearest (JVMS i2f, l2d, d2f, ...). */
    INT_TO_FLOAT( "i2f",                   1, true,  false, false, false),
    INT_TO_DOUBLE("i2d",                   1, true,  false, false, false),
    LONG_TO_FLOAT("l2f",                   1, true,  false, false, false),
    LONG_TO_DOUBLE("l2d",                  1, true,  false, false, false),
    FLOAT_TO_DOUBLE("f2d",                 1, true,  false, false, false),
    DOUBLE_TO_FLOAT("d2f",                 1, true,  false, false, false),
    /** Conversions to integers truncate, saturate at MIN/MAX_VALUE and take NaN to 0 (JVMS f2i). */
    FLOAT_TO_INT( "f2i",                   1, true,  false, false, false),
    FLOAT_TO_LONG("f2l",                   1, true,  false, false, false),
    DOUBLE_TO_INT("d2i",                   1, true,  false, false, false),
    DOUBLE_TO_LONG("d2l",                  1, true,  false, false, false),
    /** The correctly rounded square root of a FLOAT or DOUBLE (StrictMath.sqrt, IEEE 754 5.4.1). */
    SQUARE_ROOT(  "sqrt",                  1, true,  false, false, false),
    /**
     * The same bits as another kind of equal size: a reference as a LONG address or back
     * (Magic.addressOf/toObject), DOUBLE as LONG and FLOAT as INT or back (doubleToRawLongBits).
     */
    REINTERPRET(  "reinterpret",           1, true,  false, false, false),
    /** result = memory[base + index * scale + displacement]; operands: base [, index]. */
    LOAD(         "load",                 -1, true,  false, false, false),
    /** memory[base + index * scale + displacement] = value; operands: base [, index], value. */
    STORE(        "store",                -1, false, false, false, true),
    /** result = the value at symbol + displacement (a static field). */
    LOAD_STATIC(  "load.static",           0, true,  false, false, false),
    STORE_STATIC( "store.static",          1, false, false, false, true),
    /** result = the address of a symbol (string constant, class descriptor). */
    SYMBOL_ADDRESS("address",              0, true,  false, false, false),
    /** Direct call of a symbol with the arguments as operands. */
    CALL(         "call",                 -1, true,  false, true,  true),
    /** Linux or os2 system call: number then up to six arguments. */
    SYSTEM_CALL(  "syscall",              -1, true,  false, true,  true),
    /** Runs the class initializer of {@code symbol} if it has not run yet (JVMS 5.5). */
    CLASS_INIT(   "class.init",            0, false, false, true,  true),
    /** Throws NullPointerException if the operand is null. */
    NULL_CHECK(   "check.null",            1, false, false, false, true),
    /** Throws ArrayIndexOutOfBoundsException unless 0 <= index < length; operands: index, length. */
    BOUNDS_CHECK( "check.bounds",          2, false, false, false, true),
    /** Throws ArithmeticException if the divisor operand is zero. */
    ZERO_CHECK(   "check.zero",            1, false, false, false, true),
    JUMP(         "jump",                  0, false, true,  false, true),
    /** Compares two operands of one kind and goes to target 0 if the condition holds, else target 1. */
    BRANCH(       "branch",                2, false, true,  false, true),
    /** Goes to the target whose key equals the INT operand; the last target is the default. */
    SWITCH(       "switch",                1, false, true,  false, true),
    RETURN(       "return",               -1, false, true,  false, true),
    /** Control never reaches here (after a call that does not return). */
    UNREACHABLE(  "unreachable",           0, false, true,  false, true);

    public final String textName;
    /** Fixed operand count, or -1 when variable. */
    public final int operandCount;
    public final boolean hasResult;
    public final boolean isTerminator;
    public final boolean isCall;
    public final boolean hasEffect;

    Opcode(String textName, int operandCount, boolean hasResult, boolean isTerminator, boolean isCall,
           boolean hasEffect) {
        this.textName = textName;
        this.operandCount = operandCount;
        this.hasResult = hasResult;
        this.isTerminator = isTerminator;
        this.isCall = isCall;
        this.hasEffect = hasEffect;
    }

    public boolean isCommutative() {
        return this == ADD || this == MULTIPLY || this == AND || this == OR || this == XOR;
    }
}
