package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** jdk.internal.misc.VM: the start-up state HotSpot's launcher and System.initPhase1 set up. */
@TargetClass(className = "jdk.internal.misc.VM")
final class VmSubstitutions {
    /** Native: HotSpot's own bookkeeping for VM; os2j has none to register. */
    @Substitute
    private static void initialize() {
    }

    /**
     * The system properties saved at start-up (the launcher's -D options) before user code can change
     * them: a compiled program has no -D options, so every such property is absent, which is what the
     * JDK's readers (IntegerCache's high bound, ...) treat as the default.
     */
    @Substitute
    public static String getSavedProperty(String key) {
        return null;
    }

    /**
     * Whether {@code loader} defines classes of the system domain: os2j has no class loaders (every
     * class's getClassLoader() is null, the boot loader), so exactly null.
     */
    @Substitute
    public static boolean isSystemDomainLoader(ClassLoader loader) {
        return loader == null;
    }
}
