package org.os2j.runtime.linux;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * What a Linux process is started with and can ask the kernel about itself: the environment block
 * (envp, after argv on the initial stack), the working directory, the kernel release and the
 * processors it may run on. Strings come back as raw bytes, as the JDK's natives hand them over.
 */
public final class LinuxEnvironment {
    /** Linux's PATH_MAX, the largest working directory getcwd(2) returns. */
    private static final int PATH_MAX = 4096;
    /** struct utsname: six fields of 65 bytes; release is the third. */
    private static final int UTSNAME_FIELD = 65;
    private static final int UTSNAME_RELEASE = 2;
    /** Bytes of CPU mask asked of sched_getaffinity(2): room for 8192 processors. */
    private static final int CPU_MASK_BYTES = 1024;

    /** The address of envp: NUL-terminated "NAME=value" strings, then a null pointer; 0 before start-up. */
    private static long environmentVector;

    private LinuxEnvironment() {
    }

    /** Records envp (LinuxStart: it follows argv's terminating null pointer). */
    static void recordEnvironment(long vector) {
        environmentVector = vector;
    }

    /** The address of the value of variable {@code name} (its first "NAME=" entry), or 0; allocates nothing. */
    public static long value(String name) {
        if (environmentVector == 0) {
            return 0;
        }
        for (long at = environmentVector; Memory.loadLong(at) != 0; at += 8) {
            long entry = Memory.loadLong(at);
            int index = 0;
            while (index < name.length() && Memory.loadByte(entry + index) == name.charAt(index)) {
                index++;
            }
            if (index == name.length() && Memory.loadByte(entry + index) == '=') {
                return entry + index + 1;
            }
        }
        return 0;
    }

    /** The environment's entries, each the bytes of "NAME=value", in the order the process received them. */
    public static byte[][] environment() {
        if (environmentVector == 0) {
            return new byte[0][];
        }
        int count = 0;
        while (Memory.loadLong(environmentVector + 8L * count) != 0) {
            count++;
        }
        byte[][] entries = new byte[count][];
        for (int i = 0; i < count; i++) {
            entries[i] = cString(Memory.loadLong(environmentVector + 8L * i));
        }
        return entries;
    }

    /** The bytes of the NUL-terminated string at {@code address}. */
    static byte[] cString(long address) {
        int length = 0;
        while (Memory.loadByte(address + length) != 0) {
            length++;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = Memory.loadByte(address + i);
        }
        return bytes;
    }

    /** The working directory's path (getcwd(2)), or null if it cannot be read. */
    public static byte[] workingDirectory() {
        byte[] buffer = new byte[PATH_MAX];
        long result = LinuxSystemCalls.syscall(LinuxSystemCalls.GETCWD, Magic.arrayElements(buffer), PATH_MAX, 0, 0, 0, 0);
        return result < 0 ? null : cString(Magic.arrayElements(buffer));
    }

    /** The kernel's release (uname(2)'s release, as os.version). */
    public static byte[] kernelRelease() {
        byte[] names = new byte[6 * UTSNAME_FIELD];
        LinuxSystemCalls.syscall(LinuxSystemCalls.UNAME, Magic.arrayElements(names), 0, 0, 0, 0, 0);
        return cString(Magic.arrayElements(names) + (long) UTSNAME_RELEASE * UTSNAME_FIELD);
    }

    /** The processors this process may run on (sched_getaffinity(2)), as HotSpot counts them; at least 1. */
    public static int availableProcessors() {
        byte[] mask = new byte[CPU_MASK_BYTES];
        long size = LinuxSystemCalls.syscall(LinuxSystemCalls.SCHED_GETAFFINITY, 0, CPU_MASK_BYTES,
                Magic.arrayElements(mask), 0, 0, 0);
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += Integer.bitCount(mask[i] & 0xFF);
        }
        return Math.max(count, 1);
    }
}
