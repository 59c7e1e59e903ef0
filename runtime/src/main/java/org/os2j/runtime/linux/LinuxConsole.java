package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Magic;

/**
 * Writes bytes to a Linux file descriptor: the linux target's console for {@code PrintStream} and
 * the uncaught-exception report (through platform/Platform). Handles partial writes and
 * retries when interrupted (EINTR); on any other error the rest of the bytes is dropped and false
 * returned, as {@code PrintStream} only records trouble. Single-threaded; does not allocate.
 */
public final class LinuxConsole {
    private static final long EINTR = 4;

    private LinuxConsole() {
    }

    /** Writes {@code bytes[offset..offset+length)} to {@code fileDescriptor}; true when all were written. */
    public static boolean write(int fileDescriptor, byte[] bytes, int offset, int length) {
        int written = 0;
        while (written < length) {
            long result = LinuxSystemCalls.syscall(LinuxSystemCalls.WRITE, fileDescriptor,
                    Magic.arrayElements(bytes) + offset + written, length - written, 0, 0, 0);
            if (result == -EINTR) {
                continue;
            }
            if (result <= 0) {
                return false;
            }
            written += (int) result;
        }
        return true;
    }
}
