package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.Terminator: the JDK's handlers for SIGHUP, SIGINT and SIGTERM. */
@TargetClass(className = "java.lang.Terminator")
final class TerminatorSubstitutions {
    /**
     * Installs Java handlers (through jdk.internal.misc.Signal's natives and a thread per signal)
     * that run the shutdown hooks: os2j has one thread, so these signals keep their default action
     * and end the process without running the hooks.
     */
    @Substitute
    static void setup() {
    }
}
