package org.os2j.compiler.backend;

import org.os2j.compiler.x86.Register;

/** Where the register allocator put a virtual register for its whole life: a register or a stack slot. */
sealed interface Location {
    record InRegister(Register register) implements Location {
    }

    /** Spill slot {@code index}: 8 bytes at {@code [rbp - FrameLayout.slotOffset(index)]}. */
    record InSlot(int index) implements Location {
    }
}
