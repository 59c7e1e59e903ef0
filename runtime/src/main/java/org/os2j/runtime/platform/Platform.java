package org.os2j.runtime.platform;

import org.os2j.runtime.linux.LinuxClock;
import org.os2j.runtime.linux.LinuxConsole;
import org.os2j.runtime.linux.LinuxEnvironment;
import org.os2j.runtime.linux.LinuxFiles;
import org.os2j.runtime.linux.LinuxMemory;
import org.os2j.runtime.linux.LinuxProcess;
import org.os2j.runtime.linux.LinuxStack;

/**
 * The platform layer: everything the shared runtime needs of what lies below it. The bodies here
 * are the linux target's; another target substitutes these methods (the kernel's are
 * runtime/kernel/KernelPlatform, listed in META-INF/os2j/substitutions.kernel), so the code above
 * this class is the same on every target.
 */
public final class Platform {
    private Platform() {
    }

    /** Writes {@code bytes[offset..offset+length)} to standard output (1) or error (2); true when all were written. */
    public static boolean write(int fileDescriptor, byte[] bytes, int offset, int length) {
        return LinuxConsole.write(fileDescriptor, bytes, offset, length);
    }

    /** Reads up to {@code length} bytes of {@code fileDescriptor} into {@code bytes[offset..]}: the count, 0 at end of input, negative on error. */
    public static int read(int fileDescriptor, byte[] bytes, int offset, int length) {
        return LinuxFiles.read(fileDescriptor, bytes, offset, length);
    }

    /** Whether {@code fileDescriptor} is a terminal (the JDK then sets sun.stdout.encoding). */
    public static boolean isTerminal(int fileDescriptor) {
        return LinuxFiles.isTerminal(fileDescriptor);
    }

    /** Whether writes to {@code fileDescriptor} append (FileDescriptor.append). */
    public static boolean isAppending(int fileDescriptor) {
        return LinuxFiles.isAppending(fileDescriptor);
    }

    /** The environment the program was started with, each entry the bytes of "NAME=value". */
    public static byte[][] environment() {
        return LinuxEnvironment.environment();
    }

    /** The working directory's path (user.dir), or null if unknown. */
    public static byte[] workingDirectory() {
        return LinuxEnvironment.workingDirectory();
    }

    /** The operating system's release (os.version). */
    public static byte[] systemRelease() {
        return LinuxEnvironment.kernelRelease();
    }

    /** The processors the program may run on (Runtime.availableProcessors). */
    public static int availableProcessors() {
        return LinuxEnvironment.availableProcessors();
    }

    /** {@code bytes} (a multiple of 4 KiB) of fresh zeroed memory for the heap; ends the program if there is none. */
    public static long mapMemory(long bytes) {
        return LinuxMemory.map(bytes);
    }

    /**
     * {@code bytes} (a multiple of 4 KiB) of address space for the collected heap, whose pages
     * read as zero and take memory only once touched; 0 where the platform cannot reserve it (the
     * heap then takes chunks from mapMemory and is not collected).
     */
    public static long reserveMemory(long bytes) {
        return LinuxMemory.reserve(bytes);
    }

    /** Gives the pages of {@code [address, address + bytes)} back; they read as zero when touched again. */
    public static void releaseMemory(long address, long bytes) {
        LinuxMemory.release(address, bytes);
    }

    /** The physical memory in bytes, 0 if unknown (the default maximum heap is a quarter of it). */
    public static long physicalMemory() {
        return LinuxMemory.physicalMemory();
    }

    /**
     * The address of the NUL-terminated value of environment variable {@code name} (ASCII), or 0
     * when it is not set; allocates nothing (the collector reads its settings before the heap exists).
     */
    public static long environmentValue(String name) {
        return LinuxEnvironment.value(name);
    }

    /** Ends the program with {@code status}; never returns. */
    public static void exit(int status) {
        LinuxProcess.exit(status);
    }

    /** Milliseconds since the Unix epoch. */
    public static long currentTimeMillis() {
        return LinuxClock.currentTimeMillis();
    }

    /** Nanoseconds since a fixed origin, monotonic. */
    public static long nanoTime() {
        return LinuxClock.nanoTime();
    }

    /** What precedes the report of an uncaught exception: nothing on Linux, where HotSpot prints none. */
    public static String fatalBanner() {
        return "";
    }

    /** Called as a handler takes an exception: re-arms the stack's guard after a StackOverflowError. */
    public static void reguardStack() {
        LinuxStack.reguard();
    }
}
