package org.os2j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.os2j.runtime.report.UncaughtException;

/**
 * Test support: compares replacement behaviour with HotSpot's. On HotSpot an os2j failure report
 * ends in an UnsupportedOperationException from the system-call intrinsic, after recording the
 * report line; a failure the compiler's inserted checks would catch surfaces as HotSpot's own
 * exception, whose text the compiled check reproduces.
 */
public final class HostOracle {
    private HostOracle() {
    }

    /** A piece of code that may throw. */
    public interface Action {
        Object run() throws Throwable;
    }

    /**
     * HotSpot's first uncaught-exception line for {@code thrown}. An ArithmeticException without
     * message is HotSpot's preallocated one (OmitStackTraceInFastThrow, after many throws from
     * compiled code) and stands for "/ by zero".
     */
    public static String hotSpotLine(Throwable thrown) {
        if (thrown instanceof ArithmeticException && thrown.getMessage() == null) {
            return "Exception in thread \"main\" java.lang.ArithmeticException: / by zero\n";
        }
        return "Exception in thread \"main\" " + thrown + "\n";
    }

    /** The report line {@code replacement} produces (or the implicit exception it raises). */
    public static String failureLine(Action replacement) {
        try {
            Object result = replacement.run();
            fail("expected a failure, got " + result);
            return null;
        } catch (UnsupportedOperationException reported) {
            return UncaughtException.lastReport();
        } catch (Throwable implicit) {
            return hotSpotLine(implicit);
        }
    }

    /**
     * Runs {@code jdk} and {@code replacement}: both return equal results, or both fail with the
     * same first line (NullPointerExceptions compare by class only: HotSpot's helpful text is not
     * reproduced).
     */
    public static void assertSame(Action jdk, Action replacement, String context) {
        Object expected;
        try {
            expected = jdk.run();
        } catch (Throwable thrown) {
            String actual = failureLine(replacement);
            if (thrown instanceof NullPointerException) {
                assertEquals(true, actual.startsWith("Exception in thread \"main\" java.lang.NullPointerException"),
                        context + ": " + actual);
            } else {
                assertEquals(hotSpotLine(thrown), actual, context);
            }
            return;
        }
        Object actual;
        try {
            actual = replacement.run();
        } catch (Throwable thrown) {
            throw new AssertionError(context + ": expected " + expected + " but failed: "
                    + UncaughtException.lastReport(), thrown);
        }
        if (expected instanceof char[]) {
            expected = new String((char[]) expected);
            actual = new String((char[]) actual);
        }
        assertEquals(expected, actual, context);
    }

    /** A string of {@code length} chars mixing ASCII, Latin-1, other BMP chars and surrogates. */
    public static String randomString(Random random, int length) {
        StringBuilder builder = new StringBuilder();
        int flavour = random.nextInt(4); // 0: ASCII, 1: Latin-1, 2/3: anything
        for (int i = 0; i < length; i++) {
            builder.append(randomChar(random, flavour));
        }
        return builder.toString();
    }

    private static final String INTERESTING = " \t\n\u000b\u001c\u0085\u00a0\u00b5\u00df\u00ff\u0100\u0178"
            + "\u1680\u2007\u2028\u3000\ud800\udbff\udc00\udfff\ufeff\uffff";

    public static char randomChar(Random random, int flavour) {
        switch (flavour) {
            case 0:
                return (char) (random.nextInt(6) == 0 ? random.nextInt(0x21) : 0x20 + random.nextInt(0x5f));
            case 1:
                return (char) random.nextInt(0x100);
            default:
                switch (random.nextInt(5)) {
                    case 0:
                        return INTERESTING.charAt(random.nextInt(INTERESTING.length()));
                    case 1:
                        return (char) random.nextInt(0x10000);
                    case 2:
                        return (char) random.nextInt(0x100);
                    default:
                        return (char) ('a' + random.nextInt(4));
                }
        }
    }
}
