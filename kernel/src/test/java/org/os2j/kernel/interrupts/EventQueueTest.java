package org.os2j.kernel.interrupts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The event ring against a reference queue, under random interleavings, and its overflow rule. */
class EventQueueTest {
    @Test
    void behavesAsABoundedFifoThatDropsTheNewest() {
        Random random = new Random(7);
        EventQueue queue = new EventQueue(16);
        ArrayDeque<Integer> reference = new ArrayDeque<>();
        int dropped = 0;
        for (int step = 0; step < 100_000; step++) {
            if (random.nextInt(3) > 0) {
                int event = random.nextInt(0x300);
                queue.put(event);
                if (reference.size() < 16) {
                    reference.add(event);
                } else {
                    dropped++;
                }
            } else if (!reference.isEmpty()) {
                assertEquals(reference.remove(), queue.take());
            }
            assertEquals(reference.isEmpty(), queue.isEmpty());
        }
        assertEquals(dropped, queue.dropped());
        assertTrue(dropped > 0, "the run filled the ring at some point");
    }
}
