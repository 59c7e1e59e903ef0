package org.os2j.kernel.arch;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.unwind.CallSites;

/**
 * A symbolized backtrace of interrupted kernel code, from the compiler's metadata tables: the
 * method holding the faulting instruction (method table code ranges; no line, as the instruction
 * is not a call site), then each caller through the chain of saved frame pointers (call-site
 * table: method and line, with the frames of methods inlined at the call). Walks only plausible frames (aligned, in the kernel's half, growing
 * upward), so a corrupt stack ends the walk instead of faulting again.
 */
final class Backtrace {
    private static final int MAXIMUM_FRAMES = 64;

    private Backtrace() {
    }

    /**
     * @param stackPointer the interrupted RSP: when RIP is outside compiled code (a call to a bad
     *                     address), the word there is the caller's return address
     */
    static void print(StringBuilder out, long instructionPointer, long stackPointer, long framePointer) {
        long method = CallSites.methodContaining(instructionPointer);
        if (method != 0) {
            out.append("\tat ").append(CallSites.describeMethod(method)).append('\n');
        } else {
            out.append("\tat 0x").append(Long.toHexString(instructionPointer)).append(" (not in a compiled method)\n");
            if (plausible(stackPointer)) {
                long entry = CallSites.find(Memory.loadLong(stackPointer));
                if (entry != 0) {
                    frame(out, entry);
                }
            }
        }
        long frame = framePointer;
        for (int depth = 0; depth < MAXIMUM_FRAMES && plausible(frame); depth++) {
            long entry = CallSites.find(Memory.loadLong(frame + 8));
            if (entry == 0) {
                break;
            }
            frame(out, entry);
            long caller = Memory.loadLong(frame);
            if (caller != 0 && Long.compareUnsigned(caller, frame) <= 0) {
                break;
            }
            frame = caller;
        }
    }

    /** One caller: the methods inlined at the call, innermost first, then its own method, each with its line. */
    private static void frame(StringBuilder out, long entry) {
        for (long inlined = CallSites.innermostInlinedFrame(entry); inlined != 0;
                inlined = CallSites.outerInlinedFrame(inlined)) {
            line(out, CallSites.inlinedMethod(inlined), CallSites.inlinedLine(inlined));
        }
        line(out, CallSites.method(entry), CallSites.line(entry));
    }

    private static void line(StringBuilder out, long method, int line) {
        out.append("\tat ").append(CallSites.methodClassName(method)).append('.').append(CallSites.methodMethodName(method))
                .append('(').append(fileOf(CallSites.methodFileName(method)));
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(")\n");
    }

    private static boolean plausible(long frame) {
        return frame != 0 && (frame & 7) == 0 && Long.compareUnsigned(frame, KernelLayout.KERNEL_OFFSET) >= 0;
    }

    private static String fileOf(String file) {
        return file == null ? "Unknown Source" : file;
    }
}
