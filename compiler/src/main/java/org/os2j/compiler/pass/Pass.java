package org.os2j.compiler.pass;

import org.os2j.compiler.ir.Function;

/** A transformation of one function's IR that keeps every {@link org.os2j.compiler.ir.IrVerifier} invariant. */
public interface Pass {
    String name();

    void run(Function function);
}
