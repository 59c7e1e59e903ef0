package org.os2j.compiler.world;

/**
 * A method named by its declaring class (internal name), name and descriptor. Its {@link #symbol()}
 * is the linker symbol of its compiled code: {@code java.lang.String.length()I}, readable in
 * {@code objdump -d} and gdb backtraces.
 */
public record MethodReference(String owner, String name, String descriptor) {
    public String symbol() {
        return owner.replace('/', '.') + "." + name + descriptor;
    }

    /** The reference whose {@link #symbol()} is {@code symbol}. */
    public static MethodReference parseSymbol(String symbol) {
        int parenthesis = symbol.indexOf('(');
        int dot = symbol.lastIndexOf('.', parenthesis);
        return new MethodReference(symbol.substring(0, dot).replace('.', '/'), symbol.substring(dot + 1, parenthesis),
                symbol.substring(parenthesis));
    }

    /** {@code Owner.name}, for messages. */
    public String displayName() {
        return owner.replace('/', '.') + "." + name;
    }

    @Override
    public String toString() {
        return symbol();
    }
}
