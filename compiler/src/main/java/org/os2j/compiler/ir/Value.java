package org.os2j.compiler.ir;

/** An operand of an IR instruction: a virtual register or a constant. Every value has a kind. */
public sealed interface Value permits VirtualRegister, Constant {
    Kind kind();
}
