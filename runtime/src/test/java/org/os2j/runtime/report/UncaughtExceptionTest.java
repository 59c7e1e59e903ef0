package org.os2j.runtime.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The uncaught-exception line; writing and exiting need os2j-compiled code. */
class UncaughtExceptionTest {
    @Test
    void firstLineIsHotSpots() {
        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException: bad state\n",
                UncaughtException.firstLine("java.lang.IllegalStateException", "bad state"));
        assertEquals("Exception in thread \"main\" " + new IllegalStateException() + "\n",
                UncaughtException.firstLine("java.lang.IllegalStateException", null));
        assertEquals("Exception in thread \"main\" " + new RuntimeException("") + "\n",
                UncaughtException.firstLine("java.lang.RuntimeException", ""));
    }

    @Test
    void reportRecordsItsLineThenNeedsTheSystemCall() {
        assertThrows(UnsupportedOperationException.class, () -> UncaughtException.report("p.Failure", "caf\u00e9 \ud83d\ude00"));
        assertEquals("Exception in thread \"main\" p.Failure: caf\u00e9 \ud83d\ude00\n", UncaughtException.lastReport());
    }
}
