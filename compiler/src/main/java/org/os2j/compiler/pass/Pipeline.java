package org.os2j.compiler.pass;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.IrPrinter;
import org.os2j.compiler.ir.IrVerifier;

/**
 * The IR passes, in the order they run: the one place that says what happens to a method between
 * translation and code generation. Compilation is two-phase (driver/Compiler): the IR of the whole
 * closed world exists before {@link #WHOLE_PROGRAM_STEPS} run over all of it, then each method goes
 * through {@link #PASSES} and straight on to register allocation and instruction selection
 * ({@code backend/}).
 */
public final class Pipeline {
    /** The whole-program steps, in order: they may consult every method's IR and the whole world. */
    public static final List<String> WHOLE_PROGRAM_STEPS = List.of("devirtualize", "inline-small-methods");

    /**
     * The per-method passes, in order. Constraints: SimplifyControlFlow before EliminateDeadCode (it
     * removes unreachable blocks whose uses would keep values alive); FuseCompareBranches after
     * SimplifyControlFlow, whose block merging can bring a compare next to its branch;
     * EliminateClassInitChecks after SimplifyControlFlow (fewer blocks, the same dominance);
     * NumberValues after ReduceDivisionStrength (whose sign shifts repeat);
     * EliminateRedundantChecks before HoistLoopInvariants (fewer checks to move) and again after it
     * (what moved into a preheader makes checks inside the loop redundant);
     * LowerJavaOperations after every pass that reasons about Java operations; DestroySsa last of
     * the SSA passes, CoalesceCopies right after it. The forms each pass requires and leaves are
     * checked when the pipeline is built.
     */
    public static final List<String> PASSES = List.of("simplify-control-flow", "reduce-division-strength",
            "number-values", "fuse-compare-branches",
            "eliminate-redundant-casts", "eliminate-redundant-checks", "hoist-loop-invariants",
            "eliminate-redundant-checks", "eliminate-dead-code", "eliminate-class-init-checks",
            "lower-java-operations", "destroy-ssa", "coalesce-copies");

    /** The pass named {@code name}; {@code context} may be null for passes that do not need the world. */
    public static Pass create(String name, WorldContext context) {
        return switch (name) {
            case "devirtualize" -> new Devirtualize(context);
            case "inline-small-methods" -> new InlineSmallMethods();
            case "simplify-control-flow" -> new SimplifyControlFlow();
            case "reduce-division-strength" -> new ReduceDivisionStrength();
            case "number-values" -> new NumberValues();
            case "fuse-compare-branches" -> new FuseCompareBranches();
            case "eliminate-dead-code" -> new EliminateDeadCode();
            case "eliminate-class-init-checks" -> new EliminateClassInitChecks(context);
            case "eliminate-redundant-casts" -> new EliminateRedundantCasts(context);
            case "eliminate-redundant-checks" -> new EliminateRedundantChecks();
            case "hoist-loop-invariants" -> new HoistLoopInvariants();
            case "lower-java-operations" -> new LowerJavaOperations(context);
            case "destroy-ssa" -> new DestroySsa();
            case "coalesce-copies" -> new CoalesceCopies();
            default -> throw new IllegalArgumentException("no pass named " + name);
        };
    }

    /** The pass named {@code name}, for passes that need no world (IR file tests). */
    public static Pass named(String name) {
        return create(name, null);
    }

    private final List<Pass> wholeProgramSteps;
    private final List<Pass> passes;
    private final boolean verify;
    private final String dumpFilter;
    private final PrintStream dump;

    /**
     * @param verify run the IR verifier after translation and after every pass (tests do)
     * @param dumpFilter print the IR of matching functions after each step, or null
     */
    public Pipeline(WorldContext context, boolean verify, String dumpFilter, PrintStream dump) {
        this.wholeProgramSteps = WHOLE_PROGRAM_STEPS.stream().map(name -> create(name, context)).toList();
        this.passes = PASSES.stream().map(name -> create(name, context)).toList();
        this.verify = verify;
        this.dumpFilter = dumpFilter;
        this.dump = dump;
        Pass.Form form = Pass.Form.SSA;
        for (Pass pass : concat(wholeProgramSteps, passes)) {
            if (pass.input() != form) {
                throw new IllegalStateException(pass.name() + " needs " + pass.input() + " but gets " + form);
            }
            form = pass.output();
        }
        if (form != Pass.Form.OUT_OF_SSA) {
            throw new IllegalStateException("the pipeline must leave SSA form before register allocation");
        }
    }

    private static List<Pass> concat(List<Pass> first, List<Pass> second) {
        List<Pass> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Phase 2: the whole-program steps over every method's IR, straight after translation. */
    public void runWholeProgram(Collection<Function> functions) {
        for (Function function : functions) {
            after("translate", function);
        }
        for (Pass step : wholeProgramSteps) {
            step.prepare(functions);
            for (Function function : functions) {
                step.run(function);
                after(step.name(), function);
            }
        }
    }

    /** Phase 3 (first half): the per-method passes. */
    public void run(Function function) {
        for (Pass pass : passes) {
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
