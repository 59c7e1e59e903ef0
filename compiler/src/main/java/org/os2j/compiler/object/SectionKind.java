package org.os2j.compiler.object;

/**
 * The four kinds of section os2j emits, in their canonical output order (code, read-only data,
 * initialised writable data, zero-initialised writable data). Each kind declares, once, its section
 * name (the conventional ELF name, gABI "Special Sections") and its access rights; the ELF writers
 * derive {@code sh_type}/{@code sh_flags} and segment permissions from these and nothing else.
 */
public enum SectionKind {
    /** Machine code: readable and executable; alignment padding is {@code int3} (0xCC). */
    TEXT(".text", false, true, true),
    /** Constants: read-only. */
    RODATA(".rodata", false, false, true),
    /** Initialised mutable data. */
    DATA(".data", true, false, true),
    /** Zero-initialised mutable data: it has a size but no bytes in a file. */
    BSS(".bss", true, false, false);

    private final String sectionName;
    private final boolean writable;
    private final boolean executable;
    private final boolean hasContents;

    SectionKind(String sectionName, boolean writable, boolean executable, boolean hasContents) {
        this.sectionName = sectionName;
        this.writable = writable;
        this.executable = executable;
        this.hasContents = hasContents;
    }

    /** The section name: {@code .text}, {@code .rodata}, {@code .data} or {@code .bss}. */
    public String sectionName() {
        return sectionName;
    }

    /** Whether the program may write this section at run time. */
    public boolean writable() {
        return writable;
    }

    /** Whether this section holds instructions. */
    public boolean executable() {
        return executable;
    }

    /** Whether this section's bytes are stored ({@code false} only for {@link #BSS}). */
    public boolean hasContents() {
        return hasContents;
    }

    /** The byte used to pad for alignment: {@code int3} in code, zero elsewhere. */
    public byte paddingByte() {
        return executable ? (byte) 0xCC : 0;
    }
}
