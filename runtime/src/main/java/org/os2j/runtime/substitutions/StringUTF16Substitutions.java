package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.lang.StringUTF16's one native. */
@TargetClass(className = "java.lang.StringUTF16")
final class StringUTF16Substitutions {
    /** Native: the byte order of the two-byte chars of UTF16 strings, the platform's; x86-64 is little-endian. */
    @Substitute
    private static boolean isBigEndian() {
        return false;
    }
}
