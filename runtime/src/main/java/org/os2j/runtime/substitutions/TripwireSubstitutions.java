package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.util.Tripwire: the streams library's debugging aid for boxing on primitive streams. */
@TargetClass(className = "java.util.Tripwire")
final class TripwireSubstitutions {
    /**
     * Logs a warning (through the platform logger, service loading and class loaders) when the
     * system property org.openjdk.java.util.stream.tripwire was true at start-up, which needs a -D
     * option a compiled program does not take: never.
     */
    @Substitute
    static void trip(Class<?> trippingClass, String msg) {
    }
}
