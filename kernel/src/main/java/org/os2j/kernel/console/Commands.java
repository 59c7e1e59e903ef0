package org.os2j.kernel.console;

import org.os2j.kernel.mm.FrameAllocator;
import org.os2j.kernel.mm.PhysicalMemory;
import org.os2j.kernel.mm.VirtualMemory;
import org.os2j.runtime.kernel.KernelClock;
import org.os2j.runtime.kernel.KernelMemory;

/**
 * The prompt's commands, for looking at the running kernel: {@code help}, {@code time} (uptime
 * from the PIT, wall clock from the RTC), {@code memory} (frames, heap, demand-paging faults).
 * Anything else is named back as not a command; an empty line does nothing.
 */
final class Commands {
    private static final long MEBIBYTE = 1 << 20;

    private Commands() {
    }

    static void run(String line) {
        String command = line.trim();
        switch (command) {
            case "" -> {
            }
            case "help" -> System.out.println("commands: help, time, memory; Ctrl+D ends the session");
            case "time" -> System.out.println("up " + KernelClock.nanoTime() / 1_000_000 + " ms; wall clock "
                    + System.currentTimeMillis() / 1000 + " s since 1970 (UTC)");
            case "memory" -> {
                FrameAllocator frames = PhysicalMemory.frames();
                System.out.println("frames: " + frames.freeFrames() * FrameAllocator.FRAME_SIZE / MEBIBYTE + " of "
                        + frames.managedFrames() * FrameAllocator.FRAME_SIZE / MEBIBYTE + " MiB free; Java heap "
                        + KernelMemory.heapBytes() / 1024 + " KiB; demand-paging faults " + VirtualMemory.faults());
            }
            default -> System.out.println(command + ": not a command (help lists them)");
        }
    }
}
