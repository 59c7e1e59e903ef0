package org.os2j.kernel.interrupts;

import org.os2j.kernel.arch.CpuExceptions;
import org.os2j.runtime.kernel.InterruptFrame;
import org.os2j.runtime.kernel.InterruptHandler;

/** Every vector's first stop once devices are up: CPU exceptions, then the PIC's lines, else unexpected. */
public final class InterruptRouter implements InterruptHandler {
    private final CpuExceptions exceptions = new CpuExceptions();

    @Override
    public void handle(long frame) {
        int vector = InterruptFrame.vector(frame);
        if (vector >= Pic.BASE_VECTOR && vector < Pic.BASE_VECTOR + Pic.LINES) {
            Devices.interrupt(vector - Pic.BASE_VECTOR);
        } else {
            exceptions.handle(frame);
        }
    }
}
