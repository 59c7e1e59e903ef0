package org.os2j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8 against String.getBytes(UTF_8) and new String(bytes, UTF_8), including malformed input. */
class Utf8Test {
    @Test
    void encodingMatchesTheJdk() {
        Random random = new Random(21);
        for (int i = 0; i < 5000; i++) {
            String s = HostOracle.randomString(random, random.nextInt(10));
            if (random.nextInt(4) == 0) {
                s += new String(Character.toChars(0x10000 + random.nextInt(0x100000)));
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), s);
        }
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 97) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            byte[] buffer = new byte[4];
            int end = Utf8.encodeCodePoint(cp, buffer, 0);
            assertEquals(end, Utf8.codePointLength(cp));
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOf(buffer, end), Integer.toHexString(cp));
        }
    }

    @Test
    void decodingMatchesTheJdkOnValidAndMalformedInput() {
        Random random = new Random(22);
        int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
        for (int i = 0; i < 200000; i++) {
            byte[] bytes = new byte[random.nextInt(8)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : interesting[random.nextInt(interesting.length)]);
            }
            String expected = new String(bytes, StandardCharsets.UTF_8);
            String decoded = Utf8.decode(bytes, 0, bytes.length);
            assertEquals(expected, decoded, HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
        Random strings = new Random(23);
        for (int i = 0; i < 2000; i++) {
            String s = HostOracle.randomString(strings, strings.nextInt(10));
            byte[] bytes = ("<" + s + ">").getBytes(StandardCharsets.UTF_8);
            assertEquals(new String(bytes, 1, bytes.length - 2, StandardCharsets.UTF_8),
                    Utf8.decode(bytes, 1, bytes.length - 2));
        }
    }
}
