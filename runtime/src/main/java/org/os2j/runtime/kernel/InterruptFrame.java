package org.os2j.runtime.kernel;

import org.os2j.runtime.InterruptFrameLayout;
import org.os2j.runtime.intrinsic.Memory;

/** Reads the frame an interrupt entry saved (runtime InterruptFrameLayout); does not allocate. */
public final class InterruptFrame {
    private InterruptFrame() {
    }

    public static int vector(long frame) {
        return (int) Memory.loadLong(frame + InterruptFrameLayout.VECTOR);
    }

    public static long errorCode(long frame) {
        return Memory.loadLong(frame + InterruptFrameLayout.ERROR_CODE);
    }

    public static long instructionPointer(long frame) {
        return Memory.loadLong(frame + InterruptFrameLayout.INSTRUCTION_POINTER);
    }

    public static long stackPointer(long frame) {
        return Memory.loadLong(frame + InterruptFrameLayout.STACK_POINTER);
    }

    public static long flags(long frame) {
        return Memory.loadLong(frame + InterruptFrameLayout.FLAGS);
    }

    public static long codeSegment(long frame) {
        return Memory.loadLong(frame + InterruptFrameLayout.CODE_SEGMENT);
    }

    /** Makes IRETQ resume at {@code address}. */
    public static void setInstructionPointer(long frame, long address) {
        Memory.storeLong(frame + InterruptFrameLayout.INSTRUCTION_POINTER, address);
    }

    /** Makes IRETQ resume with RSP {@code address}. */
    public static void setStackPointer(long frame, long address) {
        Memory.storeLong(frame + InterruptFrameLayout.STACK_POINTER, address);
    }

    /** The interrupted code's RBP: the head of its chain of frames. */
    public static long framePointer(long frame) {
        return Memory.loadLong(frame + InterruptFrameLayout.RBP);
    }
}
