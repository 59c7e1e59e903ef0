package org.os2j.runtime.kernel;

/** Memory for the kernel's Java heap, once the kernel manages physical memory (see KernelMemory). */
public interface MemorySource {
    /** The kernel address of {@code bytes} (a multiple of 4 KiB) of zeroed memory, or 0 when there is none. */
    long map(long bytes);
}
