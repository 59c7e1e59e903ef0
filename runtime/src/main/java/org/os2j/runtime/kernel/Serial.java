package org.os2j.runtime.kernel;

import org.os2j.runtime.intrinsic.Ports;

/**
 * The kernel's console until its console subsystem is up: COM1, an 8250/16550 UART at its ISA
 * ports, 115200 baud, 8 data bits, no parity, one stop bit, polled (no interrupts). Writes a
 * line feed as CR LF, as serial consoles do. Does not allocate.
 */
public final class Serial {
    private static final int COM1 = 0x3F8;
    // Register offsets from the base port (16550 data sheet).
    private static final int DATA = 0;
    private static final int INTERRUPT_ENABLE = 1;
    private static final int FIFO_CONTROL = 2;
    private static final int LINE_CONTROL = 3;
    private static final int MODEM_CONTROL = 4;
    private static final int LINE_STATUS = 5;
    private static final int DIVISOR_LATCH_ACCESS = 0x80;
    private static final int EIGHT_N_ONE = 0x03;
    /** Enable and clear both FIFOs, interrupt at 14 bytes. */
    private static final int FIFO_ENABLE_CLEAR = 0xC7;
    /** DTR, RTS and OUT2. */
    private static final int MODEM_READY = 0x0B;
    private static final int TRANSMIT_EMPTY = 0x20;

    private Serial() {
    }

    /** Programs COM1: no interrupts, divisor 1 (115200 baud), 8N1, FIFOs on. */
    public static void initialize() {
        Ports.out8(COM1 + INTERRUPT_ENABLE, 0);
        Ports.out8(COM1 + LINE_CONTROL, DIVISOR_LATCH_ACCESS);
        Ports.out8(COM1 + DATA, 1);
        Ports.out8(COM1 + INTERRUPT_ENABLE, 0);
        Ports.out8(COM1 + LINE_CONTROL, EIGHT_N_ONE);
        Ports.out8(COM1 + FIFO_CONTROL, FIFO_ENABLE_CLEAR);
        Ports.out8(COM1 + MODEM_CONTROL, MODEM_READY);
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
