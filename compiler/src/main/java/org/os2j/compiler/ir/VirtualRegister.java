package org.os2j.compiler.ir;

/**
 * A virtual register of one function, identified by a dense number so analyses can use bit sets.
 * In SSA form it is a value with exactly one definition; out of SSA form it may be assigned many
 * times (see {@link Function}). Printed as {@code %N}, or {@code %N.name} when it has a debug name
 * (the JVM local it came from, for example).
 */
public final class VirtualRegister implements Value {
    private final int number;
    private final Kind kind;
    private final String name;

    VirtualRegister(int number, Kind kind, String name) {
        this.number = number;
        this.kind = kind;
        this.name = name;
    }

    public int number() {
        return number;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    /** The debug name, or null. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name == null ? "%" + number : "%" + number + "." + name;
    }
}
