package org.os2j.runtime;

import java.lang.invoke.VarHandle;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Memory operations at an object offset: those of the VarHandles the compiler resolves at compile
 * time (compiler classes/VarHandleLowering), and the bodies of Unsafe's substituted natives. An
 * access {@code FIELD.mode(object, values...)} becomes {@code mode<Kind>(FIELD, object, values...,
 * offset)} for an instance field, and {@code arrayMode<Kind>(FIELD, array, index, values...)} for
 * array elements (null and bounds checked, as VarHandles check them). The VarHandle argument is
 * ignored (its field holds null); a null base means an absolute address (Unsafe's convention). One
 * thread runs Java code, so every access mode is a plain access: a compare-and-set is a load, a
 * compare and a store; floating-point values compare by their bits, as VarHandles do. One method
 * per operation and kind, for the compiler to call by name.
 */
public final class VarHandleAccess {
    private VarHandleAccess() {
    }

    /** VarHandle.fullFence and the other fences: x86-64 with one thread needs none. */
    public static void fence() {
    }

    /** The address Unsafe and VarHandles mean: an offset in {@code base}, or an absolute address when it is null. */
    private static long address(Object base, long offset) {
        return base == null ? offset : Magic.addressOf(base) + offset;
    }

    /** The offset of element {@code index} of {@code array} (elements of 2^shift bytes), null and bounds checked. */
    private static long elementOffset(Object array, int index, int shift) {
        if (array == null) {
            throw new NullPointerException();
        }
        int length = Memory.loadInt(Magic.addressOf(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        if (index < 0 || index >= length) {
            ImplicitExceptions.arrayIndexOutOfBounds(index, length);
        }
        return ObjectLayout.ARRAY_ELEMENTS_OFFSET + ((long) index << shift);
    }

    // ---- boolean ----

    public static boolean getBoolean(VarHandle handle, Object base, long offset) {
        return Memory.loadByte(address(base, offset)) != 0;
    }

    public static void setBoolean(VarHandle handle, Object base, boolean value, long offset) {
        Memory.storeByte(address(base, offset), (byte) (value ? 1 : 0));
    }

    public static boolean compareAndSetBoolean(VarHandle handle, Object base, boolean expected, boolean value, long offset) {
        long address = address(base, offset);
        if (!(Memory.loadByte(address) != 0 == expected)) {
            return false;
        }
        Memory.storeByte(address, (byte) (value ? 1 : 0));
        return true;
    }

    public static boolean compareAndExchangeBoolean(VarHandle handle, Object base, boolean expected, boolean value, long offset) {
        long address = address(base, offset);
        boolean witness = Memory.loadByte(address) != 0;
        if (witness == expected) {
            Memory.storeByte(address, (byte) (value ? 1 : 0));
        }
        return witness;
    }

    public static boolean getAndSetBoolean(VarHandle handle, Object base, boolean value, long offset) {
        long address = address(base, offset);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (value ? 1 : 0));
        return previous;
    }

    public static boolean getAndBitwiseOrBoolean(VarHandle handle, Object base, boolean mask, long offset) {
        long address = address(base, offset);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (previous | mask ? 1 : 0));
        return previous;
    }

    public static boolean getAndBitwiseAndBoolean(VarHandle handle, Object base, boolean mask, long offset) {
        long address = address(base, offset);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (previous & mask ? 1 : 0));
        return previous;
    }

    public static boolean getAndBitwiseXorBoolean(VarHandle handle, Object base, boolean mask, long offset) {
        long address = address(base, offset);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (previous ^ mask ? 1 : 0));
        return previous;
    }

    public static boolean arrayGetBoolean(VarHandle handle, Object array, int index) {
        return getBoolean(handle, array, elementOffset(array, index, 0));
    }

    public static void arraySetBoolean(VarHandle handle, Object array, int index, boolean value) {
        setBoolean(handle, array, value, elementOffset(array, index, 0));
    }

    public static boolean arrayCompareAndSetBoolean(VarHandle handle, Object array, int index, boolean expected, boolean value) {
        return compareAndSetBoolean(handle, array, expected, value, elementOffset(array, index, 0));
    }

    public static boolean arrayCompareAndExchangeBoolean(VarHandle handle, Object array, int index, boolean expected, boolean value) {
        return compareAndExchangeBoolean(handle, array, expected, value, elementOffset(array, index, 0));
    }

    public static boolean arrayGetAndSetBoolean(VarHandle handle, Object array, int index, boolean value) {
        return getAndSetBoolean(handle, array, value, elementOffset(array, index, 0));
    }

    public static boolean arrayGetAndBitwiseOrBoolean(VarHandle handle, Object array, int index, boolean mask) {
        return getAndBitwiseOrBoolean(handle, array, mask, elementOffset(array, index, 0));
    }

    public static boolean arrayGetAndBitwiseAndBoolean(VarHandle handle, Object array, int index, boolean mask) {
        return getAndBitwiseAndBoolean(handle, array, mask, elementOffset(array, index, 0));
    }

    public static boolean arrayGetAndBitwiseXorBoolean(VarHandle handle, Object array, int index, boolean mask) {
        return getAndBitwiseXorBoolean(handle, array, mask, elementOffset(array, index, 0));
    }

    // ---- byte ----

    public static byte getByte(VarHandle handle, Object base, long offset) {
        return Memory.loadByte(address(base, offset));
    }

    public static void setByte(VarHandle handle, Object base, byte value, long offset) {
        Memory.storeByte(address(base, offset), value);
    }

    public static byte arrayGetByte(VarHandle handle, Object array, int index) {
        return getByte(handle, array, elementOffset(array, index, 0));
    }

    public static void arraySetByte(VarHandle handle, Object array, int index, byte value) {
        setByte(handle, array, value, elementOffset(array, index, 0));
    }

    // ---- short ----

    public static short getShort(VarHandle handle, Object base, long offset) {
        return Memory.loadShort(address(base, offset));
    }

    public static void setShort(VarHandle handle, Object base, short value, long offset) {
        Memory.storeShort(address(base, offset), value);
    }

    public static short arrayGetShort(VarHandle handle, Object array, int index) {
        return getShort(handle, array, elementOffset(array, index, 1));
    }

    public static void arraySetShort(VarHandle handle, Object array, int index, short value) {
        setShort(handle, array, value, elementOffset(array, index, 1));
    }

    // ---- char ----

    public static char getChar(VarHandle handle, Object base, long offset) {
        return Memory.loadChar(address(base, offset));
    }

    public static void setChar(VarHandle handle, Object base, char value, long offset) {
        Memory.storeChar(address(base, offset), value);
    }

    public static char arrayGetChar(VarHandle handle, Object array, int index) {
        return getChar(handle, array, elementOffset(array, index, 1));
    }

    public static void arraySetChar(VarHandle handle, Object array, int index, char value) {
        setChar(handle, array, value, elementOffset(array, index, 1));
    }

    // ---- int ----

    public static int getInt(VarHandle handle, Object base, long offset) {
        return Memory.loadInt(address(base, offset));
    }

    public static void setInt(VarHandle handle, Object base, int value, long offset) {
        Memory.storeInt(address(base, offset), value);
    }

    public static boolean compareAndSetInt(VarHandle handle, Object base, int expected, int value, long offset) {
        long address = address(base, offset);
        if (!(Memory.loadInt(address) == expected)) {
            return false;
        }
        Memory.storeInt(address, value);
        return true;
    }

    public static int compareAndExchangeInt(VarHandle handle, Object base, int expected, int value, long offset) {
        long address = address(base, offset);
        int witness = Memory.loadInt(address);
        if (witness == expected) {
            Memory.storeInt(address, value);
        }
        return witness;
    }

    public static int getAndSetInt(VarHandle handle, Object base, int value, long offset) {
        long address = address(base, offset);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, value);
        return previous;
    }

    public static int getAndAddInt(VarHandle handle, Object base, int delta, long offset) {
        long address = address(base, offset);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, (int) (previous + delta));
        return previous;
    }

    public static int getAndBitwiseOrInt(VarHandle handle, Object base, int mask, long offset) {
        long address = address(base, offset);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, previous | mask);
        return previous;
    }

    public static int getAndBitwiseAndInt(VarHandle handle, Object base, int mask, long offset) {
        long address = address(base, offset);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, previous & mask);
        return previous;
    }

    public static int getAndBitwiseXorInt(VarHandle handle, Object base, int mask, long offset) {
        long address = address(base, offset);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, previous ^ mask);
        return previous;
    }

    public static int arrayGetInt(VarHandle handle, Object array, int index) {
        return getInt(handle, array, elementOffset(array, index, 2));
    }

    public static void arraySetInt(VarHandle handle, Object array, int index, int value) {
        setInt(handle, array, value, elementOffset(array, index, 2));
    }

    public static boolean arrayCompareAndSetInt(VarHandle handle, Object array, int index, int expected, int value) {
        return compareAndSetInt(handle, array, expected, value, elementOffset(array, index, 2));
    }

    public static int arrayCompareAndExchangeInt(VarHandle handle, Object array, int index, int expected, int value) {
        return compareAndExchangeInt(handle, array, expected, value, elementOffset(array, index, 2));
    }

    public static int arrayGetAndSetInt(VarHandle handle, Object array, int index, int value) {
        return getAndSetInt(handle, array, value, elementOffset(array, index, 2));
    }

    public static int arrayGetAndAddInt(VarHandle handle, Object array, int index, int delta) {
        return getAndAddInt(handle, array, delta, elementOffset(array, index, 2));
    }

    public static int arrayGetAndBitwiseOrInt(VarHandle handle, Object array, int index, int mask) {
        return getAndBitwiseOrInt(handle, array, mask, elementOffset(array, index, 2));
    }

    public static int arrayGetAndBitwiseAndInt(VarHandle handle, Object array, int index, int mask) {
        return getAndBitwiseAndInt(handle, array, mask, elementOffset(array, index, 2));
    }

    public static int arrayGetAndBitwiseXorInt(VarHandle handle, Object array, int index, int mask) {
        return getAndBitwiseXorInt(handle, array, mask, elementOffset(array, index, 2));
    }

    // ---- long ----

    public static long getLong(VarHandle handle, Object base, long offset) {
        return Memory.loadLong(address(base, offset));
    }

    public static void setLong(VarHandle handle, Object base, long value, long offset) {
        Memory.storeLong(address(base, offset), value);
    }

    public static boolean compareAndSetLong(VarHandle handle, Object base, long expected, long value, long offset) {
        long address = address(base, offset);
        if (!(Memory.loadLong(address) == expected)) {
            return false;
        }
        Memory.storeLong(address, value);
        return true;
    }

    public static long compareAndExchangeLong(VarHandle handle, Object base, long expected, long value, long offset) {
        long address = address(base, offset);
        long witness = Memory.loadLong(address);
        if (witness == expected) {
            Memory.storeLong(address, value);
        }
        return witness;
    }

    public static long getAndSetLong(VarHandle handle, Object base, long value, long offset) {
        long address = address(base, offset);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, value);
        return previous;
    }

    public static long getAndAddLong(VarHandle handle, Object base, long delta, long offset) {
        long address = address(base, offset);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, (long) (previous + delta));
        return previous;
    }

    public static long getAndBitwiseOrLong(VarHandle handle, Object base, long mask, long offset) {
        long address = address(base, offset);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, previous | mask);
        return previous;
    }

    public static long getAndBitwiseAndLong(VarHandle handle, Object base, long mask, long offset) {
        long address = address(base, offset);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, previous & mask);
        return previous;
    }

    public static long getAndBitwiseXorLong(VarHandle handle, Object base, long mask, long offset) {
        long address = address(base, offset);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, previous ^ mask);
        return previous;
    }

    public static long arrayGetLong(VarHandle handle, Object array, int index) {
        return getLong(handle, array, elementOffset(array, index, 3));
    }

    public static void arraySetLong(VarHandle handle, Object array, int index, long value) {
        setLong(handle, array, value, elementOffset(array, index, 3));
    }

    public static boolean arrayCompareAndSetLong(VarHandle handle, Object array, int index, long expected, long value) {
        return compareAndSetLong(handle, array, expected, value, elementOffset(array, index, 3));
    }

    public static long arrayCompareAndExchangeLong(VarHandle handle, Object array, int index, long expected, long value) {
        return compareAndExchangeLong(handle, array, expected, value, elementOffset(array, index, 3));
    }

    public static long arrayGetAndSetLong(VarHandle handle, Object array, int index, long value) {
        return getAndSetLong(handle, array, value, elementOffset(array, index, 3));
    }

    public static long arrayGetAndAddLong(VarHandle handle, Object array, int index, long delta) {
        return getAndAddLong(handle, array, delta, elementOffset(array, index, 3));
    }

    public static long arrayGetAndBitwiseOrLong(VarHandle handle, Object array, int index, long mask) {
        return getAndBitwiseOrLong(handle, array, mask, elementOffset(array, index, 3));
    }

    public static long arrayGetAndBitwiseAndLong(VarHandle handle, Object array, int index, long mask) {
        return getAndBitwiseAndLong(handle, array, mask, elementOffset(array, index, 3));
    }

    public static long arrayGetAndBitwiseXorLong(VarHandle handle, Object array, int index, long mask) {
        return getAndBitwiseXorLong(handle, array, mask, elementOffset(array, index, 3));
    }

    // ---- float ----

    public static float getFloat(VarHandle handle, Object base, long offset) {
        return Float.intBitsToFloat(Memory.loadInt(address(base, offset)));
    }

    public static void setFloat(VarHandle handle, Object base, float value, long offset) {
        Memory.storeInt(address(base, offset), Float.floatToRawIntBits(value));
    }

    public static float arrayGetFloat(VarHandle handle, Object array, int index) {
        return getFloat(handle, array, elementOffset(array, index, 2));
    }

    public static void arraySetFloat(VarHandle handle, Object array, int index, float value) {
        setFloat(handle, array, value, elementOffset(array, index, 2));
    }

    // ---- double ----

    public static double getDouble(VarHandle handle, Object base, long offset) {
        return Double.longBitsToDouble(Memory.loadLong(address(base, offset)));
    }

    public static void setDouble(VarHandle handle, Object base, double value, long offset) {
        Memory.storeLong(address(base, offset), Double.doubleToRawLongBits(value));
    }

    public static double arrayGetDouble(VarHandle handle, Object array, int index) {
        return getDouble(handle, array, elementOffset(array, index, 3));
    }

    public static void arraySetDouble(VarHandle handle, Object array, int index, double value) {
        setDouble(handle, array, value, elementOffset(array, index, 3));
    }

    // ---- Object ----

    public static Object getReference(VarHandle handle, Object base, long offset) {
        return Magic.toObject(Memory.loadLong(address(base, offset)));
    }

    public static void setReference(VarHandle handle, Object base, Object value, long offset) {
        Memory.storeLong(address(base, offset), Magic.addressOf(value));
    }

    public static boolean compareAndSetReference(VarHandle handle, Object base, Object expected, Object value, long offset) {
        long address = address(base, offset);
        if (!(Magic.toObject(Memory.loadLong(address)) == expected)) {
            return false;
        }
        Memory.storeLong(address, Magic.addressOf(value));
        return true;
    }

    public static Object compareAndExchangeReference(VarHandle handle, Object base, Object expected, Object value, long offset) {
        long address = address(base, offset);
        Object witness = Magic.toObject(Memory.loadLong(address));
        if (witness == expected) {
            Memory.storeLong(address, Magic.addressOf(value));
        }
        return witness;
    }

    public static Object getAndSetReference(VarHandle handle, Object base, Object value, long offset) {
        long address = address(base, offset);
        Object previous = Magic.toObject(Memory.loadLong(address));
        Memory.storeLong(address, Magic.addressOf(value));
        return previous;
    }

    public static Object arrayGetReference(VarHandle handle, Object array, int index) {
        return getReference(handle, array, elementOffset(array, index, 3));
    }

    public static void arraySetReference(VarHandle handle, Object array, int index, Object value) {
        setReference(handle, array, value, elementOffset(array, index, 3));
    }

    public static boolean arrayCompareAndSetReference(VarHandle handle, Object array, int index, Object expected, Object value) {
        return compareAndSetReference(handle, array, expected, value, elementOffset(array, index, 3));
    }

    public static Object arrayCompareAndExchangeReference(VarHandle handle, Object array, int index, Object expected, Object value) {
        return compareAndExchangeReference(handle, array, expected, value, elementOffset(array, index, 3));
    }

    public static Object arrayGetAndSetReference(VarHandle handle, Object array, int index, Object value) {
        return getAndSetReference(handle, array, value, elementOffset(array, index, 3));
    }
}
