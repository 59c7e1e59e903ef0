package org.os2j.runtime;

/**
 * The compiler's metadata tables, declared once for the compiler (layout/CallSiteTable, which
 * emits them) and the runtime (unwind/, which reads them).
 *
 * <p>The <b>call-site table</b> (symbols {@link #TABLE_START} to {@link #TABLE_END}) has one entry
 * per call in compiled code, sorted by return address: stack traces find the method and line of a
 * frame from the return address its callee saved, the collector its stack map.
 * <pre>
 *  offset  0: return address, as a signed offset from this field (int32)
 *  offset  4: source line, 0 when unknown (int16); negative in inlined code: -(k + 1), where k
 *             is the inlined-frame entry of the innermost inlined method; {@link #WIDE_LINE} when
 *             the line field or the stack map's offset does not fit here: both are then in the
 *             entry for the same return address in the wide table
 *  offset  6: the byte offset of the call's stack map in the stack-map table, divided by 4
 *             (uint16; maps are 4-byte aligned)
 * </pre>
 * The <b>wide call-site table</b> ({@link #WIDE_TABLE} to {@link #WIDE_TABLE_END}, sorted by
 * return address too) holds the rare call sites whose fields need 32 bits: a line past 32767 or an
 * inlined-frame index past 32766, a stack map past 256 KB of maps.
 * <pre>
 *  offset  0: return address, self-relative (int32)
 *  offset  4: line field (int32), as above
 *  offset  8: byte offset of the stack map (int32)
 * </pre>
 * The <b>inlined-frame table</b> ({@link #INLINED_FRAMES} to {@link #INLINED_FRAMES_END}) names the
 * methods whose code a compiled method holds by inlining, one entry per distinct frame chain
 * link, so that a call site in inlined code still shows every Java frame, as HotSpot's do:
 * <pre>
 *  offset  0: the inlined method's method-table entry (int32, self-relative)
 *  offset  4: the line in it (int32, 0 when unknown)
 *  offset  8: the next frame out, encoded as a call site's line field: a line of the method
 *             holding the code when it is 0 or more, else -(j + 1) for inlined-frame entry j
 * </pre>
 * Addresses are self-relative (R_X86_64_PC32) so that the table needs no load-time relocation
 * and an entry is 8 bytes; the method of an entry is the method-table entry whose code holds the
 * return address (a second binary search, only on the paths that name frames).
 * The <b>landing-pad table</b> ({@link #LANDING_PADS} to {@link #LANDING_PADS_END}) has an entry
 * only for the calls a handler covers (a few percent of them), sorted by return address too: the
 * unwinder searches it for each frame an exception passes.
 * <pre>
 *  offset  0: return address, self-relative (int32)
 *  offset  4: landing pad address, self-relative (int32)
 * </pre>
 * The <b>stack-map table</b> ({@link #STACK_MAPS}) holds, per call site, an int32 count then that
 * many int32 offsets from the caller's RBP of the frame slots that hold a live reference during
 * the call (a register's save slot, or a spill slot): the roots a precise collector reads. A call
 * without live references points at a shared empty map.
 * The <b>method table</b> ({@link #METHODS}) has one entry per compiled method, its addresses
 * self-relative as the call sites' are:
 * <pre>
 *  offset  0: address of the method's first instruction (int32, self-relative)
 *  offset  4: size of its code in bytes in the low 24 bits ({@link #METHOD_CODE_SIZE_MASK}), and
 *             flags above them: METHOD_RUNTIME, METHOD_CONSTRUCTOR, METHOD_FILL_IN_STACK_TRACE
 *  offset  8: method name (image text, {@link TextLayout}; int32, self-relative)
 *  offset 12: source file name (image text; int32, self-relative), 0 when the class has none
 *  offset 16: descriptor of the declaring class (int32, self-relative), whose name is the
 *             class name stack traces print (ClassNames)
 * </pre>
 * sorted by code address, up to {@link #METHODS_END}.
 * Invariant: every return address in the table is inside the method its entry names.
 */
public final class CallSiteLayout {
    public static final String TABLE_START = "os2j.callsites";
    public static final String TABLE_END = "os2j.callsites.end";
    public static final String METHODS = "os2j.methods";

    public static final int ENTRY_SIZE = 8;
    public static final int RETURN_ADDRESS_OFFSET = 0;
    public static final int LINE_OFFSET = 4;
    public static final int STACK_MAP_OFFSET = 6;
    /** The line field of an entry whose fields are in the wide table. */
    public static final short WIDE_LINE = Short.MIN_VALUE;
    /** Stack maps are 4-byte aligned; an entry holds a map's offset divided by this. */
    public static final int STACK_MAP_ALIGNMENT = 4;

    public static final String WIDE_TABLE = "os2j.callsites.wide";
    public static final String WIDE_TABLE_END = "os2j.callsites.wide.end";
    public static final int WIDE_ENTRY_SIZE = 12;
    public static final int WIDE_LINE_OFFSET = 4;
    public static final int WIDE_STACK_MAP_OFFSET = 8;

    public static final String INLINED_FRAMES = "os2j.inlined";
    public static final String INLINED_FRAMES_END = "os2j.inlined.end";
    public static final int INLINED_ENTRY_SIZE = 12;
    public static final int INLINED_METHOD_OFFSET = 0;
    public static final int INLINED_LINE_OFFSET = 4;
    public static final int INLINED_OUTER_OFFSET = 8;

    public static final String LANDING_PADS = "os2j.landingpads";
    public static final String LANDING_PADS_END = "os2j.landingpads.end";
    public static final int LANDING_PAD_ENTRY_SIZE = 8;
    /** The return address is at offset 0, as in a call-site entry. */
    public static final int LANDING_PAD_OFFSET = 4;
    public static final String STACK_MAPS = "os2j.stackmaps";

    public static final String METHODS_END = "os2j.methods.end";
    public static final int METHOD_ENTRY_SIZE = 20;
    /** The method's code: its first byte, and its size (the table is sorted by code address). */
    public static final int METHOD_CODE_START_OFFSET = 0;
    public static final int METHOD_CODE_SIZE_AND_FLAGS_OFFSET = 4;
    public static final int METHOD_NAME_OFFSET = 8;
    public static final int FILE_NAME_OFFSET = 12;
    public static final int CLASS_DESCRIPTOR_OFFSET = 16;
    /** The code size's bits of the size-and-flags field; a method's code is smaller than 16 MB. */
    public static final int METHOD_CODE_SIZE_MASK = 0xFFFFFF;

    /** A method of the virtual machine's own code (org.os2j.runtime), which stack traces leave out. */
    public static final int METHOD_RUNTIME = 1 << 24;
    /** An instance initializer ({@code <init>}). */
    public static final int METHOD_CONSTRUCTOR = 2 << 24;
    /** A method named fillInStackTrace (Throwable's, or an override such as NullPointerException's). */
    public static final int METHOD_FILL_IN_STACK_TRACE = 4 << 24;

    private CallSiteLayout() {
    }
}
