package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;
import org.os2j.runtime.platform.Platform;

/** java.lang.ProcessEnvironment's native: the environment System.getenv reads. */
@TargetClass(className = "java.lang.ProcessEnvironment")
final class ProcessEnvironmentSubstitutions {
    /**
     * Native: names and values alternately, as the JDK's Unix code returns them; an entry without
     * '=' is skipped, as there.
     */
    @Substitute
    private static byte[][] environ() {
        byte[][] entries = Platform.environment();
        int count = 0;
        for (byte[] entry : entries) {
            if (indexOfEquals(entry) > 0) {
                count++;
            }
        }
        byte[][] result = new byte[2 * count][];
        int next = 0;
        for (byte[] entry : entries) {
            int equals = indexOfEquals(entry);
            if (equals > 0) {
                result[next++] = java.util.Arrays.copyOfRange(entry, 0, equals);
                result[next++] = java.util.Arrays.copyOfRange(entry, equals + 1, entry.length);
            }
        }
        return result;
    }

    private static int indexOfEquals(byte[] entry) {
        for (int i = 0; i < entry.length; i++) {
            if (entry[i] == '=') {
                return i;
            }
        }
        return -1;
    }
}
