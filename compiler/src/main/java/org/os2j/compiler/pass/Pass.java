package org.os2j.compiler.pass;

import org.os2j.compiler.ir.Function;

/**
 * A transformation of one function's IR that keeps every {@link org.os2j.compiler.ir.IrVerifier}
 * invariant. Each pass states the form it works on; {@link Pipeline} checks the order at start-up.
 */
public interface Pass {
    /** The two forms of the IR (see {@link Function}). */
    enum Form { SSA, OUT_OF_SSA }

    String name();

    void run(Function function);

    /** Called once with every function of the world before a whole-program step runs over them. */
    default void prepare(java.util.Collection<Function> functions) {
    }

    /** The form the pass requires. */
    default Form input() {
        return Form.SSA;
    }

    /** The form the pass leaves. */
    default Form output() {
        return input();
    }
}
