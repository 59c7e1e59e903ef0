package org.os2j.runtime.intrinsic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The processor state {@link Cpu}'s host bodies act on, for kernel code in JUnit. Not thread-safe. */
public final class SimulatedCpu {
    static long timeStamp;
    static boolean interruptsEnabled;
    static int halts;
    static int breakpoints;
    static final long[] controlRegisters = new long[5];
    static final List<Long> invalidated = new ArrayList<>();
    static final Map<Integer, Long> modelSpecificRegisters = new HashMap<>();
    static final Map<Long, Long> cpuid = new HashMap<>();
    static long globalDescriptorTable;
    static long interruptDescriptorTable;
    static int taskRegister;
    static int codeSegment;
    static int dataSegment;

    private SimulatedCpu() {
    }

    public static boolean interruptsEnabled() {
        return interruptsEnabled;
    }

    /** The addresses INVLPG was given since the last {@link #reset}, in order. */
    public static List<Long> invalidatedPages() {
        return List.copyOf(invalidated);
    }

    /** Sets CR2, as a page fault would, for a test of the fault path. */
    public static void setControlRegister2(long value) {
        controlRegisters[2] = value;
    }

    public static long interruptDescriptorTable() {
        return interruptDescriptorTable;
    }

    public static long globalDescriptorTable() {
        return globalDescriptorTable;
    }

    public static int taskRegister() {
        return taskRegister;
    }

    public static void reset() {
        timeStamp = 0;
        interruptsEnabled = false;
        halts = 0;
        breakpoints = 0;
        java.util.Arrays.fill(controlRegisters, 0);
        invalidated.clear();
        modelSpecificRegisters.clear();
        cpuid.clear();
        globalDescriptorTable = 0;
        interruptDescriptorTable = 0;
        taskRegister = 0;
        codeSegment = 0;
        dataSegment = 0;
    }
}
