package org.os2j.runtime.kernel;

import org.os2j.runtime.annotation.NoAllocation;
import org.os2j.runtime.intrinsic.Ports;

/**
 * The kernel's console until its console subsystem is up: COM1, an 8250/16550 UART at its ISA
 * ports, 115200 baud, 8 data bits, no parity, one stop bit. Output is polled; input raises IRQ 4
 * once the kernel enables it. Writes a line feed as CR LF, as serial consoles do. Does not allocate.
 */
public final class Serial {
    private static final int COM1 = 0x3F8;
    // Register offsets from the base port (16550 data sheet).
    private static final int DATA = 0;
    private static final int INTERRUPT_ENABLE = 1;
    private static final int LINE_CONTROL = 3;
    private static final int MODEM_CONTROL = 4;
    private static final int LINE_STATUS = 5;
    private static final int DIVISOR_LATCH_ACCESS = 0x80;
    private static final int EIGHT_N_ONE = 0x03;
    /** DTR, RTS and OUT2. */
    private static final int MODEM_READY = 0x0B;
    private static final int TRANSMIT_EMPTY = 0x20;
    private static final int DATA_READY = 0x01;
    private static final int RECEIVED_DATA_INTERRUPT = 0x01;

    private Serial() {
    }

    /** Programs COM1: no interrupts, divisor 1 (115200 baud), 8N1. */
    public static void initialize() {
        Ports.out8(COM1 + INTERRUPT_ENABLE, 0);
        Ports.out8(COM1 + LINE_CONTROL, DIVISOR_LATCH_ACCESS);
        Ports.out8(COM1 + DATA, 1);
        Ports.out8(COM1 + INTERRUPT_ENABLE, 0);
        Ports.out8(COM1 + LINE_CONTROL, EIGHT_N_ONE);
        // FIFO_CONTROL stays as the firmware left it: enabling or clearing the FIFOs would drop bytes
        // already received (a host feeding the serial line starts before the kernel does).
        Ports.out8(COM1 + MODEM_CONTROL, MODEM_READY);
    }

    /** Makes received bytes raise IRQ 4 (OUT2, which gates the UART's interrupt on a PC, is already set). */
    public static void enableReceiveInterrupts() {
        Ports.out8(COM1 + INTERRUPT_ENABLE, RECEIVED_DATA_INTERRUPT);
    }

    /** The next received byte, or -1 when none is waiting. Does not allocate (interrupt handlers call it). */
    @NoAllocation
    public static int read() {
        if ((Ports.in8(COM1 + LINE_STATUS) & DATA_READY) == 0) {
            return -1;
        }
        return Ports.in8(COM1 + DATA);
    }

    /** Sends {@code bytes[offset..offset+length)}. */
    public static void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                send('\r');
            }
            send(bytes[i]);
        }
    }

    /** Sends the characters of {@code text} (Latin-1), without allocating: for messages before the heap exists. */
    public static void print(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                send('\r');
            }
            send(text.charAt(i));
        }
    }

    private static void send(int value) {
        while ((Ports.in8(COM1 + LINE_STATUS) & TRANSMIT_EMPTY) == 0) {
            // Polled output: wait for the transmit holding register.
        }
        Ports.out8(COM1 + DATA, value);
    }
}
