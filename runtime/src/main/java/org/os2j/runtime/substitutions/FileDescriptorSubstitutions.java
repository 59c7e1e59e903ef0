package org.os2j.runtime.substitutions;

import java.io.FileDescriptor;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/** java.io.FileDescriptor's natives: a descriptor is the platform's file number. */
@TargetClass(FileDescriptor.class)
final class FileDescriptorSubstitutions {
    @Alias
    private int fd;

    /** The platform file number of {@code descriptor} (-1 once closed), for the file streams' substitutions. */
    static int number(FileDescriptor descriptor) {
        return ((FileDescriptorSubstitutions) (Object) descriptor).fd;
    }

    /** Native: caches JNI field IDs; os2j reads the field directly. */
    @Substitute
    private static void initIDs() {
    }

    /** Native: a Windows handle; -1 elsewhere, as the JDK's Unix code returns. */
    @Substitute
    private static long getHandle(int d) {
        return -1;
    }

    /** Native: whether the descriptor was opened for appending. */
    @Substitute
    private static boolean getAppend(int d) {
        return Platform.isAppending(d);
    }

    /**
     * Native: closes the descriptor. The standard streams stay open underneath (closing System.out
     * must not let a later open reuse descriptor 1 for a file); the JDK marks this object closed (-1).
     */
    @Substitute
    private void close0() {
        fd = -1;
    }
}
