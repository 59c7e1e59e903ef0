package org.os2j.kernel.interrupts;

import org.os2j.runtime.annotation.NoAllocation;
/**
 * A ring of small events (bytes from input devices) that interrupt handlers append to and the
 * kernel's loop takes from: the only work a handler does. Preallocated, so handlers never
 * allocate. One producer (a handler, interrupts off) and one consumer (the loop, which takes
 * with interrupts off): no locking on one processor. A full ring drops the newest event and
 * counts it.
 */
public final class EventQueue {
    private final int[] events;
    /** Invariant: 0 <= taken <= added, added - taken <= events.length; indices taken modulo the length. */
    private long added;
    private long taken;
    private int dropped;

    public EventQueue(int capacity) {
        events = new int[capacity];
    }

    /** Appends {@code event}; called from an interrupt handler. */
    @NoAllocation
    public void put(int event) {
        if (added - taken == events.length) {
            dropped++;
            return;
        }
        events[(int) (added % events.length)] = event;
        added++;
    }

    public boolean isEmpty() {
        return added == taken;
    }

    /** The oldest event; call only when not empty, with interrupts disabled. */
    @NoAllocation
    public int take() {
        int event = events[(int) (taken % events.length)];
        taken++;
        return event;
    }

    public int dropped() {
        return dropped;
    }
}
