package org.os2j.runtime.intrinsic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The I/O port space for running {@link Ports} code on HotSpot: a test attaches a device (what a
 * read of a port returns) and reads back every write in order. A port with no device reads 0xFF,
 * as a floating ISA bus does. Not thread-safe.
 */
public final class SimulatedPorts {
    /** One OUT: the port and the byte written. */
    public record Write(int port, int value) {
    }

    private static final Map<Integer, IntSupplier> DEVICES = new HashMap<>();
    private static final List<Write> WRITES = new ArrayList<>();

    private SimulatedPorts() {
    }

    /** Makes reads of {@code port} return what {@code device} supplies. */
    public static void attach(int port, IntSupplier device) {
        DEVICES.put(port, device);
    }

    /** The writes since the last {@link #reset}, in order. */
    public static List<Write> writes() {
        return List.copyOf(WRITES);
    }

    /** Detaches every device and forgets the writes. */
    public static void reset() {
        DEVICES.clear();
        WRITES.clear();
    }

    static int read(int port) {
        IntSupplier device = DEVICES.get(port);
        return device == null ? 0xFF : device.getAsInt();
    }

    static void write(int port, int value) {
        WRITES.add(new Write(port, value));
    }
}
