package org.os2j.compiler.pass;

import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.Resolver;
import org.os2j.compiler.world.RuntimeSupport;

/**
 * Turns a virtual or interface call that rapid type analysis found to have exactly one possible
 * target into a direct call of it: only one instantiated class (or several that all inherit the
 * same method) can be its receiver. A call with no possible target can only have a null receiver
 * and becomes a call of the runtime's no-method report, which its null check never lets run. The first of the whole-program steps, run over the IR of the
 * whole world before the per-method passes. Requires: SSA form, Java-level invokes. Guarantees:
 * the same method runs for every receiver the program can create.
 */
final class Devirtualize implements Pass {
    private final WorldContext context;

    Devirtualize(WorldContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "devirtualize";
    }

    @Override
    public void run(Function function) {
        for (Block block : function.blocks()) {
            for (int i = 0; i < block.instructions().size(); i++) {
                Instruction call = block.instructions().get(i);
                if (call.opcode() != Opcode.INVOKE_VIRTUAL && call.opcode() != Opcode.INVOKE_INTERFACE) {
                    continue;
                }
                ClosedWorld.VirtualCall virtual = virtualCall(call.symbol());
                if (!context.world().virtualCalls().contains(virtual)) {
                    continue; // Not a call the closed world saw (hand-written IR): left virtual.
                }
                java.util.List<Resolver.ResolvedMethod> targets;
                boolean incomplete;
                try {
                    targets = context.world().targets(virtual);
                    incomplete = context.world().hasReceiverWithoutTarget(virtual);
                } catch (CompileError e) {
                    throw new IllegalStateException(e);
                }
                if (targets.size() <= 1 && !incomplete) {
                    // No target: no object the program creates can be the receiver, so the receiver is
                    // always null and the null check before the call throws; the call never runs.
                    String target = targets.isEmpty() ? RuntimeSupport.NO_METHOD.symbol()
                            : targets.get(0).reference().symbol();
                    Instruction direct = new Instruction(Opcode.INVOKE_DIRECT, call.result(), call.operationKind(),
                            call.operands().toArray(new org.os2j.compiler.ir.Value[0]))
                            .withSymbol(target).withPositionOf(call);
                    block.instructions().set(i, direct);
                }
            }
        }
    }

    /** The call an INVOKE_VIRTUAL or INVOKE_INTERFACE symbol ({@code ReceiverType::method symbol}) names. */
    static ClosedWorld.VirtualCall virtualCall(String symbol) {
        int separator = symbol.indexOf("::");
        return new ClosedWorld.VirtualCall(symbol.substring(0, separator),
                MethodReference.parseSymbol(symbol.substring(separator + 2)));
    }
}
