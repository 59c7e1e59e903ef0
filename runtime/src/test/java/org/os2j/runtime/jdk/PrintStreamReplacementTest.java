package org.os2j.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PrintStreamReplacement's bytes against a JDK PrintStream encoding UTF-8. A buffered stream keeps
 * everything under 8 KiB in its buffer, which the test reads; writing needs the system-call
 * intrinsic, which fails on HotSpot, so the flush paths are checked to reach it.
 */
class PrintStreamReplacementTest {
    @Test
    void randomPrintSequencesProduceTheJdkBytes() {
        Random random = new Random(31);
        for (int run = 0; run < 500; run++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream jdk = new PrintStream(bytes, false, StandardCharsets.UTF_8);
            PrintStreamReplacement ours = new PrintStreamReplacement(1, true);
            for (int step = 0; step < 30; step++) {
                String text = random.nextInt(10) == 0 ? null : HostOracle.randomString(random, random.nextInt(6));
                char c = random.nextInt(3) == 0 ? (char) (0xD800 + random.nextInt(0x800))
                        : HostOracle.randomChar(random, random.nextInt(4));
                int n = random.nextInt() >> random.nextInt(32);
                long l = random.nextLong() >> random.nextInt(64);
                boolean b = random.nextBoolean();
                char[] chars = (text == null ? "" : text).toCharArray();
                switch (random.nextInt(15)) {
                    case 0 -> { jdk.print(text); ours.print(text); }
                    case 1 -> { jdk.print(c); ours.print(c); }
                    case 2 -> { jdk.print(n); ours.print(n); }
                    case 3 -> { jdk.print(l); ours.print(l); }
                    case 4 -> { jdk.print(b); ours.print(b); }
                    case 5 -> { jdk.print(chars); ours.print(chars); }
                    case 6 -> { jdk.println(); ours.println(); }
                    case 7 -> { jdk.println(text); ours.println(text); }
                    case 8 -> { jdk.println(c); ours.println(c); }
                    case 9 -> { jdk.println(n); ours.println(n); }
                    case 10 -> { jdk.println(l); ours.println(l); }
                    case 11 -> { jdk.println(b); ours.println(b); }
                    case 12 -> { jdk.println(chars); ours.println(chars); }
                    case 13 -> { jdk.write(n); ours.write(n); }
                    default -> { jdk.print(""); ours.print(""); }
                }
            }
            jdk.flush();
            assertArrayEquals(bytes.toByteArray(), ours.pendingBytes(), "run " + run);
        }
    }

    @Test
    void aFullBufferIsWrittenOut() {
        PrintStreamReplacement ours = new PrintStreamReplacement(1, true);
        for (int i = 0; i < 8191; i++) {
            ours.print('x');
        }
        ours.print(1); // exactly full: nothing written yet
        assertThrows(UnsupportedOperationException.class, () -> ours.print('\u00e9'));
        assertEquals(8192, ours.pendingBytes().length, "the write was of the full buffer");
    }

    @Test
    void anUnbufferedStreamWritesAtOnceAndFlushWrites() {
        assertThrows(UnsupportedOperationException.class, () -> new PrintStreamReplacement(2, false).print('x'));
        PrintStreamReplacement buffered = new PrintStreamReplacement(1, true);
        buffered.flush(); // nothing to write
        buffered.print(1);
        assertThrows(UnsupportedOperationException.class, buffered::flush);
    }

    @Test
    void nullCharArraysFailAsInTheJdk() {
        HostOracle.assertSame(() -> {
            new PrintStream(new ByteArrayOutputStream()).print((char[]) null);
            return null;
        }, () -> {
            new PrintStreamReplacement(1, true).print((char[]) null);
            return null;
        }, "print(null char[])");
    }
}
