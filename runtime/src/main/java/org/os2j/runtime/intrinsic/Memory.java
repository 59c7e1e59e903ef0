package org.os2j.runtime.intrinsic;

import org.os2j.runtime.annotation.Intrinsic;

/**
 * Raw loads and stores at 64-bit virtual addresses: each call compiles to one {@code mov}. On
 * HotSpot they act on {@link SimulatedMemory}. Callers own the validity of the address.
 */
public final class Memory {
    private Memory() {
    }

    @Intrinsic public static byte loadByte(long address) { return SimulatedMemory.get(address); }
    @Intrinsic public static short loadShort(long address) { return (short) SimulatedMemory.getBytes(address, 2); }
    @Intrinsic public static char loadChar(long address) { return (char) SimulatedMemory.getBytes(address, 2); }
    @Intrinsic public static int loadInt(long address) { return (int) SimulatedMemory.getBytes(address, 4); }
    @Intrinsic public static long loadLong(long address) { return SimulatedMemory.getBytes(address, 8); }

    @Intrinsic public static void storeByte(long address, byte value) { SimulatedMemory.put(address, value); }
    @Intrinsic public static void storeShort(long address, short value) { SimulatedMemory.putBytes(address, 2, value); }
    @Intrinsic public static void storeChar(long address, char value) { SimulatedMemory.putBytes(address, 2, value); }
    @Intrinsic public static void storeInt(long address, int value) { SimulatedMemory.putBytes(address, 4, value); }
    @Intrinsic public static void storeLong(long address, long value) { SimulatedMemory.putBytes(address, 8, value); }
}
