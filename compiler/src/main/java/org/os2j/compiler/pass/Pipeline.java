package org.os2j.compiler.pass;

import java.io.PrintStream;
import java.util.List;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.IrPrinter;
import org.os2j.compiler.ir.IrVerifier;

/**
 * The IR passes, in the order they run: the one place that says what happens to a method between
 * translation and code generation. Code generation itself (register allocation, instruction
 * selection) is in {@code backend/}, listed in {@link org.os2j.compiler.driver.Compiler}.
 */
public final class Pipeline {
    /**
     * The passes, in order. Constraints: SimplifyControlFlow before EliminateDeadCode (it removes
     * unreachable blocks whose uses would keep values alive); FuseCompareBranches after
     * SimplifyControlFlow, whose block merging can bring a compare next to its branch; DestroySsa
     * last of the SSA passes, CoalesceCopies right after it. The forms each pass requires and
     * leaves are checked when this class loads.
     */
    public static final List<Pass> PASSES = List.of(
            new SimplifyControlFlow(),
            new FuseCompareBranches(),
            new EliminateDeadCode(),
            new DestroySsa(),
            new CoalesceCopies());

    static {
        Pass.Form form = Pass.Form.SSA;
        for (Pass pass : PASSES) {
            if (pass.input() != form) {
                throw new IllegalStateException(pass.name() + " needs " + pass.input() + " but gets " + form);
            }
            form = pass.output();
        }
        if (form != Pass.Form.OUT_OF_SSA) {
            throw new IllegalStateException("the pipeline must leave SSA form before register allocation");
        }
    }

    /** The pass named {@code name} (as in IR dumps and IR file tests). */
    public static Pass named(String name) {
        for (Pass pass : PASSES) {
            if (pass.name().equals(name)) {
                return pass;
            }
        }
        throw new IllegalArgumentException("no pass named " + name);
    }

    private final boolean verify;
    private final String dumpFilter;
    private final PrintStream dump;

    /**
     * @param verify run the IR verifier after translation and after every pass (tests do)
     * @param dumpFilter print the IR of matching functions after each step, or null
     */
    public Pipeline(boolean verify, String dumpFilter, PrintStream dump) {
        this.verify = verify;
        this.dumpFilter = dumpFilter;
        this.dump = dump;
    }

    public void run(Function function) {
        after("translate", function);
        for (Pass pass : PASSES) {
            pass.run(function);
            after(pass.name(), function);
        }
    }

    private void after(String step, Function function) {
        if (verify) {
            IrVerifier.verify(function);
        }
        if (dumpFilter != null && function.symbol().contains(dumpFilter)) {
            dump.println("; after " + step);
            dump.print(IrPrinter.format(function));
        }
    }
}
