package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** jdk.internal.misc.UnsafeConstants: the values HotSpot injects after its static initializer runs. */
@TargetClass(className = "jdk.internal.misc.UnsafeConstants")
final class UnsafeConstantsSubstitutions {
    @Alias
    static int ADDRESS_SIZE0;
    @Alias
    static int PAGE_SIZE;
    @Alias
    static boolean BIG_ENDIAN;
    @Alias
    static boolean UNALIGNED_ACCESS;
    @Alias
    static int DATA_CACHE_LINE_FLUSH_SIZE;

    /** The JDK's initializer stores placeholders for the VM to overwrite: x86-64's values instead. */
    @Substitute(method = "<clinit>")
    private static void initializeStatics() {
        ADDRESS_SIZE0 = 8;
        PAGE_SIZE = 4096;
        BIG_ENDIAN = false;
        UNALIGNED_ACCESS = true;
        DATA_CACHE_LINE_FLUSH_SIZE = 0;
    }
}
