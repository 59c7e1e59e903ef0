package org.os2j.runtime;

import java.lang.invoke.VarHandle;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * The operations of VarHandles the compiler resolved at compile time (compiler
 * classes/VarHandleLowering): an access {@code FIELD.mode(object, values...)} becomes
 * {@code mode<Kind>(FIELD, object, values..., offset)} for an instance field, and
 * {@code arrayMode<Kind>(FIELD, array, index, values...)} for array elements (bounds checked,
 * as VarHandles check them). The VarHandle argument is ignored (its field holds null). One thread
 * runs Java code, so every access mode is a plain access: a compare-and-set is a load, a compare
 * and a store; floating-point values compare by their bits, as VarHandles do. Generated into this
 * shape, one method per operation and kind, for the compiler to call by name.
 */
public final class VarHandleAccess {
    private VarHandleAccess() {
    }

    /** VarHandle.fullFence and the other fences: x86-64 with one thread needs none. */
    public static void fence() {
    }

    private static long address(Object base, long offset) {
        return Magic.addressOf(base) + offset;
    }

    /** The address of element {@code index} of {@code array} (elements of 2^shift bytes), bounds checked. */
    private static long element(Object array, int index, int shift) {
        if (array == null) {
            throw new NullPointerException();
        }
        long elements = Magic.arrayElements(array);
        int length = Memory.loadInt(Magic.addressOf(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        if (index < 0 || index >= length) {
            ImplicitExceptions.arrayIndexOutOfBounds(index, length);
        }
        return elements + ((long) index << shift);
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
        return Memory.loadByte(element(array, index, 0)) != 0;
    }

    public static void arraySetBoolean(VarHandle handle, Object array, int index, boolean value) {
        Memory.storeByte(element(array, index, 0), (byte) (value ? 1 : 0));
    }

    public static boolean arrayCompareAndSetBoolean(VarHandle handle, Object array, int index, boolean expected, boolean value) {
        long address = element(array, index, 0);
        if (!(Memory.loadByte(address) != 0 == expected)) {
            return false;
        }
        Memory.storeByte(address, (byte) (value ? 1 : 0));
        return true;
    }

    public static boolean arrayCompareAndExchangeBoolean(VarHandle handle, Object array, int index, boolean expected, boolean value) {
        long address = element(array, index, 0);
        boolean witness = Memory.loadByte(address) != 0;
        if (witness == expected) {
            Memory.storeByte(address, (byte) (value ? 1 : 0));
        }
        return witness;
    }

    public static boolean arrayGetAndSetBoolean(VarHandle handle, Object array, int index, boolean value) {
        long address = element(array, index, 0);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (value ? 1 : 0));
        return previous;
    }

    public static boolean arrayGetAndBitwiseOrBoolean(VarHandle handle, Object array, int index, boolean mask) {
        long address = element(array, index, 0);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (previous | mask ? 1 : 0));
        return previous;
    }

    public static boolean arrayGetAndBitwiseAndBoolean(VarHandle handle, Object array, int index, boolean mask) {
        long address = element(array, index, 0);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (previous & mask ? 1 : 0));
        return previous;
    }

    public static boolean arrayGetAndBitwiseXorBoolean(VarHandle handle, Object array, int index, boolean mask) {
        long address = element(array, index, 0);
        boolean previous = Memory.loadByte(address) != 0;
        Memory.storeByte(address, (byte) (previous ^ mask ? 1 : 0));
        return previous;
    }

    // ---- byte ----
    public static byte getByte(VarHandle handle, Object base, long offset) {
        return Memory.loadByte(address(base, offset));
    }

    public static void setByte(VarHandle handle, Object base, byte value, long offset) {
        Memory.storeByte(address(base, offset), value);
    }

    public static byte arrayGetByte(VarHandle handle, Object array, int index) {
        return Memory.loadByte(element(array, index, 0));
    }

    public static void arraySetByte(VarHandle handle, Object array, int index, byte value) {
        Memory.storeByte(element(array, index, 0), value);
    }

    // ---- short ----
    public static short getShort(VarHandle handle, Object base, long offset) {
        return Memory.loadShort(address(base, offset));
    }

    public static void setShort(VarHandle handle, Object base, short value, long offset) {
        Memory.storeShort(address(base, offset), value);
    }

    public static short arrayGetShort(VarHandle handle, Object array, int index) {
        return Memory.loadShort(element(array, index, 1));
    }

    public static void arraySetShort(VarHandle handle, Object array, int index, short value) {
        Memory.storeShort(element(array, index, 1), value);
    }

    // ---- char ----
    public static char getChar(VarHandle handle, Object base, long offset) {
        return Memory.loadChar(address(base, offset));
    }

    public static void setChar(VarHandle handle, Object base, char value, long offset) {
        Memory.storeChar(address(base, offset), value);
    }

    public static char arrayGetChar(VarHandle handle, Object array, int index) {
        return Memory.loadChar(element(array, index, 1));
    }

    public static void arraySetChar(VarHandle handle, Object array, int index, char value) {
        Memory.storeChar(element(array, index, 1), value);
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
        return Memory.loadInt(element(array, index, 2));
    }

    public static void arraySetInt(VarHandle handle, Object array, int index, int value) {
        Memory.storeInt(element(array, index, 2), value);
    }

    public static boolean arrayCompareAndSetInt(VarHandle handle, Object array, int index, int expected, int value) {
        long address = element(array, index, 2);
        if (!(Memory.loadInt(address) == expected)) {
            return false;
        }
        Memory.storeInt(address, value);
        return true;
    }

    public static int arrayCompareAndExchangeInt(VarHandle handle, Object array, int index, int expected, int value) {
        long address = element(array, index, 2);
        int witness = Memory.loadInt(address);
        if (witness == expected) {
            Memory.storeInt(address, value);
        }
        return witness;
    }

    public static int arrayGetAndSetInt(VarHandle handle, Object array, int index, int value) {
        long address = element(array, index, 2);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, value);
        return previous;
    }

    public static int arrayGetAndAddInt(VarHandle handle, Object array, int index, int delta) {
        long address = element(array, index, 2);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, (int) (previous + delta));
        return previous;
    }

    public static int arrayGetAndBitwiseOrInt(VarHandle handle, Object array, int index, int mask) {
        long address = element(array, index, 2);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, previous | mask);
        return previous;
    }

    public static int arrayGetAndBitwiseAndInt(VarHandle handle, Object array, int index, int mask) {
        long address = element(array, index, 2);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, previous & mask);
        return previous;
    }

    public static int arrayGetAndBitwiseXorInt(VarHandle handle, Object array, int index, int mask) {
        long address = element(array, index, 2);
        int previous = Memory.loadInt(address);
        Memory.storeInt(address, previous ^ mask);
        return previous;
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
        return Memory.loadLong(element(array, index, 3));
    }

    public static void arraySetLong(VarHandle handle, Object array, int index, long value) {
        Memory.storeLong(element(array, index, 3), value);
    }

    public static boolean arrayCompareAndSetLong(VarHandle handle, Object array, int index, long expected, long value) {
        long address = element(array, index, 3);
        if (!(Memory.loadLong(address) == expected)) {
            return false;
        }
        Memory.storeLong(address, value);
        return true;
    }

    public static long arrayCompareAndExchangeLong(VarHandle handle, Object array, int index, long expected, long value) {
        long address = element(array, index, 3);
        long witness = Memory.loadLong(address);
        if (witness == expected) {
            Memory.storeLong(address, value);
        }
        return witness;
    }

    public static long arrayGetAndSetLong(VarHandle handle, Object array, int index, long value) {
        long address = element(array, index, 3);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, value);
        return previous;
    }

    public static long arrayGetAndAddLong(VarHandle handle, Object array, int index, long delta) {
        long address = element(array, index, 3);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, (long) (previous + delta));
        return previous;
    }

    public static long arrayGetAndBitwiseOrLong(VarHandle handle, Object array, int index, long mask) {
        long address = element(array, index, 3);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, previous | mask);
        return previous;
    }

    public static long arrayGetAndBitwiseAndLong(VarHandle handle, Object array, int index, long mask) {
        long address = element(array, index, 3);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, previous & mask);
        return previous;
    }

    public static long arrayGetAndBitwiseXorLong(VarHandle handle, Object array, int index, long mask) {
        long address = element(array, index, 3);
        long previous = Memory.loadLong(address);
        Memory.storeLong(address, previous ^ mask);
        return previous;
    }

    // ---- float ----
    public static float getFloat(VarHandle handle, Object base, long offset) {
        return Float.intBitsToFloat(Memory.loadInt(address(base, offset)));
    }

    public static void setFloat(VarHandle handle, Object base, float value, long offset) {
        Memory.storeInt(address(base, offset), Float.floatToRawIntBits(value));
    }

    public static float arrayGetFloat(VarHandle handle, Object array, int index) {
        return Float.intBitsToFloat(Memory.loadInt(element(array, index, 2)));
    }

    public static void arraySetFloat(VarHandle handle, Object array, int index, float value) {
        Memory.storeInt(element(array, index, 2), Float.floatToRawIntBits(value));
    }

    // ---- double ----
    public static double getDouble(VarHandle handle, Object base, long offset) {
        return Double.longBitsToDouble(Memory.loadLong(address(base, offset)));
    }

    public static void setDouble(VarHandle handle, Object base, double value, long offset) {
        Memory.storeLong(address(base, offset), Double.doubleToRawLongBits(value));
    }

    public static double arrayGetDouble(VarHandle handle, Object array, int index) {
        return Double.longBitsToDouble(Memory.loadLong(element(array, index, 3)));
    }

    public static void arraySetDouble(VarHandle handle, Object array, int index, double value) {
        Memory.storeLong(element(array, index, 3), Double.doubleToRawLongBits(value));
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
        return Magic.toObject(Memory.loadLong(element(array, index, 3)));
    }

    public static void arraySetReference(VarHandle handle, Object array, int index, Object value) {
        Memory.storeLong(element(array, index, 3), Magic.addressOf(value));
    }

    public static boolean arrayCompareAndSetReference(VarHandle handle, Object array, int index, Object expected, Object value) {
        long address = element(array, index, 3);
        if (!(Magic.toObject(Memory.loadLong(address)) == expected)) {
            return false;
        }
        Memory.storeLong(address, Magic.addressOf(value));
        return true;
    }

    public static Object arrayCompareAndExchangeReference(VarHandle handle, Object array, int index, Object expected, Object value) {
        long address = element(array, index, 3);
        Object witness = Magic.toObject(Memory.loadLong(address));
        if (witness == expected) {
            Memory.storeLong(address, Magic.addressOf(value));
        }
        return witness;
    }

    public static Object arrayGetAndSetReference(VarHandle handle, Object array, int index, Object value) {
        long address = element(array, index, 3);
        Object previous = Magic.toObject(Memory.loadLong(address));
        Memory.storeLong(address, Magic.addressOf(value));
        return previous;
    }
}
