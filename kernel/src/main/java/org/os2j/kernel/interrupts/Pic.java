package org.os2j.kernel.interrupts;

import org.os2j.runtime.annotation.NoAllocation;
import org.os2j.runtime.intrinsic.Ports;

/**
 * The two cascaded 8259A programmable interrupt controllers (Intel 8259A data sheet): remapped so
 * IRQ 0-15 arrive at vectors {@link #BASE_VECTOR} + irq (0x30-0x3F, clear of the CPU exceptions),
 * every line masked until its device is set up. Spurious interrupts (IRQ 7 or 15 with the line's
 * in-service bit clear, raised when a request vanishes before the CPU acknowledges it) are
 * recognized and dropped quietly, with the end-of-interrupt the protocol needs.
 */
public final class Pic {
    public static final int BASE_VECTOR = 0x30;
    public static final int LINES = 16;
    private static final int MASTER_COMMAND = 0x20;
    private static final int MASTER_DATA = 0x21;
    private static final int SLAVE_COMMAND = 0xA0;
    private static final int SLAVE_DATA = 0xA1;
    private static final int INITIALIZE = 0x11; // ICW1: edge triggered, cascade, ICW4 follows
    private static final int MODE_8086 = 0x01; // ICW4
    private static final int END_OF_INTERRUPT = 0x20;
    private static final int READ_IN_SERVICE = 0x0B; // OCW3
    private static final int CASCADE_LINE = 2;

    /** Lines unmasked so far (bit per IRQ). */
    private static int enabled;
    /** Spurious interrupts dropped (for the log and tests). */
    private static int spurious;

    private Pic() {
    }

    /** Remaps both controllers and masks every line. */
    public static void initialize() {
        Ports.out8(MASTER_COMMAND, INITIALIZE);
        Ports.out8(SLAVE_COMMAND, INITIALIZE);
        Ports.out8(MASTER_DATA, BASE_VECTOR);
        Ports.out8(SLAVE_DATA, BASE_VECTOR + 8);
        Ports.out8(MASTER_DATA, 1 << CASCADE_LINE); // ICW3: the slave hangs on IRQ 2
        Ports.out8(SLAVE_DATA, CASCADE_LINE);
        Ports.out8(MASTER_DATA, MODE_8086);
        Ports.out8(SLAVE_DATA, MODE_8086);
        enabled = 0;
        writeMasks();
    }

    /** Unmasks {@code irq} (and the cascade line for the slave's). */
    public static void enable(int irq) {
        enabled |= 1 << irq;
        if (irq >= 8) {
            enabled |= 1 << CASCADE_LINE;
        }
        writeMasks();
    }

    /**
     * Whether the interrupt on {@code irq} is real. For a spurious IRQ 7 or 15 this sends what the
     * controllers need (nothing, or an EOI to the master for the slave's) and returns false.
     */
    @NoAllocation
    public static boolean acknowledge(int irq) {
        if (irq == 7 || irq == 15) {
            int command = irq == 7 ? MASTER_COMMAND : SLAVE_COMMAND;
            Ports.out8(command, READ_IN_SERVICE);
            if ((Ports.in8(command) & 0x80) == 0) {
                spurious++;
                if (irq == 15) {
                    Ports.out8(MASTER_COMMAND, END_OF_INTERRUPT);
                }
                return false;
            }
        }
        return true;
    }

    /** Signals the end of the interrupt on {@code irq} to its controller(s). */
    @NoAllocation
    public static void endOfInterrupt(int irq) {
        if (irq >= 8) {
            Ports.out8(SLAVE_COMMAND, END_OF_INTERRUPT);
        }
        Ports.out8(MASTER_COMMAND, END_OF_INTERRUPT);
    }

    public static int spuriousInterrupts() {
        return spurious;
    }

    private static void writeMasks() {
        Ports.out8(MASTER_DATA, ~enabled & 0xFF);
        Ports.out8(SLAVE_DATA, ~enabled >>> 8 & 0xFF);
    }
}
