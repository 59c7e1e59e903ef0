package org.os2j.compiler.backend;

import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.XmmRegister;

/**
 * Where the register allocator put a virtual register for its whole life: a general-purpose
 * register (INT, LONG, REFERENCE), an XMM register (FLOAT, DOUBLE) or a stack slot (any kind);
 * nowhere for a register that no instruction mentions.
 */
sealed interface Location {
    record InRegister(Register register) implements Location {
    }

    record InXmmRegister(XmmRegister register) implements Location {
    }

    /** A register no instruction mentions (a pass removed its definition and uses): no storage. */
    record Unused() implements Location {
    }

    /** Spill slot {@code index}: 8 bytes at {@code [rbp + FrameLayout.spillOffset(index)]}. */
    record InSlot(int index) implements Location {
    }
}
