package org.os2j.runtime.unwind;

import org.os2j.runtime.CallSiteLayout;
import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * Stack traces from frames: a Throwable records the return addresses of the frames above its
 * creation (Throwable.fillInStackTrace), and they become StackTraceElements on demand, named and
 * numbered from the call-site table ({@link CallSites}). The runtime's own frames are left out
 * (the helpers that throw implicit exceptions, class initialization, the start routine below
 * main: HotSpot does these in the JVM), and, as HotSpot does, the frames that create the
 * exception: fillInStackTrace and the constructors of the exception's class and superclasses.
 */
public final class StackTraces {
    private StackTraces() {
    }

    /** HotSpot's MaxJavaStackTraceDepth: a trace keeps the innermost 1024 frames. */
    static final int MAXIMUM_DEPTH = 1024;

    /** The return addresses of the frames above the creation of {@code throwable}, innermost first. */
    public static long[] capture(Throwable throwable) {
        long[] addresses = new long[16];
        int count = 0;
        boolean skipping = true;
        for (long frame = Magic.framePointer(); frame != 0 && count < MAXIMUM_DEPTH; frame = Memory.loadLong(frame)) {
            long returnAddress = Memory.loadLong(frame + 8);
            long entry = CallSites.find(returnAddress);
            if (entry == 0) {
                continue; // Code without metadata: the entry point and class-initialization routines.
            }
            int flags = CallSites.flags(entry);
            if ((flags & CallSiteLayout.METHOD_RUNTIME) != 0) {
                continue; // The virtual machine's own frames (HotSpot has none in Java).
            }
            if (skipping && isCreationFrame(entry, flags, throwable)) {
                continue;
            }
            skipping = false;
            if (count == addresses.length) {
                long[] larger = new long[count * 2];
                System.arraycopy(addresses, 0, larger, 0, count);
                addresses = larger;
            }
            addresses[count++] = returnAddress;
        }
        long[] result = new long[count];
        System.arraycopy(addresses, 0, result, 0, count);
        return result;
    }

    private static boolean isCreationFrame(long entry, int flags, Throwable throwable) {
        if ((flags & CallSiteLayout.METHOD_FILL_IN_STACK_TRACE) != 0) {
            return true;
        }
        if ((flags & CallSiteLayout.METHOD_CONSTRUCTOR) == 0) {
            return false;
        }
        long declaring = CallSites.classDescriptor(entry);
        long type = Memory.loadLong(Magic.addressOf(throwable) + ObjectLayout.DESCRIPTOR_OFFSET);
        for (; type != 0; type = Memory.loadLong(type + ClassDescriptorLayout.SUPER_OFFSET)) {
            if (type == declaring) {
                return true;
            }
        }
        return false;
    }

    /** The elements of {@code depth} recorded return addresses, as HotSpot formats them. */
    public static StackTraceElement[] elements(long[] addresses, int depth) {
        StackTraceElement[] elements = new StackTraceElement[depth];
        for (int i = 0; i < depth; i++) {
            long entry = CallSites.find(addresses[i]);
            String className = CallSites.className(entry);
            int line = CallSites.line(entry);
            elements[i] = new StackTraceElement(null, isJdk(className) ? "java.base" : null, null, className,
                    CallSites.methodName(entry), CallSites.fileName(entry), line > 0 ? line : -1);
        }
        return elements;
    }

    /** Classes of the JDK, which HotSpot prints with their module (java.base). */
    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.");
    }
}
