package org.os2j.runtime.linux;

import org.os2j.runtime.Utf8;
import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.substitutions.SystemSubstitutions;
import org.os2j.runtime.intrinsic.Memory;

/**
 * The Java side of program start-up on Linux x86-64: the entry code switches to the stack
 * {@link LinuxStack#create} made and calls {@link #start} with the process's {@code argc} and
 * {@code argv}. Installs the fault handlers ({@link LinuxCrashes}), ignores SIGPIPE as HotSpot
 * does (LinuxStack.create recorded the environment block), runs the JDK's System.initPhase1 (properties, standard
 * streams; SystemSubstitutions.startUp), builds the {@code String[]} for {@code main} (argv[1..], decoded as UTF-8, which is what HotSpot does under a
 * UTF-8 locale), runs {@code main}, then exits with status 0 after flushing {@code System.out} and
 * {@code System.err}, as {@code System.exit(0)}. Uncaught exceptions end the program in
 * {@code org.os2j.runtime.report.UncaughtException} instead.
 */
public final class LinuxStart {
    private LinuxStart() {
    }

    /**
     * @param argumentCount  argc: the number of entries of argv, counting the program name
     * @param argumentVector argv: the address of argc 8-byte pointers to NUL-terminated strings
     */
    public static void start(long argumentCount, long argumentVector) {
        LinuxCrashes.install();
        LinuxProcess.ignoreBrokenPipe();
        SystemSubstitutions.startUp();
        String[] arguments = readArguments(argumentCount, argumentVector);
        Magic.invokeMain(arguments);
        System.exit(0);
    }

    /** The Java arguments: argv[1..argc) (argv[0], the program name, is not passed to main). */
    static String[] readArguments(long argumentCount, long argumentVector) {
        int count = argumentCount > 1 ? (int) argumentCount - 1 : 0;
        String[] arguments = new String[count];
        for (int i = 0; i < count; i++) {
            arguments[i] = readString(Memory.loadLong(argumentVector + 8L * (i + 1)));
        }
        return arguments;
    }

    private static String readString(long address) {
        byte[] bytes = LinuxEnvironment.cString(address);
        return Utf8.decode(bytes, 0, bytes.length);
    }
}
