package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;

/**
 * Stands in for {@code java.lang.Boolean}'s static members until the JDK class itself compiles
 * (scaffolding), with JDK 17's results. No boxing: no {@code TRUE}, {@code FALSE} or
 * {@code valueOf}; no {@code getBoolean}.
 */
@ReplaceClass(Boolean.class)
public final class BooleanReplacement {
    private BooleanReplacement() {
    }

    /** True when {@code s} is "true" ignoring case, as the JDK. */
    public static boolean parseBoolean(String s) {
        return s != null && StringReplacement.of("true").equalsIgnoreCase(s);
    }

    public static String toString(boolean b) {
        return b ? "true" : "false";
    }

    public static int hashCode(boolean value) {
        return value ? 1231 : 1237;
    }

    public static int compare(boolean x, boolean y) {
        return x == y ? 0 : (x ? 1 : -1);
    }

    public static boolean logicalAnd(boolean a, boolean b) {
        return a && b;
    }

    public static boolean logicalOr(boolean a, boolean b) {
        return a || b;
    }

    public static boolean logicalXor(boolean a, boolean b) {
        return a ^ b;
    }
}
