package org.os2j.runtime.substitutions;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/** java.io.FileOutputStream's natives over the platform's write. Opening files by name comes later. */
@TargetClass(FileOutputStream.class)
final class FileOutputStreamSubstitutions {
    @Alias
    private FileDescriptor fd;

    /** Native: caches JNI field IDs; os2j reads the field directly. */
    @Substitute
    private static void initIDs() {
    }

    /** Native: one byte. */
    @Substitute
    private void write(int b, boolean append) throws IOException {
        writeBytes(new byte[] {(byte) b}, 0, 1, append);
    }

    /** Native: the bytes, all of them, or an IOException as the JDK's ("Stream Closed" once closed). */
    @Substitute
    private void writeBytes(byte[] b, int off, int len, boolean append) throws IOException {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        int number = FileDescriptorSubstitutions.number(fd);
        if (number == -1) {
            throw new IOException("Stream Closed");
        }
        if (!Platform.write(number, b, off, len)) {
            throw new IOException("Write error");
        }
    }
}
