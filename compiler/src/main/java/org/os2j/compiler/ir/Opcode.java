package org.os2j.compiler.ir;

import static org.os2j.compiler.ir.Opcode.Property.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every IR operation with its properties, in one table. Operands are listed in the order the
 * instruction holds them; "-1" operands means variable. The text name is the IR dump spelling.
 * Passes ask these properties instead of testing opcodes one by one.
 *
 * <ul>
 * <li><b>result</b>: the instruction defines a value.</li>
 * <li><b>terminator</b>: ends a block; exactly the last instruction of every block. Its targets
 *     carry the arguments of their blocks' parameters (SSA: see {@link Block}).</li>
 * <li><b>throws</b>: may raise a Java exception (implicit checks, and everything a call runs).</li>
 * <li><b>reads</b> / <b>writes</b>: reads or writes memory the program can observe (heap, statics).</li>
 * <li><b>allocates</b>: may allocate from the heap.</li>
 * <li><b>java</b>: a Java-level operation (new, field access, invoke, type check, string
 *     literal) that keeps its JVM meaning until the late lowering pass expands it.</li>
 * <li><b>runs code</b> ({@link #isCall}): runs other code. It clobbers every register (os2j treats all registers as
 *     caller-saved; see backend/FrameLayout), is a safepoint where the collector may run, and may
 *     do everything above.</li>
 * </ul>
 * An instruction without effects (none of throws, writes, call, terminator) can be removed when
 * its result is unused, and moved or merged with an equal one when it does not read memory.
 */
public enum Opcode {
    //  name and text                   operands  properties
    MOVE("move",                            1, RESULT),
    ADD("add",                              2, RESULT),
    SUBTRACT("sub",                         2, RESULT),
    MULTIPLY("mul",                         2, RESULT),
    /**
     * INT/LONG: truncating division, the divisor known non-zero (a ZERO_CHECK precedes it).
     * FLOAT/DOUBLE: IEEE 754 division (JVMS ddiv), and REMAINDER is JVMS drem: truncating, like C fmod.
     */
    DIVIDE("div",                           2, RESULT),
    REMAINDER("rem",                        2, RESULT),
    NEGATE("neg",                           1, RESULT),
    AND("and",                              2, RESULT),
    OR("or",                                2, RESULT),
    XOR("xor",                              2, RESULT),
    /** Shifts mask their count to 5 (INT) or 6 (LONG) bits, as JVMS ishl/lshl and as x86 does. */
    SHIFT_LEFT("shl",                       2, RESULT),
    SHIFT_RIGHT("sar",                      2, RESULT),
    UNSIGNED_SHIFT_RIGHT("shr",             2, RESULT),
    /** lcmp: -1, 0 or 1 as an INT. */
    COMPARE_LONG("lcmp",                    2, RESULT),
    /** fcmpl/dcmpl: -1, 0 or 1 as an INT, -1 if either operand is NaN (JVMS fcmp<op>). */
    COMPARE_FLOATING_NAN_LESS("fcmpl",      2, RESULT),
    /** fcmpg/dcmpg: as fcmpl, but 1 if either operand is NaN. */
    COMPARE_FLOATING_NAN_GREATER("fcmpg",   2, RESULT),
    INT_TO_LONG("i2l",                      1, RESULT),
    LONG_TO_INT("l2i",                      1, RESULT),
    INT_TO_BYTE("i2b",                      1, RESULT),
    INT_TO_CHAR("i2c",                      1, RESULT),
    INT_TO_SHORT("i2s",                     1, RESULT),
    /** Conversions to floating point round to nearest (JVMS i2f, l2d, d2f, ...). */
    INT_TO_FLOAT("i2f",                     1, RESULT),
    INT_TO_DOUBLE("i2d",                    1, RESULT),
    LONG_TO_FLOAT("l2f",                    1, RESULT),
    LONG_TO_DOUBLE("l2d",                   1, RESULT),
    FLOAT_TO_DOUBLE("f2d",                  1, RESULT),
    DOUBLE_TO_FLOAT("d2f",                  1, RESULT),
    /** Conversions to integers truncate, saturate at MIN/MAX_VALUE and take NaN to 0 (JVMS f2i). */
    FLOAT_TO_INT("f2i",                     1, RESULT),
    FLOAT_TO_LONG("f2l",                    1, RESULT),
    DOUBLE_TO_INT("d2i",                    1, RESULT),
    DOUBLE_TO_LONG("d2l",                   1, RESULT),
    /** The correctly rounded square root of a FLOAT or DOUBLE (StrictMath.sqrt, IEEE 754 5.4.1). */
    SQUARE_ROOT("sqrt",                     1, RESULT),
    /**
     * The same bits as another kind of equal size: a reference as a LONG address or back
     * (Magic.addressOf/toObject), DOUBLE as LONG and FLOAT as INT or back (doubleToRawLongBits).
     */
    REINTERPRET("reinterpret",              1, RESULT),
    /** result = memory[base + index * scale + displacement]; operands: base [, index]. */
    LOAD("load",                           -1, RESULT, READS),
    /** memory[base + index * scale + displacement] = value; operands: base [, index], value. */
    STORE("store",                         -1, WRITES),
    /** result = the value at symbol + displacement (a static field). */
    LOAD_STATIC("load.static",              0, RESULT, READS),
    STORE_STATIC("store.static",            1, WRITES),
    /** result = the address of a symbol (string constant, class descriptor). */
    SYMBOL_ADDRESS("address",               0, RESULT),
    /** Direct call of a symbol with the arguments as operands. */
    CALL("call",                           -1, RESULT, RUNS_CODE, THROWS, READS, WRITES, ALLOCATES),
    /** Linux or os2 system call: number then up to six arguments. */
    SYSTEM_CALL("syscall",                 -1, RESULT, RUNS_CODE, READS, WRITES),
    /** Runs the class initializer of {@code symbol} if it has not run yet (JVMS 5.5). */
    CLASS_INIT("class.init",                0, RUNS_CODE, THROWS, READS, WRITES, ALLOCATES),
    /**
     * Throws NullPointerException if the operand is null. The symbol, when present, is the helpful
     * message (JEP 358); after lowering, the symbol of its image text (runtime TextLayout).
     */
    NULL_CHECK("check.null",                1, THROWS),
    /** Throws ArrayIndexOutOfBoundsException unless 0 <= index < length; operands: index, length. */
    BOUNDS_CHECK("check.bounds",            2, THROWS),
    /** Throws ArithmeticException if the divisor operand is zero. */
    ZERO_CHECK("check.zero",                1, THROWS),
    /** A call through a code address (the first operand), then the arguments; lowered dispatch. */
    CALL_INDIRECT("call.indirect",        -1, RESULT, RUNS_CODE, THROWS, READS, WRITES, ALLOCATES),

    // ---- Java-level operations: the frontend emits them, pass/LowerJavaOperations expands them. ----
    /** A new instance of the class the symbol names (internal name), initialized (a class.init precedes). */
    NEW("new",                              0, RESULT, JAVA, RUNS_CODE, THROWS, ALLOCATES),
    /** A new array of the type the symbol names (a descriptor such as {@code [I}); operand: the length. */
    NEW_ARRAY("new.array",                  1, RESULT, JAVA, RUNS_CODE, THROWS, ALLOCATES),
    /** multianewarray of the symbol's type: one length operand per dimension to create (JVMS 6.5). */
    NEW_MULTI_ARRAY("new.multiarray",      -1, RESULT, JAVA, RUNS_CODE, THROWS, ALLOCATES),
    /** The field the symbol names ({@code Owner.name:descriptor}, resolved) of the operand, known non-null. */
    GET_FIELD("get.field",                  1, RESULT, JAVA, READS),
    /** Stores the second operand into the field the symbol names of the first, known non-null. */
    PUT_FIELD("put.field",                  2, JAVA, WRITES),
    /** The static field the symbol names; its class is initialized (a class.init precedes). */
    GET_STATIC("get.static",                0, RESULT, JAVA, READS),
    PUT_STATIC("put.static",                1, JAVA, WRITES),
    /** A call of the method the symbol names, bound at compile time (static, special, one target); receiver first. */
    INVOKE_DIRECT("invoke.direct",         -1, RESULT, JAVA, RUNS_CODE, THROWS, READS, WRITES, ALLOCATES),
    /**
     * invokevirtual of a class method: the symbol is {@code ReceiverType::resolved method symbol};
     * operands: the receiver (known non-null), then the arguments. Dispatches through the vtable.
     */
    INVOKE_VIRTUAL("invoke.virtual",       -1, RESULT, JAVA, RUNS_CODE, THROWS, READS, WRITES, ALLOCATES),
    /** As INVOKE_VIRTUAL for a method declared in an interface: dispatches through the interface table. */
    INVOKE_INTERFACE("invoke.interface",   -1, RESULT, JAVA, RUNS_CODE, THROWS, READS, WRITES, ALLOCATES),
    /**
     * The length of the array operand, known non-null (a null check precedes it). Array lengths
     * never change, so this reads no mutable memory: equal ones can be merged and moved.
     */
    ARRAY_LENGTH("array.length",            1, RESULT, JAVA),
    /** 1 if the operand is a non-null instance of the type the symbol names (JVMS instanceof), else 0. */
    INSTANCE_OF("instanceof",               1, RESULT, JAVA),
    /** Throws ClassCastException unless the operand is null or an instance of the symbol's type. */
    CHECK_CAST("check.cast",                1, JAVA, THROWS),
    /** Throws ArrayStoreException unless the value (second operand) may be stored in the array (JVMS aastore). */
    ARRAY_STORE_CHECK("check.store",        2, JAVA, THROWS),
    /** athrow of the operand, known non-null (a terminator: control does not continue). */
    THROW("throw",                          1, TERMINATOR, JAVA, RUNS_CODE, THROWS),
    /** The String object of the literal the symbol holds (JVMS 5.1: equal literals are one object). */
    STRING("string",                        0, RESULT, JAVA),
    /**
     * The offset of the instance field the symbol names ({@code Owner.name:descriptor}) in its
     * objects, a long: Unsafe.objectFieldOffset of a class and a name known at compile time.
     */
    FIELD_OFFSET("field.offset",            0, RESULT, JAVA),

    /**
     * The exception being caught: the first instruction of a block that exception edges enter. The
     * unwinder left it in its pending slot; the symbol names the runtime routine that takes it,
     * which the backend calls.
     */
    CATCH("catch",                          0, RESULT, RUNS_CODE, READS, WRITES),
    /** x86 IN of a byte from the INT port operand, zero-extended (Ports.in8; a device access: never removed). */
    PORT_IN("port.in8",                     1, RESULT, READS, WRITES),
    /** x86 OUT of the low byte of the second operand to the INT port operand (Ports.out8). */
    PORT_OUT("port.out8",                   2, READS, WRITES),
    /**
     * A processor instruction of the kernel intrinsics (runtime Cpu); the symbol names the Cpu
     * method, the operands are its arguments, the optional LONG result its value. Never removed,
     * merged or moved (READS, WRITES): control registers, MSRs and the interrupt flag are machine state.
     */
    CPU("cpu",                             -1, RESULT, READS, WRITES),
    /** The frame pointer (RBP) of the running method, as a LONG (Magic.framePointer). */
    FRAME_POINTER("frame.pointer",          0, RESULT),
    /** Continues at the code address (second operand) with the frame pointer (first); never returns. */
    RESUME("resume",                        2, RUNS_CODE),
    /** Goes to the target; may carry an exception target (see Instruction.hasExceptionTarget). */
    JUMP("jump",                            0, TERMINATOR),
    /** Compares two operands of one kind and goes to target 0 if the condition holds, else target 1. */
    BRANCH("branch",                        2, TERMINATOR),
    /** Goes to the target whose key equals the INT operand; the last target is the default. */
    SWITCH("switch",                        1, TERMINATOR),
    RETURN("return",                       -1, TERMINATOR),
    /** Control never reaches here (after a call that does not return). */
    UNREACHABLE("unreachable",              0, TERMINATOR);

    public final String textName;
    /** Fixed operand count, or -1 when variable. */
    public final int operandCount;
    public final boolean hasResult;
    public final boolean isTerminator;
    public final boolean canThrow;
    public final boolean readsMemory;
    public final boolean writesMemory;
    public final boolean allocates;
    public final boolean isCall;
    /** A Java-level operation that pass/LowerJavaOperations expands (none remain after it). */
    public final boolean isJavaLevel;

    Opcode(String textName, int operandCount, Property... properties) {
        Set<Property> set = properties.length == 0 ? EnumSet.noneOf(Property.class) : EnumSet.of(properties[0], properties);
        this.textName = textName;
        this.operandCount = operandCount;
        this.hasResult = set.contains(Property.RESULT);
        this.isTerminator = set.contains(Property.TERMINATOR);
        this.canThrow = set.contains(Property.THROWS);
        this.readsMemory = set.contains(Property.READS);
        this.writesMemory = set.contains(Property.WRITES);
        this.allocates = set.contains(Property.ALLOCATES);
        this.isCall = set.contains(Property.RUNS_CODE);
        this.isJavaLevel = set.contains(Property.JAVA);
    }

    /** The columns of the table. */
    enum Property { RESULT, TERMINATOR, THROWS, READS, WRITES, ALLOCATES, RUNS_CODE, JAVA }

    /** Whether executing the instruction can be observed other than through its result. */
    public boolean hasSideEffect() {
        return isTerminator || canThrow || writesMemory || isCall;
    }

    /** The kind of the result for an operation of {@code operationKind}: INT for the three-way compares. */
    public Kind resultKind(Kind operationKind) {
        return switch (this) {
            case COMPARE_LONG, COMPARE_FLOATING_NAN_LESS, COMPARE_FLOATING_NAN_GREATER -> Kind.INT;
            default -> operationKind;
        };
    }

    /** Calls may leave out their result (a void method, or a result nobody reads). */
    public boolean resultIsOptional() {
        return switch (this) {
            case CALL, SYSTEM_CALL, CALL_INDIRECT, INVOKE_DIRECT, INVOKE_VIRTUAL, INVOKE_INTERFACE, CPU -> true;
            default -> false;
        };
    }

    public boolean isCommutative() {
        return this == ADD || this == MULTIPLY || this == AND || this == OR || this == XOR;
    }

    /** The opcode spelled {@code textName} in the IR text form, or null. */
    public static Opcode byTextName(String textName) {
        for (Opcode opcode : values()) {
            if (opcode.textName.equals(textName)) {
                return opcode;
            }
        }
        return null;
    }
}
