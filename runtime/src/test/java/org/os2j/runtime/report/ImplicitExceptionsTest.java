package org.os2j.runtime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Each exception the runtime throws against the one HotSpot throws for the same failure: the same
 * class and message.
 */
class ImplicitExceptionsTest {
    private static Throwable thrownBy(Runnable action) {
        return assertThrows(Throwable.class, action::run);
    }

    /** The runtime throws an exception of the same class with the same message as HotSpot. */
    private static void assertReports(Throwable expected, Runnable report) {
        assertEquals(expected.toString(), assertThrows(Throwable.class, report::run).toString());
    }

    @Test
    void compilerInsertedChecksReportLikeHotSpot() {
        int zero = 0;
        int[] array = new int[3];
        assertReports(thrownBy(() -> System.out.print(1 / zero)), ImplicitExceptions::divideByZero);
        assertReports(thrownBy(() -> System.out.print(array[5])), () -> ImplicitExceptions.arrayIndexOutOfBounds(5, 3));
        assertReports(thrownBy(() -> System.out.print(array[-1])), () -> ImplicitExceptions.arrayIndexOutOfBounds(-1, 3));
        int size = -7;
        assertReports(thrownBy(() -> System.out.print(new int[size].length)), () -> ImplicitExceptions.negativeArraySize(-7));
        // ArrayStoreException and ClassCastException read class descriptors: the differential programs
        // in compiler/src/test/programs/arrays and objects compare them with HotSpot.
    }

    @Test
    void exceptionsWithoutMessagesPrintTheClassOnly() {
        assertEquals("java.lang.NullPointerException",
                assertThrows(NullPointerException.class, () -> ImplicitExceptions.nullPointer(0)).toString());
    }

    @Test
    void replacementReportsCarryTheJdkMessages() {
        assertReports(thrownBy(() -> "abc".charAt(5)), () -> ImplicitExceptions.stringIndexOutOfRange(5));
        assertReports(thrownBy(() -> new StringBuilder("abc").charAt(5)), () -> ImplicitExceptions.stringIndexOutOfBounds(5, 3));
        assertReports(thrownBy(() -> "abc".substring(2, 1)), () -> ImplicitExceptions.stringBeginEndOutOfBounds(2, 1, 3));
        assertReports(thrownBy(() -> new String(new char[3], 1, 5)),
                () -> ImplicitExceptions.stringOffsetCountOutOfBounds(1, 5, 3));
        assertReports(thrownBy(() -> new StringBuilder("abc").insert(5, "x")), () -> ImplicitExceptions.stringOffsetOutOfBounds(5, 3));
        assertReports(thrownBy(() -> new StringBuilder("abc").delete(2, 1)),
                () -> ImplicitExceptions.stringStartEndOutOfBounds(2, 1, 3));
        assertReports(thrownBy(() -> new StringBuilder().append(new char[3], 1, 5)),
                () -> ImplicitExceptions.indexStartEndOutOfBounds(1, 6, 3));
        assertReports(thrownBy(() -> Integer.parseInt("abc")), () -> ImplicitExceptions.numberFormat("abc"));
        assertReports(thrownBy(() -> Integer.parseInt("xyz", 16)), () -> ImplicitExceptions.numberFormat("xyz", 16));
        assertReports(thrownBy(() -> Integer.parseInt(null)), ImplicitExceptions::numberFormatNullString);
        assertReports(thrownBy(() -> Integer.parseInt("1", 1)), () -> ImplicitExceptions.numberFormatRadix(1));
        assertReports(thrownBy(() -> Integer.parseInt("1", 37)), () -> ImplicitExceptions.numberFormatRadix(37));
        assertReports(thrownBy(() -> Short.parseShort("ffff", 16)), () -> ImplicitExceptions.numberFormatOutOfRange("ffff", 16));
        assertReports(thrownBy(() -> Math.addExact(Integer.MAX_VALUE, 1)),
                () -> ImplicitExceptions.arithmeticOverflow("integer overflow"));
        assertReports(thrownBy(() -> "a".repeat(-3)), () -> ImplicitExceptions.negativeRepeatCount(-3));
        assertReports(thrownBy(() -> Character.toChars(-1)), () -> ImplicitExceptions.invalidCodePoint(-1));
        assertReports(new OutOfMemoryError("Required array length 10 + 2147483647 is too large"),
                () -> ImplicitExceptions.arrayLengthTooLarge(10, Integer.MAX_VALUE));
    }
}
