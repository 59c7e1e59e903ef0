package org.os2j.kernel.interrupts;

import org.os2j.runtime.annotation.NoAllocation;
import org.os2j.runtime.intrinsic.Ports;
import org.os2j.runtime.kernel.Serial;

/**
 * The interrupt-driven devices and what their handlers do: record, never work. IRQ 0 (PIT) counts
 * a tick; IRQ 1 (PS/2 keyboard) reads the scancode; IRQ 4 (COM1) reads the received bytes; both
 * input handlers append to {@link #INPUT}, tagged with their source, for the kernel's loop to
 * decode and act on.
 */
public final class Devices {
    public static final int KEYBOARD_IRQ = 1;
    public static final int SERIAL_IRQ = 4;
    /** Input events: {@code KEYBOARD | scancode} or {@code SERIAL | byte}. */
    public static final int KEYBOARD = 0x100;
    public static final int SERIAL = 0x200;
    public static final EventQueue INPUT = new EventQueue(256);
    private static final int PS2_DATA = 0x60;
    private static final int PS2_STATUS = 0x64;
    private static final int OUTPUT_FULL = 0x01;

    /** Interrupts that arrived on lines no device claims (counted, not fatal). */
    private static int unclaimed;

    private Devices() {
    }

    /** Programs the PICs and the timer, drains the keyboard controller, enables the lines. */
    public static void start() {
        Pic.initialize();
        Pit.initialize();
        while ((Ports.in8(PS2_STATUS) & OUTPUT_FULL) != 0) {
            Ports.in8(PS2_DATA); // bytes left from the firmware
        }
        Serial.enableReceiveInterrupts();
        Pic.enable(Pit.IRQ);
        Pic.enable(KEYBOARD_IRQ);
        Pic.enable(SERIAL_IRQ);
    }

    /** IRQ {@code irq} arrived (from the interrupt handler, interrupts off). */
    @NoAllocation
    static void interrupt(int irq) {
        if (!Pic.acknowledge(irq)) {
            return;
        }
        switch (irq) {
            case Pit.IRQ -> Pit.tick();
            case KEYBOARD_IRQ -> INPUT.put(KEYBOARD | Ports.in8(PS2_DATA));
            case SERIAL_IRQ -> {
                for (int received = Serial.read(); received >= 0; received = Serial.read()) {
                    INPUT.put(SERIAL | received);
                }
            }
            default -> unclaimed++;
        }
        Pic.endOfInterrupt(irq);
    }

    public static int unclaimedInterrupts() {
        return unclaimed;
    }
}
