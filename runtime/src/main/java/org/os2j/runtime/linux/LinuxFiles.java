package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Magic;

/**
 * Reading and querying Linux file descriptors for java.io's file streams (through
 * platform/Platform): read(2) retried when interrupted, whether a descriptor is a terminal, and
 * whether it was opened for appending. Single-threaded.
 */
public final class LinuxFiles {
    private static final long EINTR = 4;
    /** ioctl request: get the terminal attributes; fails with ENOTTY unless the descriptor is a terminal. */
    private static final long TCGETS = 0x5401;
    /** The size of struct termios on x86-64 Linux, in bytes. */
    private static final int TERMIOS_SIZE = 60;
    private static final long F_GETFL = 3;
    private static final long O_APPEND = 02000;

    private LinuxFiles() {
    }

    /** Reads up to {@code length} bytes into {@code bytes[offset..]}: the count, 0 at end of file, or -errno. */
    public static int read(int fileDescriptor, byte[] bytes, int offset, int length) {
        while (true) {
            long result = LinuxSystemCalls.syscall(LinuxSystemCalls.READ, fileDescriptor,
                    Magic.arrayElements(bytes) + offset, length, 0, 0, 0);
            if (result != -EINTR) {
                return (int) result;
            }
        }
    }

    /** Whether {@code fileDescriptor} is a terminal (isatty(3)). */
    public static boolean isTerminal(int fileDescriptor) {
        byte[] attributes = new byte[TERMIOS_SIZE];
        return LinuxSystemCalls.syscall(LinuxSystemCalls.IOCTL, fileDescriptor, TCGETS, Magic.arrayElements(attributes),
                0, 0, 0) == 0;
    }

    /** Whether {@code fileDescriptor} was opened with O_APPEND. */
    public static boolean isAppending(int fileDescriptor) {
        long flags = LinuxSystemCalls.syscall(LinuxSystemCalls.FCNTL, fileDescriptor, F_GETFL, 0, 0, 0, 0);
        return flags >= 0 && (flags & O_APPEND) != 0;
    }
}
