package org.os2j.runtime.substitutions;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/** java.io.FileInputStream's natives over the platform's read. Opening files by name comes later. */
@TargetClass(FileInputStream.class)
final class FileInputStreamSubstitutions {
    @Alias
    private FileDescriptor fd;

    /** Native: caches JNI field IDs; os2j reads the field directly. */
    @Substitute
    private static void initIDs() {
    }

    /** Native: one byte, or -1 at end of input. */
    @Substitute
    private int read0() throws IOException {
        byte[] one = new byte[1];
        int count = readBytes(one, 0, 1);
        return count <= 0 ? -1 : one[0] & 0xFF;
    }

    /** Native: up to {@code len} bytes, -1 at end of input, as the JDK's readBytes. */
    @Substitute
    private int readBytes(byte[] b, int off, int len) throws IOException {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        int number = FileDescriptorSubstitutions.number(fd);
        if (number == -1) {
            throw new IOException("Stream Closed");
        }
        int count = Platform.read(number, b, off, len);
        if (count < 0) {
            throw new IOException("Read error");
        }
        return count == 0 ? -1 : count;
    }

    /** Native: how much can be read without blocking; 0 is always a correct answer for a stream. */
    @Substitute
    private int available0() throws IOException {
        if (FileDescriptorSubstitutions.number(fd) == -1) {
            throw new IOException("Stream Closed");
        }
        return 0;
    }
}
