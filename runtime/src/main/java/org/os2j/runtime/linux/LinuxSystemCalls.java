package org.os2j.runtime.linux;

import org.os2j.runtime.annotation.Intrinsic;

/**
 * The Linux x86-64 {@code syscall} instruction: number in rax, arguments in rdi, rsi, rdx, r10,
 * r8, r9, result (or -errno) in rax (Linux x86-64 syscall ABI). Numbers are declared here once.
 */
public final class LinuxSystemCalls {
    public static final int READ = 0;
    public static final int WRITE = 1;
    public static final int IOCTL = 16;
    public static final int UNAME = 63;
    public static final int FCNTL = 72;
    public static final int GETCWD = 79;
    public static final int SCHED_GETAFFINITY = 204;
    public static final int MMAP = 9;
    public static final int MUNMAP = 11;
    public static final int EXIT_GROUP = 231;
    /** getrlimit(resource, struct rlimit *): the stack size limit for the stack-overflow check. */
    public static final int GETRLIMIT = 97;

    private LinuxSystemCalls() {
    }

    @Intrinsic
    public static long syscall(long number, long argument1, long argument2, long argument3,
                               long argument4, long argument5, long argument6) {
        throw new UnsupportedOperationException("system calls run only in os2j-compiled code");
    }
}
