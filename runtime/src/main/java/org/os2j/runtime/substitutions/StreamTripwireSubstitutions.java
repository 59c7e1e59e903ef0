package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.util.stream.Tripwire: the streams library's debugging aid for boxing in primitive pipelines. */
@TargetClass(className = "java.util.stream.Tripwire")
final class StreamTripwireSubstitutions {
    /**
     * Logs a warning (through the platform logger, service loading and class loaders) when the
     * system property org.openjdk.java.util.stream.tripwire was true at start-up, which needs a -D
     * option a compiled program does not take: never.
     */
    @Substitute
    static void trip(Class<?> trippingClass, String msg) {
    }
}
