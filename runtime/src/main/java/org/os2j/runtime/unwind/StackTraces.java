package org.os2j.runtime.unwind;

import org.os2j.runtime.CallSiteLayout;
import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * Stack traces from frames: a Throwable records the return addresses of the frames above its
 * creation (Throwable.fillInStackTrace), preceded, for code inlined into a frame, by the entries
 * of its inlined frames, and they become StackTraceElements on demand, named and numbered from
 * the call-site and inlined-frame tables ({@link CallSites}). The runtime's own frames are left out
 * (the helpers that throw implicit exceptions, class initialization, the start routine below
 * main: HotSpot does these in the JVM), and, as HotSpot does, the frames that create the
 * exception: fillInStackTrace and the constructors of the exception's class and superclasses.
 */
public final class StackTraces {
    private StackTraces() {
    }

    /** HotSpot's MaxJavaStackTraceDepth: a trace keeps the innermost 1024 frames. */
    static final int MAXIMUM_DEPTH = 1024;

    /**
     * The frames above the creation of {@code throwable}, innermost first: for each compiled
     * frame, its inlined frames (their inlined-frame entries, innermost first), then its return
     * address, so that every Java frame is one element (CallSites.isInlinedFrame tells them apart).
     */
    public static long[] capture(Throwable throwable) {
        Frames frames = new Frames(throwable);
        for (long frame = Magic.framePointer(); frame != 0 && frames.count < MAXIMUM_DEPTH; frame = Memory.loadLong(frame)) {
            long returnAddress = Memory.loadLong(frame + 8);
            long entry = CallSites.find(returnAddress);
            if (entry == 0) {
                continue; // Code without metadata: the entry point and class-initialization routines.
            }
            for (long inlined = CallSites.innermostInlinedFrame(entry); inlined != 0 && frames.count < MAXIMUM_DEPTH;
                    inlined = CallSites.outerInlinedFrame(inlined)) {
                frames.add(inlined, CallSites.inlinedMethod(inlined));
            }
            if (frames.count < MAXIMUM_DEPTH) {
                frames.add(returnAddress, CallSites.method(entry));
            }
        }
        return frames.result();
    }

    /** The frames recorded so far, and whether the creation frames at the top are still being skipped. */
    private static final class Frames {
        private final Throwable throwable;
        private long[] addresses = new long[16];
        int count;
        private boolean skipping = true;

        Frames(Throwable throwable) {
            this.throwable = throwable;
        }

        /** Records a frame of {@code method} (a method-table entry) unless stack traces leave it out. */
        void add(long address, long method) {
            int flags = CallSites.methodFlags(method);
            if ((flags & CallSiteLayout.METHOD_RUNTIME) != 0) {
                return; // The virtual machine's own frames (HotSpot has none in Java).
            }
            if (skipping && isCreationFrame(method, flags, throwable)) {
                return;
            }
            skipping = false;
            if (count == addresses.length) {
                long[] larger = new long[count * 2];
                System.arraycopy(addresses, 0, larger, 0, count);
                addresses = larger;
            }
            addresses[count++] = address;
        }

        long[] result() {
            long[] result = new long[count];
            System.arraycopy(addresses, 0, result, 0, count);
            return result;
        }
    }

    private static boolean isCreationFrame(long method, int flags, Throwable throwable) {
        if ((flags & CallSiteLayout.METHOD_FILL_IN_STACK_TRACE) != 0) {
            return true;
        }
        if ((flags & CallSiteLayout.METHOD_CONSTRUCTOR) == 0) {
            return false;
        }
        long declaring = CallSites.methodClassDescriptor(method);
        long type = Memory.loadLong(Magic.addressOf(throwable) + ObjectLayout.DESCRIPTOR_OFFSET);
        for (; type != 0; type = Memory.loadLong(type + ClassDescriptorLayout.SUPER_OFFSET)) {
            if (type == declaring) {
                return true;
            }
        }
        return false;
    }

    /** The elements of the first {@code depth} recorded frames (see {@link #capture}), as HotSpot formats them. */
    public static StackTraceElement[] elements(long[] frames, int depth) {
        StackTraceElement[] elements = new StackTraceElement[depth];
        for (int i = 0; i < depth; i++) {
            long method;
            int line;
            if (CallSites.isInlinedFrame(frames[i])) {
                method = CallSites.inlinedMethod(frames[i]);
                line = CallSites.inlinedLine(frames[i]);
            } else {
                long entry = CallSites.find(frames[i]);
                method = CallSites.method(entry);
                line = CallSites.line(entry);
            }
            String className = CallSites.methodClassName(method);
            elements[i] = new StackTraceElement(null, isJdk(className) ? "java.base" : null, null, className,
                    CallSites.methodMethodName(method), CallSites.methodFileName(method), line > 0 ? line : -1);
        }
        return elements;
    }

    /** Classes of the JDK, which HotSpot prints with their module (java.base). */
    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.");
    }
}
