package org.os2j.runtime;

/**
 * Stack probes and the guard zones they run into, declared once for the compiler
 * (backend/CodeGenerator emits the probes) and the runtime (linux/LinuxStack maps the zones and
 * turns a faulting probe into a StackOverflowError).
 *
 * <p>The main thread's stack, from its top down:
 * <pre>
 *   top            usable stack
 *   ...
 *   yellow end     yellow zone: protected (PROT_NONE) while no overflow is being handled; a probe
 *                  that faults here is a stack overflow, and handling it runs here
 *   red end        red zone: always protected; reaching it while the yellow zone is open (an
 *                  overflow while handling one) is fatal
 *   base
 * </pre>
 * Every compiled method that calls others, or whose frame is larger than
 * {@link #UNPROBED_FRAME_LIMIT}, writes the word {@link #PROBE_DISTANCE} bytes below its stack
 * pointer right after building its frame ({@code mov [rsp - PROBE_DISTANCE], eax}; larger frames
 * also probe every {@link #PROBE_STEP} bytes above that). A store rather than a load, as nothing
 * lives below RSP: a load whose value is unused may be dropped (valgrind's translator does). Each probe is a pseudo call site in the
 * call-site table: its end is a return address with the method's first line.
 *
 * <p>Invariant: a method whose probe succeeded has {@link #PROBE_DISTANCE} bytes of usable stack
 * below its frame, enough for any callee that does not probe (a leaf with a frame of at most
 * {@link #UNPROBED_FRAME_LIMIT}) and for outgoing arguments. So the only instructions that touch a
 * guard zone are probes, and at a probe the frame is complete: the handler can make it look as if
 * the method had called unwind/StackOverflows.raise from there.
 */
public final class StackLayout {
    /** How far below RSP a method's probe reads. */
    public static final int PROBE_DISTANCE = 16 * 1024;
    /** A frame larger than this is probed even when its method calls nothing. */
    public static final int UNPROBED_FRAME_LIMIT = 4 * 1024;
    /** The spacing of the extra probes of a frame larger than a page. */
    public static final int PROBE_STEP = 4 * 1024;
    /** The encoding of a probe: {@code 89 84 24 disp32} (MOV r/m32, r32 with [RSP + disp32]). */
    public static final int PROBE_LENGTH = 7;
    /** The first three bytes of a probe, read as a little-endian number. */
    public static final int PROBE_PREFIX = 0x248489;

    /** Bytes of the red zone; larger than PROBE_STEP, so no frame skips it. */
    public static final long RED_ZONE = 16 * 1024;
    /** Bytes of the yellow zone: the stack for creating, unwinding and reporting a StackOverflowError. */
    public static final long YELLOW_ZONE = 256 * 1024;

    private StackLayout() {
    }
}
