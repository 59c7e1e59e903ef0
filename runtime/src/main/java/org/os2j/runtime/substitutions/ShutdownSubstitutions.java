package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/** java.lang.Shutdown's natives: the end of the process after the shutdown hooks ran. */
@TargetClass(className = "java.lang.Shutdown")
final class ShutdownSubstitutions {
    /** Native: HotSpot's last JVMTI and statistics work before halting; os2j has none. */
    @Substitute
    static void beforeHalt() {
    }

    /** Native: ends the process with {@code status}. */
    @Substitute
    static void halt0(int status) {
        Platform.exit(status);
    }
}
