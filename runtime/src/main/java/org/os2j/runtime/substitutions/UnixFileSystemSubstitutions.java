package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/** java.io.UnixFileSystem's natives (java.io.File). Files themselves (open, stat, list) come later. */
@TargetClass(className = "java.io.UnixFileSystem")
final class UnixFileSystemSubstitutions {
    /** Native: caches JNI field IDs; os2j reads fields directly. */
    @Substitute
    private static void initIDs() {
    }
}
