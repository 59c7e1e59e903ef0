package org.os2j.compiler.backend;

import org.os2j.compiler.layout.Symbols;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.AssembledCode;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.Condition;
import org.os2j.compiler.x86.ControlRegister;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Label;
import org.os2j.compiler.x86.Memory;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;
import org.os2j.runtime.KernelLayout;

/**
 * The kernel image's first bytes ({@link Symbols#KERNEL_HEADERS}, first in .text): the Multiboot 1
 * header (specification 0.6.96, 3.1: within the first 8 KiB, with the address fields, so any
 * loader places the image by them rather than by its ELF headers), the Multiboot 2 header
 * (specification 2.0, 3.1: within the first 32 KiB, with address and entry-address tags) and a
 * boot GDT; then ({@link Symbols#KERNEL_ENTRY}) the 32-bit entry both protocols call in protected
 * mode with paging off, EAX the loader's magic and EBX its information's physical address.
 *
 * <p>The entry (Intel SDM Vol. 3A, 10.8.5 "Initializing IA-32e Mode"): builds page tables in
 * {@link Symbols#BOOT_PAGE_TABLES} that map physical {@code [0, 1 GiB)} with 2 MiB pages both at 0
 * and at the higher half (runtime KernelLayout), enables PAE, sets EFER.LME, enables paging,
 * loads the boot GDT and jumps to its 64-bit code segment. It also prepares SSE for compiled code
 * (SDM Vol. 3A, 14.1.3 (13.1.4 in older editions): CR0.EM clear, CR0.MP set, CR4.OSFXSR and
 * CR4.OSXMMEXCPT set; FNINIT). Then {@link #higherHalf} jumps to the higher half, takes the boot
 * stack and calls {@code KernelStart.start(magic, information)}.
 *
 * <p>The 32-bit part is assembled by the 64-bit assembler using only encodings that mean the same
 * in both modes (no REX prefix, no RIP-relative operand: absolute addresses use the SIB form);
 * the far jump, which 64-bit mode lacks, is written as bytes. A test disassembles it as i386
 * code with objdump.
 */
public final class KernelBoot {
    /** Four page-table pages: PML4, the low PDPT, the high PDPT and one page directory. */
    public static final int PAGE_TABLES_SIZE = 4 * 4096;
    /** The symbol of the 64-bit code that runs in the higher half. */
    public static final String HIGHER_HALF = "os2j.higherHalf";

    private static final long OFFSET = KernelLayout.KERNEL_OFFSET;
    private static final int MULTIBOOT1_MAGIC = 0x1BADB002;
    /** Page-align modules, give memory information, use the address fields. */
    private static final int MULTIBOOT1_FLAGS = 1 | 2 | 1 << 16;
    private static final int MULTIBOOT2_MAGIC = 0xE85250D6;
    private static final int MULTIBOOT2_HEADER_LENGTH = 16 + 24 + 16 + 8;
    /** Where the boot GDT's pseudo-descriptor lies in the headers: after 32 + 64 bytes of headers and 24 of GDT. */
    private static final int GDT_POINTER = 32 + MULTIBOOT2_HEADER_LENGTH + 24;
    private static final int PML4 = 0;
    private static final int LOW_PDPT = 4096;
    private static final int HIGH_PDPT = 2 * 4096;
    private static final int PAGE_DIRECTORY = 3 * 4096;
    private static final int PRESENT_WRITABLE = 0x3;
    private static final int LARGE_PAGE = 0x80;
    private static final int CODE_SELECTOR = 0x08;
    private static final int EFER = 0xC0000080;
    private static final int EFER_LONG_MODE_ENABLE = 1 << 8;
    private static final int CR4_PAE = 1 << 5;
    private static final int CR4_OSFXSR = 1 << 9;
    private static final int CR4_OSXMMEXCPT = 1 << 10;
    private static final int CR0_MONITOR_COPROCESSOR = 1 << 1;
    private static final int CR0_EMULATION = 1 << 2;
    private static final int CR0_PAGING = 1 << 31;

    private KernelBoot() {
    }

    /** The Multiboot headers and the boot GDT ({@link Symbols#KERNEL_HEADERS}, first in .text). */
    public static AssembledCode headers() {
        Assembler assembler = new Assembler(false, Symbols.KERNEL_HEADERS);
        Label header1 = here(assembler);
        data32(assembler, MULTIBOOT1_MAGIC);
        data32(assembler, MULTIBOOT1_FLAGS);
        data32(assembler, -(MULTIBOOT1_MAGIC + MULTIBOOT1_FLAGS));
        addressFields(assembler, header1);
        assembler.emitSymbolAddress32(Symbols.KERNEL_ENTRY, -OFFSET);

        assembler.align(8);
        Label header2 = here(assembler);
        data32(assembler, MULTIBOOT2_MAGIC);
        data32(assembler, 0); // architecture: i386 protected mode
        data32(assembler, MULTIBOOT2_HEADER_LENGTH);
        data32(assembler, -(MULTIBOOT2_MAGIC + MULTIBOOT2_HEADER_LENGTH));
        data32(assembler, 2); // address tag: type 2, flags 0
        data32(assembler, 24);
        addressFields(assembler, header2);
        data32(assembler, 3); // entry address tag: type 3, flags 0
        data32(assembler, 12);
        assembler.emitSymbolAddress32(Symbols.KERNEL_ENTRY, -OFFSET);
        data32(assembler, 0); // padding to 8 bytes
        data32(assembler, 0); // end tag: type 0, flags 0
        data32(assembler, 8);

        // The boot GDT: null, 64-bit code (L, P, DPL 0, execute/read), data; and its pseudo-descriptor.
        assembler.align(8);
        Label gdt = here(assembler);
        data64(assembler, 0);
        data64(assembler, 0x00AF9A000000FFFFL);
        data64(assembler, 0x00CF92000000FFFFL);
        if (assembler.position() != GDT_POINTER) { // final: this assembler never relaxes branches
            throw new IllegalStateException("the boot GDT pointer moved to " + assembler.position());
        }
        assembler.emitBytes(new byte[] {23, 0});
        assembler.emitLabelAddress32(gdt, -OFFSET);
        return assembler.finish();
    }

    /**
     * The 32-bit entry ({@link Symbols#KERNEL_ENTRY}, the image's ELF entry point too): runs at
     * physical addresses in protected mode until the far jump into 64-bit mode.
     */
    public static AssembledCode entry() {
        Assembler assembler = new Assembler(false, Symbols.KERNEL_ENTRY);
        Label longMode = assembler.newLabel();
        assembler.emit(Mnemonic.CLI);
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RDI, Register.RAX); // magic, kept for start
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RSI, Register.RBX); // information, kept for start
        String tables = Symbols.BOOT_PAGE_TABLES;
        assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.absolute(tables, PML4 - OFFSET),
                Immediate.symbolAddress(tables, LOW_PDPT + PRESENT_WRITABLE - OFFSET));
        assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.absolute(tables, PML4 + 511 * 8 - OFFSET),
                Immediate.symbolAddress(tables, HIGH_PDPT + PRESENT_WRITABLE - OFFSET));
        assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.absolute(tables, LOW_PDPT - OFFSET),
                Immediate.symbolAddress(tables, PAGE_DIRECTORY + PRESENT_WRITABLE - OFFSET));
        // The higher half, 0xFFFFFFFF80000000, is PML4 entry 511, PDPT entry 510.
        assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.absolute(tables, HIGH_PDPT + 510 * 8 - OFFSET),
                Immediate.symbolAddress(tables, PAGE_DIRECTORY + PRESENT_WRITABLE - OFFSET));
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RBX, Immediate.symbolAddress(tables, PAGE_DIRECTORY - OFFSET));
        assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RCX, Register.RCX);
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RAX, Immediate.of(PRESENT_WRITABLE | LARGE_PAGE));
        Label fill = here(assembler);
        assembler.emit(Mnemonic.MOV, Width.DWORD, Memory.of(Register.RBX, Register.RCX, 8, 0), Register.RAX);
        assembler.emit(Mnemonic.ADD, Width.DWORD, Register.RAX, Immediate.of(2 << 20));
        assembler.emit(Mnemonic.ADD, Width.DWORD, Register.RCX, Immediate.of(1));
        assembler.emit(Mnemonic.CMP, Width.DWORD, Register.RCX, Immediate.of(512));
        assembler.jump(Condition.NOT_EQUAL, fill);

        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RAX, Immediate.symbolAddress(tables, PML4 - OFFSET));
        assembler.emit(Mnemonic.MOV, Width.QWORD, ControlRegister.CR3, Register.RAX);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RAX, ControlRegister.CR4);
        assembler.emit(Mnemonic.OR, Width.DWORD, Register.RAX, Immediate.of(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT));
        assembler.emit(Mnemonic.MOV, Width.QWORD, ControlRegister.CR4, Register.RAX);
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RCX, Immediate.of(EFER));
        assembler.emit(Mnemonic.RDMSR);
        assembler.emit(Mnemonic.OR, Width.DWORD, Register.RAX, Immediate.of(EFER_LONG_MODE_ENABLE));
        assembler.emit(Mnemonic.WRMSR);
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RAX, ControlRegister.CR0);
        assembler.emit(Mnemonic.AND, Width.DWORD, Register.RAX, Immediate.of(~CR0_EMULATION));
        assembler.emit(Mnemonic.OR, Width.DWORD, Register.RAX, Immediate.of(CR0_PAGING | CR0_MONITOR_COPROCESSOR));
        assembler.emit(Mnemonic.MOV, Width.QWORD, ControlRegister.CR0, Register.RAX);
        assembler.emit(Mnemonic.LGDT, null, Memory.absolute(Symbols.KERNEL_HEADERS, GDT_POINTER - OFFSET));
        assembler.emitBytes(new byte[] {(byte) 0xEA}); // jmp ptr16:32 (SDM Vol. 2A, JMP: far jump, absolute)
        assembler.emitLabelAddress32(longMode, -OFFSET);
        assembler.emitBytes(new byte[] {CODE_SELECTOR, 0});

        // 64-bit mode, still at the physical address (identity-mapped).
        assembler.bind(longMode);
        assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RAX, Register.RAX);
        assembler.emitBytes(new byte[] {(byte) 0x8E, (byte) 0xD8, (byte) 0x8E, (byte) 0xC0, (byte) 0x8E,
                (byte) 0xD0}); // mov ds, ax; mov es, ax; mov ss, ax: null selectors, as 64-bit mode allows
        assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RAX, Immediate.symbolAddress(HIGHER_HALF, 0));
        assembler.jumpIndirect(Register.RAX);
        return assembler.finish();
    }

    /**
     * {@link #HIGHER_HALF}: takes the boot stack, zero-extends the loader's EAX and EBX (kept in EDI
     * and ESI; the upper halves are undefined after the switch) and calls KernelStart.start, which
     * does not return.
     */
    public static AssembledCode higherHalf() {
        Assembler assembler = new Assembler();
        assembler.emitBytes(new byte[] {(byte) 0xDB, (byte) 0xE3}); // fninit
        assembler.emit(Mnemonic.LEA, Width.QWORD, Register.RSP,
                Memory.rip(Symbols.BOOT_STACK, KernelLayout.BOOT_STACK_SIZE));
        assembler.emit(Mnemonic.XOR, Width.DWORD, Register.RBP, Register.RBP);
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RDI, Register.RDI);
        assembler.emit(Mnemonic.MOV, Width.DWORD, Register.RSI, Register.RSI);
        assembler.call(RuntimeSupport.KERNEL_START.symbol());
        Label halt = here(assembler);
        assembler.emit(Mnemonic.CLI);
        assembler.emit(Mnemonic.HLT);
        assembler.jump(halt);
        return assembler.finish();
    }

    /** header_addr, load_addr, load_end_addr and bss_end_addr: physical, as both protocols define them. */
    private static void addressFields(Assembler assembler, Label header) {
        assembler.emitLabelAddress32(header, -OFFSET);
        assembler.emitSymbolAddress32("__executable_start", -OFFSET);
        assembler.emitSymbolAddress32("_edata", -OFFSET);
        assembler.emitSymbolAddress32("_end", -OFFSET);
    }

    private static Label here(Assembler assembler) {
        Label label = assembler.newLabel();
        assembler.bind(label);
        return label;
    }

    private static void data32(Assembler assembler, int value) {
        assembler.emitBytes(new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)});
    }

    private static void data64(Assembler assembler, long value) {
        data32(assembler, (int) value);
        data32(assembler, (int) (value >>> 32));
    }
}
