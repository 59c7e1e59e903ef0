package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * Class initialization (JVMS 5.5), single-threaded: each class's state byte (the compiler's
 * {@code initialized:C}) is {@link #NOT_STARTED}, {@link #STARTED} (in progress or done: a
 * recursive request returns at once, step 3) or {@link #ERRONEOUS}. Initializing runs the
 * superclass's initialization first (step 7; interfaces are not initialized), then
 * {@code <clinit>} (step 9). An exception that is not an Error is wrapped in
 * ExceptionInInitializerError (step 11); either way the class becomes erroneous, and every later
 * use throws NoClassDefFoundError "Could not initialize class C", whose cause records the first
 * failure as HotSpot 17 records it.
 *
 * <p>Compiled code tests the state byte inline and calls the generated {@code initialize:C}
 * routine, which calls {@link #initialize}, only when it is not STARTED.
 */
public final class ClassInitialization {
    public static final byte NOT_STARTED = 0;
    public static final byte STARTED = 1;
    public static final byte ERRONEOUS = 2;

    /** Classes whose initialization failed, and the error their later uses report as the cause. */
    private static long[] failedClasses;
    private static Throwable[] failures;
    private static int failedCount;

    private ClassInitialization() {
    }

    /**
     * Initializes the class whose state byte is at {@code state} and descriptor at {@code descriptor}:
     * {@code superclassInitializer} is the code of the superclass's initialize routine or 0,
     * {@code classInitializer} the code of {@code <clinit>} or 0.
     */
    public static void initialize(long state, long superclassInitializer, long classInitializer, long descriptor) {
        byte current = Memory.loadByte(state);
        if (current == STARTED) {
            return;
        }
        if (current == ERRONEOUS) {
            NoClassDefFoundError error = new NoClassDefFoundError("Could not initialize class " + nameOf(descriptor));
            Throwable first = failureOf(descriptor);
            if (first != null) {
                error.initCause(first);
            }
            throw error;
        }
        Memory.storeByte(state, STARTED);
        try {
            if (superclassInitializer != 0) {
                Magic.callAddress(superclassInitializer);
            }
            if (classInitializer != 0) {
                Magic.callAddress(classInitializer);
            }
        } catch (Throwable thrown) {
            Memory.storeByte(state, ERRONEOUS);
            recordFailure(descriptor, thrown);
            if (thrown instanceof Error error) {
                throw error;
            }
            throw new ExceptionInInitializerError(thrown);
        }
    }

    /** HotSpot 17 keeps an ExceptionInInitializerError describing the first failure, with its stack trace. */
    private static void recordFailure(long descriptor, Throwable thrown) {
        ExceptionInInitializerError record = new ExceptionInInitializerError(
                "Exception " + thrown + " [in thread \"main\"]");
        record.setStackTrace(thrown.getStackTrace());
        if (failedClasses == null || failedCount == failedClasses.length) {
            long[] classes = new long[failedCount * 2 + 4];
            Throwable[] errors = new Throwable[failedCount * 2 + 4];
            for (int i = 0; i < failedCount; i++) {
                classes[i] = failedClasses[i];
                errors[i] = failures[i];
            }
            failedClasses = classes;
            failures = errors;
        }
        failedClasses[failedCount] = descriptor;
        failures[failedCount++] = record;
    }

    private static Throwable failureOf(long descriptor) {
        for (int i = 0; i < failedCount; i++) {
            if (failedClasses[i] == descriptor) {
                return failures[i];
            }
        }
        return null;
    }

    private static String nameOf(long descriptor) {
        return ClassNames.name(descriptor);
    }
}
