package org.os2j.runtime.kernel;

import org.os2j.runtime.KernelLayout;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * What the Multiboot loader tells the kernel, read before the heap exists (so without allocating):
 * where usable memory ends and where the first free byte lies above the kernel image and the
 * loader's own structures (boot information, command line, memory map, modules), which loaders
 * may place right after the image. Multiboot 1 (specification 0.6.96, 3.3) and Multiboot 2
 * (specification 2.0, 3.6); anything else ends the kernel with a message.
 */
public final class BootInformation {
    private static final long MEGABYTE = 1 << 20;
    private static final long PAGE = 4096;
    // Multiboot 1 information structure: flags, and the fields they validate.
    private static final int MB1_MEMORY = 1;
    private static final int MB1_COMMAND_LINE = 1 << 2;
    private static final int MB1_MODULES = 1 << 3;
    private static final int MB1_MEMORY_MAP = 1 << 6;
    private static final int MB1_LOADER_NAME = 1 << 9;
    private static final int MB1_STRUCTURE_SIZE = 120;
    // Multiboot 2 tags.
    private static final int MB2_END = 0;
    private static final int MB2_MODULE = 3;
    private static final int MB2_BASIC_MEMORY = 4;
    private static final int MB2_MEMORY_MAP = 6;
    /** The type of usable RAM in both protocols' memory maps. */
    public static final int AVAILABLE = 1;

    /** Physical; set by {@link #read}. */
    private static long freeStart;
    private static long memoryEnd;
    /** 1 or 2: the Multiboot protocol that started the kernel. */
    private static int protocol;
    /** The memory map: physical address of its first entry and of its end; 0 when the loader gave none. */
    private static long mapStart;
    private static long mapEnd;
    /** Multiboot 2 only: the size of an entry. */
    private static long mapEntrySize;

    private BootInformation() {
    }

    /** Reads the loader's information; ends the kernel if no Multiboot loader booted it. */
    static void read(long magic, long information) {
        long structuresEnd;
        long upperMemoryKilobytes;
        long base = KernelLayout.virtual(information);
        if (magic == KernelLayout.MULTIBOOT1_BOOTLOADER_MAGIC) {
            protocol = 1;
            int flags = Memory.loadInt(base);
            upperMemoryKilobytes = (flags & MB1_MEMORY) != 0 ? unsigned(Memory.loadInt(base + 8)) : 0;
            structuresEnd = information + MB1_STRUCTURE_SIZE;
            if ((flags & MB1_COMMAND_LINE) != 0) {
                structuresEnd = Math.max(structuresEnd, stringEnd(unsigned(Memory.loadInt(base + 16))));
            }
            if ((flags & MB1_MODULES) != 0) {
                long count = unsigned(Memory.loadInt(base + 20));
                long modules = unsigned(Memory.loadInt(base + 24));
                structuresEnd = Math.max(structuresEnd, modules + 16 * count);
                for (long i = 0; i < count; i++) {
                    structuresEnd = Math.max(structuresEnd,
                            unsigned(Memory.loadInt(KernelLayout.virtual(modules + 16 * i + 4))));
                }
            }
            if ((flags & MB1_MEMORY_MAP) != 0) {
                mapStart = unsigned(Memory.loadInt(base + 48));
                mapEnd = mapStart + unsigned(Memory.loadInt(base + 44));
                structuresEnd = Math.max(structuresEnd, mapEnd);
            }
            if ((flags & MB1_LOADER_NAME) != 0) {
                structuresEnd = Math.max(structuresEnd, stringEnd(unsigned(Memory.loadInt(base + 64))));
            }
        } else if (magic == KernelLayout.MULTIBOOT2_BOOTLOADER_MAGIC) {
            protocol = 2;
            structuresEnd = information + unsigned(Memory.loadInt(base));
            upperMemoryKilobytes = 0;
            long tag = base + 8;
            while (Memory.loadInt(tag) != MB2_END) {
                int type = Memory.loadInt(tag);
                if (type == MB2_BASIC_MEMORY) {
                    upperMemoryKilobytes = unsigned(Memory.loadInt(tag + 12));
                } else if (type == MB2_MEMORY_MAP) {
                    mapEntrySize = unsigned(Memory.loadInt(tag + 8));
                    mapStart = KernelLayout.physical(tag) + 16;
                    mapEnd = KernelLayout.physical(tag) + unsigned(Memory.loadInt(tag + 4));
                } else if (type == MB2_MODULE) {
                    structuresEnd = Math.max(structuresEnd, unsigned(Memory.loadInt(tag + 12)));
                }
                tag += (unsigned(Memory.loadInt(tag + 4)) + 7) & -8;
            }
        } else {
            Serial.print("os2j kernel: not started by a Multiboot loader (EAX is not a Multiboot magic number)\n");
            DebugExit.exit(1);
            return;
        }
        long imageEnd = KernelLayout.physical(Magic.symbol("_end"));
        freeStart = (Math.max(imageEnd, structuresEnd) + PAGE - 1) & -PAGE;
        memoryEnd = Math.min(MEGABYTE + upperMemoryKilobytes * 1024, KernelLayout.DIRECT_MAP_SIZE) & -PAGE;
    }

    /** The physical address of the first free page above the image and the boot structures. */
    public static long freeStart() {
        return freeStart;
    }

    /** The physical end of the usable memory above 1 MiB (at most the directly mapped part). */
    public static long memoryEnd() {
        return memoryEnd;
    }

    /** 1 or 2: the Multiboot protocol the loader spoke. */
    public static int protocol() {
        return protocol;
    }

    /** The number of entries of the loader's memory map (0 without one). */
    public static int memoryMapEntries() {
        int count = 0;
        for (long entry = mapStart; entry != 0 && entry < mapEnd; entry = nextEntry(entry)) {
            count++;
        }
        return count;
    }

    /** Entry {@code index}: the physical start of the range. */
    public static long memoryMapBase(int index) {
        return Memory.loadLong(KernelLayout.virtual(entry(index)) + (protocol == 1 ? 4 : 0));
    }

    /** Entry {@code index}: the length of the range in bytes. */
    public static long memoryMapLength(int index) {
        return Memory.loadLong(KernelLayout.virtual(entry(index)) + (protocol == 1 ? 12 : 8));
    }

    /** Entry {@code index}: its type, {@link #AVAILABLE} for usable RAM. */
    public static int memoryMapType(int index) {
        return Memory.loadInt(KernelLayout.virtual(entry(index)) + (protocol == 1 ? 20 : 16));
    }

    private static long entry(int index) {
        long entry = mapStart;
        for (int i = 0; i < index; i++) {
            entry = nextEntry(entry);
        }
        return entry;
    }

    /** Multiboot 1 entries start with their size (not counting the size field); Multiboot 2 ones share one. */
    private static long nextEntry(long entry) {
        return protocol == 1 ? entry + 4 + unsigned(Memory.loadInt(KernelLayout.virtual(entry))) : entry + mapEntrySize;
    }

    private static long stringEnd(long physical) {
        long end = physical;
        while (Memory.loadByte(KernelLayout.virtual(end)) != 0) {
            end++;
        }
        return end + 1;
    }

    private static long unsigned(int value) {
        return value & 0xFFFFFFFFL;
    }
}
