package org.os2j.runtime.substitutions;

import java.util.concurrent.atomic.AtomicLong;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.util.concurrent.atomic.AtomicLong's native. */
@TargetClass(AtomicLong.class)
final class AtomicLongSubstitutions {
    /** Native: whether the processor has an 8-byte compare-and-swap; x86-64 has (CMPXCHG8B, CMPXCHG). */
    @Substitute
    private static boolean VMSupportsCS8() {
        return true;
    }
}
