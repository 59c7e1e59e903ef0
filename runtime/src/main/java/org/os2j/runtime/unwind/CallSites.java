package org.os2j.runtime.unwind;

import org.os2j.runtime.CallSiteLayout;
import org.os2j.runtime.ClassNames;
import org.os2j.runtime.ImageText;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * Lookups in the compiler's call-site and method tables ({@link CallSiteLayout}): a binary search of
 * the sorted table, behind a direct-mapped cache of recent return addresses (throws and stack traces
 * look up the same few frames again and again).
 */
public final class CallSites {
    private static final int CACHE_SIZE = 1024;
    /** Cached return addresses and their entries; created on first use (no class initializer). */
    private static long[] cachedAddresses;
    private static long[] cachedEntries;

    private CallSites() {
    }

    /** The entry for a return address, or 0 when it is not a call site of compiled code. */
    public static long find(long returnAddress) {
        if (cachedAddresses == null) {
            cachedAddresses = new long[CACHE_SIZE];
            cachedEntries = new long[CACHE_SIZE];
        }
        int slot = (int) (returnAddress ^ (returnAddress >>> 10)) & (CACHE_SIZE - 1);
        if (cachedAddresses[slot] == returnAddress) {
            return cachedEntries[slot];
        }
        long entry = search(returnAddress);
        cachedAddresses[slot] = returnAddress;
        cachedEntries[slot] = entry;
        return entry;
    }

    /**
     * The entry for a return address, or 0: a binary search of the call-site table, sorted by return
     * address, without the cache (the collector's stack walk, which must not allocate).
     */
    public static long search(long returnAddress) {
        return search(Magic.symbol(CallSiteLayout.TABLE_START), Magic.symbol(CallSiteLayout.TABLE_END),
                CallSiteLayout.ENTRY_SIZE, returnAddress);
    }

    /**
     * The entry of {@code returnAddress} in a table of {@code entrySize}-byte entries from {@code
     * start} to {@code end}, each starting with a self-relative return address and sorted by it; 0
     * when there is none.
     */
    private static long search(long start, long end, int entrySize, long returnAddress) {
        long low = 0;
        long high = (end - start) / entrySize - 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            long entry = start + middle * entrySize;
            long address = returnAddress(entry);
            if (address == returnAddress) {
                return entry;
            }
            if (address < returnAddress) { // User-space code addresses are below 2^63.
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return 0;
    }

    /** The address a self-relative field of the table points at (CallSiteLayout). */
    private static long relative(long field) {
        return field + Memory.loadInt(field);
    }

    public static long returnAddress(long entry) {
        return relative(entry + CallSiteLayout.RETURN_ADDRESS_OFFSET);
    }

    /** The landing pad of the handler covering the call, or 0. */
    public static long landingPad(long entry) {
        long pad = search(Magic.symbol(CallSiteLayout.LANDING_PADS), Magic.symbol(CallSiteLayout.LANDING_PADS_END),
                CallSiteLayout.LANDING_PAD_ENTRY_SIZE, returnAddress(entry));
        return pad == 0 ? 0 : relative(pad + CallSiteLayout.LANDING_PAD_OFFSET);
    }

    /** The entry's line field (CallSiteLayout): a line, or an inlined frame's encoding. */
    private static int lineField(long entry) {
        short line = Memory.loadShort(entry + CallSiteLayout.LINE_OFFSET);
        return line != CallSiteLayout.WIDE_LINE ? line : Memory.loadInt(wide(entry) + CallSiteLayout.WIDE_LINE_OFFSET);
    }

    /** The wide-table entry holding the fields of an entry marked WIDE_LINE. */
    private static long wide(long entry) {
        return search(Magic.symbol(CallSiteLayout.WIDE_TABLE), Magic.symbol(CallSiteLayout.WIDE_TABLE_END),
                CallSiteLayout.WIDE_ENTRY_SIZE, returnAddress(entry));
    }

    /** The address of the call's stack map in the stack-map table. */
    public static long stackMap(long entry) {
        long offset = Memory.loadShort(entry + CallSiteLayout.LINE_OFFSET) != CallSiteLayout.WIDE_LINE
                ? (long) Memory.loadChar(entry + CallSiteLayout.STACK_MAP_OFFSET) * CallSiteLayout.STACK_MAP_ALIGNMENT
                : Memory.loadInt(wide(entry) + CallSiteLayout.WIDE_STACK_MAP_OFFSET);
        return Magic.symbol(CallSiteLayout.STACK_MAPS) + offset;
    }

    /** The line of the call in the entry's method (the one holding the code, past any inlined frames). */
    public static int line(long entry) {
        int line = lineField(entry);
        while (line < 0) {
            line = Memory.loadInt(inlinedFrame(line) + CallSiteLayout.INLINED_OUTER_OFFSET);
        }
        return line;
    }

    /**
     * The innermost inlined frame of a call site in inlined code (CallSiteLayout's inlined-frame
     * table), or 0 when the call is the method's own code.
     */
    public static long innermostInlinedFrame(long entry) {
        int line = lineField(entry);
        return line < 0 ? inlinedFrame(line) : 0;
    }

    /** The inlined frame around {@code inlined}, or 0 when the next frame out is the method holding the code. */
    public static long outerInlinedFrame(long inlined) {
        int outer = Memory.loadInt(inlined + CallSiteLayout.INLINED_OUTER_OFFSET);
        return outer < 0 ? inlinedFrame(outer) : 0;
    }

    /** The method-table entry of an inlined frame's method. */
    public static long inlinedMethod(long inlined) {
        return relative(inlined + CallSiteLayout.INLINED_METHOD_OFFSET);
    }

    public static int inlinedLine(long inlined) {
        return Memory.loadInt(inlined + CallSiteLayout.INLINED_LINE_OFFSET);
    }

    /** Whether {@code address} is an inlined-frame entry (else it is a return address). */
    public static boolean isInlinedFrame(long address) {
        return address >= Magic.symbol(CallSiteLayout.INLINED_FRAMES) && address < Magic.symbol(CallSiteLayout.INLINED_FRAMES_END);
    }

    /** The inlined-frame entry a negative line field encodes. */
    private static long inlinedFrame(int encoded) {
        return Magic.symbol(CallSiteLayout.INLINED_FRAMES) + (long) (-encoded - 1) * CallSiteLayout.INLINED_ENTRY_SIZE;
    }

    /** The method-table entry of a call-site entry's method: the one whose code holds the return address. */
    public static long method(long entry) {
        return methodContaining(returnAddress(entry));
    }

    /**
     * The method-table entry of the compiled method whose code holds {@code address}, or 0 (an
     * address in generated stubs or data): a binary search of the table, sorted by code address.
     */
    public static long methodContaining(long address) {
        long start = Magic.symbol(CallSiteLayout.METHODS);
        long low = 0;
        long high = (Magic.symbol(CallSiteLayout.METHODS_END) - start) / CallSiteLayout.METHOD_ENTRY_SIZE - 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            long method = start + middle * CallSiteLayout.METHOD_ENTRY_SIZE;
            long codeStart = relative(method + CallSiteLayout.METHOD_CODE_START_OFFSET);
            if (address < codeStart) {
                high = middle - 1;
            } else if (address >= codeStart + (Memory.loadInt(method + CallSiteLayout.METHOD_CODE_SIZE_AND_FLAGS_OFFSET)
                    & CallSiteLayout.METHOD_CODE_SIZE_MASK)) {
                low = middle + 1;
            } else {
                return method;
            }
        }
        return 0;
    }

    /**
     * A method-table entry as a stack trace names a frame whose line is unknown (the instruction
     * is not a call site): {@code Class.method(File.java)}, or {@code Unknown Source}.
     */
    public static String describeMethod(long method) {
        String file = methodFileName(method);
        return methodClassName(method) + "." + methodMethodName(method) + "(" + (file == null ? "Unknown Source" : file)
                + ")";
    }

    /** The class name (as Class.getName gives it) of a method-table entry. */
    public static String methodClassName(long method) {
        return ClassNames.name(methodClassDescriptor(method));
    }

    public static String methodMethodName(long method) {
        return ImageText.string(relative(method + CallSiteLayout.METHOD_NAME_OFFSET));
    }

    public static String methodFileName(long method) {
        long file = method + CallSiteLayout.FILE_NAME_OFFSET;
        return Memory.loadInt(file) == 0 ? null : ImageText.string(relative(file));
    }

    /** The flags of a method-table entry (CallSiteLayout.METHOD_RUNTIME, ...). */
    public static int methodFlags(long method) {
        return Memory.loadInt(method + CallSiteLayout.METHOD_CODE_SIZE_AND_FLAGS_OFFSET) & ~CallSiteLayout.METHOD_CODE_SIZE_MASK;
    }

    /** The descriptor of the class declaring a method-table entry's method. */
    public static long methodClassDescriptor(long method) {
        return relative(method + CallSiteLayout.CLASS_DESCRIPTOR_OFFSET);
    }

    public static String className(long entry) {
        return methodClassName(method(entry));
    }

    public static String methodName(long entry) {
        return methodMethodName(method(entry));
    }

    public static String fileName(long entry) {
        return methodFileName(method(entry));
    }
}
