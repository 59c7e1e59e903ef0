package org.os2j.compiler.ir;

/**
 * A virtual register of one function: any number of definitions (the IR is not SSA; JVM locals
 * map to one register per local slot and kind), identified by a dense number so analyses can use
 * bit sets. Printed as {@code %N}, or {@code %name} when it has a debug name.
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

    @Override
    public String toString() {
        return name == null ? "%" + number : "%" + number + "." + name;
    }
}
