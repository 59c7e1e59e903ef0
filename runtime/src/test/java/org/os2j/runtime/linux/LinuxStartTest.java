package org.os2j.runtime.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.intrinsic.SimulatedMemory;

/** Reading the C argv into main's String[] (on simulated memory). */
class LinuxStartTest {
    private static final long VECTOR = 0x7fff_0000_1000L;
    private static final long STRINGS = 0x7fff_0000_2000L;

    @AfterEach
    void forgetMemory() {
        SimulatedMemory.reset();
    }

    /** Lays out argv as the kernel does: pointers, then NUL-terminated strings. */
    private static void layOut(byte[]... arguments) {
        long next = STRINGS;
        for (int i = 0; i < arguments.length; i++) {
            Memory.storeLong(VECTOR + 8L * i, next);
            for (byte b : arguments[i]) {
                Memory.storeByte(next++, b);
            }
            Memory.storeByte(next++, (byte) 0);
        }
        Memory.storeLong(VECTOR + 8L * arguments.length, 0);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void argumentsFollowTheProgramName() {
        layOut(utf8("/usr/bin/program"), utf8("one"), utf8(""), utf8("caf\u00e9"), utf8("\u4e2d\ud83d\ude00"));
        assertArrayEquals(new String[] {"one", "", "caf\u00e9", "\u4e2d\ud83d\ude00"}, LinuxStart.readArguments(5, VECTOR));
    }

    @Test
    void noArgumentsGiveAnEmptyArray() {
        layOut(utf8("program"));
        assertArrayEquals(new String[0], LinuxStart.readArguments(1, VECTOR));
        assertArrayEquals(new String[0], LinuxStart.readArguments(0, VECTOR));
    }

    @Test
    void malformedUtf8DecodesAsTheJdkDoes() {
        byte[] malformed = {'a', (byte) 0xC3, 'b', (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        layOut(utf8("program"), malformed);
        assertArrayEquals(new String[] {new String(malformed, StandardCharsets.UTF_8)}, LinuxStart.readArguments(2, VECTOR));
    }
}
