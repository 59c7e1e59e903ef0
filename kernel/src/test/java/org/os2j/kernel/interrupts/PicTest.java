package org.os2j.kernel.interrupts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.os2j.runtime.intrinsic.SimulatedPorts;
import org.os2j.runtime.intrinsic.SimulatedPorts.Write;

/** The 8259 programming sequence and spurious-interrupt rules, on simulated ports (8259A data sheet). */
class PicTest {
    @AfterEach
    void reset() {
        SimulatedPorts.reset();
    }

    @Test
    void initializationRemapsToVector0x30AndMasksEverything() {
        Pic.initialize();
        assertEquals(List.of(new Write(0x20, 0x11), new Write(0xA0, 0x11), new Write(0x21, 0x30), new Write(0xA1, 0x38),
                new Write(0x21, 0x04), new Write(0xA1, 0x02), new Write(0x21, 0x01), new Write(0xA1, 0x01),
                new Write(0x21, 0xFF), new Write(0xA1, 0xFF)), SimulatedPorts.writes());
    }

    @Test
    void enablingASlaveLineAlsoEnablesTheCascade() {
        Pic.initialize();
        SimulatedPorts.reset();
        Pic.enable(12);
        assertEquals(List.of(new Write(0x21, 0xFB), new Write(0xA1, 0xEF)), SimulatedPorts.writes());
    }

    @Test
    void aSpuriousIrq7GetsNoEndOfInterrupt() {
        SimulatedPorts.attach(0x20, () -> 0x00); // in-service register: IRQ 7 not in service
        int before = Pic.spuriousInterrupts();
        assertFalse(Pic.acknowledge(7));
        assertEquals(List.of(new Write(0x20, 0x0B)), SimulatedPorts.writes());
        assertEquals(before + 1, Pic.spuriousInterrupts());
    }

    @Test
    void aSpuriousIrq15GetsAnEndOfInterruptToTheMasterOnly() {
        SimulatedPorts.attach(0xA0, () -> 0x00);
        assertFalse(Pic.acknowledge(15));
        assertEquals(List.of(new Write(0xA0, 0x0B), new Write(0x20, 0x20)), SimulatedPorts.writes());
    }

    @Test
    void aRealIrq7IsAcknowledgedAndEndsWithAnEndOfInterrupt() {
        SimulatedPorts.attach(0x20, () -> 0x80);
        assertTrue(Pic.acknowledge(7));
        Pic.endOfInterrupt(7);
        Pic.endOfInterrupt(9);
        assertEquals(List.of(new Write(0x20, 0x0B), new Write(0x20, 0x20), new Write(0xA0, 0x20), new Write(0x20, 0x20)),
                SimulatedPorts.writes());
    }
}
