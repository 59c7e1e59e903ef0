package org.os2j.kernel.console;

import org.os2j.kernel.interrupts.Devices;
import org.os2j.kernel.interrupts.KeyboardDecoder;
import org.os2j.runtime.intrinsic.Cpu;

/**
 * The kernel's interactive prompt, and its event loop until the continuation scheduler replaces
 * it: takes input events (keyboard scancodes, serial bytes) that the interrupt handlers recorded,
 * decodes and echoes them, edits the line (Backspace), and on Enter runs the line's command
 * ({@link Commands}) and starts a new prompt. End of
 * input (Ctrl+D, or the EOT that {@code scripts/os2j boot} sends after piped input) ends it.
 * With nothing to do it halts until the next interrupt, never missing one: it checks for events
 * with interrupts off and enables them in the same instruction pair as HLT.
 */
public final class Prompt {
    private static final String PROMPT = "os2j> ";
    private static final int END_OF_INPUT = 4;
    private static final int BACKSPACE = 8;
    private static final int DELETE = 127;

    private final KeyboardDecoder keyboard = new KeyboardDecoder();
    private final StringBuilder line = new StringBuilder();

    /** Runs until end of input; returns the number of lines entered. */
    public int run() {
        int lines = 0;
        System.out.print(PROMPT);
        System.out.flush();
        while (true) {
            int character = nextCharacter();
            if (character == END_OF_INPUT) {
                System.out.println();
                return lines;
            }
            if (character == '\r' || character == '\n') {
                System.out.print('\n');
                Commands.run(line.toString());
                line.setLength(0);
                lines++;
                System.out.print(PROMPT);
            } else if (character == BACKSPACE || character == DELETE) {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                    System.out.print("\b \b");
                }
            } else if (character >= ' ' && character < DELETE) {
                line.append((char) character);
                System.out.print((char) character);
            }
            System.out.flush();
        }
    }

    /** The next character from either source, waiting (halted) for one. */
    private int nextCharacter() {
        while (true) {
            Cpu.disableInterrupts();
            if (Devices.INPUT.isEmpty()) {
                Cpu.waitForInterrupt(); // STI; HLT: an interrupt between the check and HLT still wakes it
                continue;
            }
            int event = Devices.INPUT.take();
            Cpu.enableInterrupts();
            int character = (event & Devices.KEYBOARD) != 0 ? keyboard.decode(event & 0xFF) : event & 0xFF;
            if (character != KeyboardDecoder.NONE) {
                return character;
            }
        }
    }
}
