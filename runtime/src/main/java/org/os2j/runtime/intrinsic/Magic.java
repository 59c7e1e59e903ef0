package org.os2j.runtime.intrinsic;

import org.os2j.runtime.annotation.Intrinsic;

/**
 * Conversions between references and addresses, and the hooks the compiler binds per program.
 * These have no meaning on HotSpot, where they fail.
 */
public final class Magic {
    private Magic() {
    }

    /** The address of an object's header (its reference as a number). */
    @Intrinsic
    public static long addressOf(Object object) {
        throw new UnsupportedOperationException("Magic.addressOf runs only in os2j-compiled code");
    }

    /** The reference whose header is at {@code address}; the caller guarantees it is an object. */
    @Intrinsic
    public static Object toObject(long address) {
        throw new UnsupportedOperationException("Magic.toObject runs only in os2j-compiled code");
    }

    /** The address of element 0 of an array (of any element type). */
    @Intrinsic
    public static long arrayElements(Object array) {
        throw new UnsupportedOperationException("Magic.arrayElements runs only in os2j-compiled code");
    }

    /** The address of a class's descriptor in the image, for {@code Type.class} only. */
    @Intrinsic
    public static long descriptorOf(Class<?> type) {
        throw new UnsupportedOperationException("Magic.descriptorOf runs only in os2j-compiled code");
    }

    /** The running method's frame pointer (RBP): frames are linked through it (backend/FrameLayout). */
    @Intrinsic
    public static long framePointer() {
        throw new UnsupportedOperationException("Magic.framePointer runs only in os2j-compiled code");
    }

    /**
     * Continues at {@code address} in the frame whose frame pointer is {@code framePointer},
     * abandoning every frame below it (the unwinder's jump to a landing pad). Never returns.
     */
    @Intrinsic
    public static void resume(long framePointer, long address) {
        throw new UnsupportedOperationException("Magic.resume runs only in os2j-compiled code");
    }

    /** The address of the image symbol named by the string literal {@code name} (compiler metadata tables). */
    @Intrinsic
    public static long symbol(String name) {
        throw new UnsupportedOperationException("Magic.symbol runs only in os2j-compiled code");
    }

    /**
     * True in os2j-compiled code (a constant there, so the other branch disappears), false on
     * HotSpot: lets runtime code that also runs in host tests take a raw-memory fast path.
     */
    @Intrinsic
    public static boolean inCompiledCode() {
        return false;
    }

    /** Calls the code at {@code address}, which takes no arguments and returns a reference (enumValues:C). */
    @Intrinsic
    public static Object callAddressReturningObject(long address) {
        throw new UnsupportedOperationException("Magic.callAddressReturningObject runs only in os2j-compiled code");
    }

    /** Calls the code at {@code address}, which takes no arguments (a class initializer). */
    @Intrinsic
    public static void callAddress(long address) {
        throw new UnsupportedOperationException("Magic.callAddress runs only in os2j-compiled code");
    }

    /** Calls the program's {@code main(String[])}: the compiler binds it to the --main class. */
    @Intrinsic
    public static void invokeMain(String[] arguments) {
        throw new UnsupportedOperationException("Magic.invokeMain runs only in os2j-compiled code");
    }
}
