package org.os2j.runtime.report;

import org.os2j.runtime.Utf8;
import org.os2j.runtime.platform.Platform;

/**
 * Reports an exception that nothing catches and ends the program, as HotSpot's default handler
 * does for the main thread: flushes {@code System.out}, writes the first line HotSpot prints,
 * {@code Exception in thread "main" <class>[: <message>]}, to standard error (UTF-8), and exits
 * with status 1. There is no stack trace yet.
 *
 * <p>This is the uncaught path only: exception objects, {@code throw} and unwinding come in a later
 * issue, after which this reports real {@code Throwable}s. Never returns; re-entry (a failure while
 * reporting) skips the flush so it cannot recurse.
 */
public final class UncaughtException {
    private static final int STANDARD_ERROR = 2;
    private static final int EXIT_STATUS = 1;

    /** True once a report has started. */
    private static boolean reporting;
    /** The most recent report's line: visible to a debugger, and read by host tests. */
    private static String lastReport;

    private UncaughtException() {
    }

    /**
     * An exception nothing catches (the unwinder found no handler): what HotSpot's default handler
     * prints for the main thread, {@code Exception in thread "main" } and the stack trace as
     * printStackTrace writes it, then exit status 1.
     */
    public static void uncaught(Throwable throwable) {
        if (reporting) {
            reportLine("Exception in thread \"main\" " + throwable.getClass().getName() + "\n");
        }
        reporting = true;
        flushStandardOutput();
        reportLine("Exception in thread \"main\" " + StackTraceText.of(throwable));
    }

    public static void report(String exceptionClassName, String message) {
        reportLine(firstLine(exceptionClassName, message));
    }

    private static void reportLine(String line) {
        lastReport = line;
        if (!reporting) {
            reporting = true;
            flushStandardOutput();
        }
        byte[] bytes = Utf8.encode(Platform.fatalBanner() + line);
        Platform.write(STANDARD_ERROR, bytes, 0, bytes.length);
        Platform.exit(EXIT_STATUS);
    }

    /** Flushes System.out, which is null while System.initPhase1 has not set it yet. */
    private static void flushStandardOutput() {
        java.io.PrintStream out = System.out;
        if (out != null) {
            out.flush();
        }
    }

    /** HotSpot's first line for an uncaught exception in the main thread, with its newline. */
    public static String firstLine(String exceptionClassName, String message) {
        if (message == null) {
            return "Exception in thread \"main\" " + exceptionClassName + "\n";
        }
        return "Exception in thread \"main\" " + exceptionClassName + ": " + message + "\n";
    }

    /** The line of the most recent {@link #report}, or null before any. */
    public static String lastReport() {
        return lastReport;
    }
}
