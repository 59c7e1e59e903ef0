package org.os2j.compiler.driver;

/** What the linker produces (BRIEF: linux executable, os2 ring-3 task, bootable kernel). */
public enum Target {
    /** A static x86-64 Linux executable (ET_EXEC) using Linux system calls. */
    LINUX
}
