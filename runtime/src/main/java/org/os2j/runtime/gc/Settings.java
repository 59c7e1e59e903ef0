package org.os2j.runtime.gc;

import org.os2j.runtime.intrinsic.Memory;
import org.os2j.runtime.platform.Platform;

/**
 * The collector's settings from the environment, read before the heap exists: so without
 * allocating (the variable's value is read in place). No class initializer (fields start at zero).
 */
final class Settings {
    private Settings() {
    }

    /**
     * The value of environment variable {@code name} as a size in bytes: decimal digits with an
     * optional k, m or g (any case) for KiB, MiB, GiB; {@code otherwise} when it is not set or not a
     * size (a bad value is reported on standard error).
     */
    static long size(String name, long otherwise) {
        long value = Platform.environmentValue(name);
        if (value == 0) {
            return otherwise;
        }
        long result = 0;
        int index = 0;
        for (byte b = Memory.loadByte(value); b >= '0' && b <= '9'; b = Memory.loadByte(value + ++index)) {
            if (result > (Long.MAX_VALUE >> 31)) {
                return bad(name, otherwise);
            }
            result = result * 10 + (b - '0');
        }
        int shift = switch (Memory.loadByte(value + index)) {
            case 'k', 'K' -> 10;
            case 'm', 'M' -> 20;
            case 'g', 'G' -> 30;
            case 0 -> 0;
            default -> -1;
        };
        if (index == 0 || shift < 0 || shift > 0 && Memory.loadByte(value + index + 1) != 0) {
            return bad(name, otherwise);
        }
        return result << shift;
    }

    /** The first variable with a bad value, reported by {@link #reportBadValue} once the heap works. */
    private static String badVariable;

    private static long bad(String name, long otherwise) {
        if (badVariable == null) {
            badVariable = name;
        }
        return otherwise;
    }

    /** Ends the program (status 1, as HotSpot's "Invalid maximum heap size") when a variable was not a size. */
    static void reportBadValue() {
        if (badVariable != null) {
            String text = "Error: the environment variable " + badVariable + " is not a size (digits with an optional"
                    + " k, m or g, as in 512m)\n";
            byte[] message = new byte[text.length()]; // ASCII; String.getBytes needs the system properties, not made yet.
            for (int i = 0; i < message.length; i++) {
                message[i] = (byte) text.charAt(i);
            }
            Platform.write(2, message, 0, message.length);
            Platform.exit(1);
        }
    }
}
