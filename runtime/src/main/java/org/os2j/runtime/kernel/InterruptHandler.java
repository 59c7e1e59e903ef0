package org.os2j.runtime.kernel;

/** What the kernel does with an interrupt: given the frame the entry saved (runtime InterruptFrameLayout). */
public interface InterruptHandler {
    /**
     * Handles the interrupt or exception whose saved state is at {@code frame} (read it with
     * {@link InterruptFrame}); returning resumes the interrupted code with that state.
     */
    void handle(long frame);
}
