package org.os2j.kernel.test;

/** Helpers the in-kernel tests call, so frames, lines and class initialization are real. */
final class Frames {
    private static int initialized;

    static {
        initialized++;
    }

    private Frames() {
    }

    static void outer(int depth) {
        middle(depth - 1);
    }

    static void middle(int depth) {
        if (depth > 0) {
            middle(depth - 1);
        } else {
            inner(depth);
        }
    }

    static void inner(int depth) {
        throw new IllegalStateException("depth " + depth);
    }

    /** How deep {@link #recurse} got. */
    static long depth;

    static long recurse(long value) {
        depth++;
        return recurse(value + 1) + value;
    }

    static int length(String text) {
        return text.length();
    }

    static int two() {
        return 2;
    }

    static int initializations() {
        return initialized;
    }
}
