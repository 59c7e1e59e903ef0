package org.os2j.kernel.test;

/** One in-kernel test: a name and a body that throws when the kernel misbehaves. */
abstract class KernelTest {
    final String name;

    KernelTest(String name) {
        this.name = name;
    }

    abstract void run() throws Exception;

    /** Fails the test with {@code what} unless {@code condition} holds. */
    static void check(boolean condition, String what) {
        if (!condition) {
            throw new TestFailure(what);
        }
    }

    /** Fails the test unless {@code actual} equals {@code expected}. */
    static void checkEquals(String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new TestFailure("expected \"" + expected + "\" but was \"" + actual + "\"");
        }
    }

    /** Fails the test unless {@code actual} equals {@code expected}. */
    static void checkEquals(long expected, long actual) {
        if (expected != actual) {
            throw new TestFailure("expected " + expected + " but was " + actual);
        }
    }

    /** A failed check. */
    static final class TestFailure extends RuntimeException {
        TestFailure(String message) {
            super(message);
        }
    }
}
