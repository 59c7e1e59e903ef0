package org.os2j.kernel.test.crash;

import org.os2j.kernel.Kernel;

/** A must-crash kernel: a null dereference nothing catches ends the kernel with the panic banner and the trace. */
public final class NullDereference {
    private NullDereference() {
    }

    public static void main(String[] args) {
        Kernel.boot();
        System.out.println("dereferencing null");
        System.out.println(length(args.length > 5 ? "text" : null));
    }

    static int length(String text) {
        return text.length();
    }
}
