package org.os2j.compiler.frontend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;

/**
 * A method's exception table (JVMS 4.7.3) seen per instruction: which handlers cover it, in table
 * order (the order the JVM searches them, JVMS 2.10). Instructions covered by the same list share
 * one dispatch block, the target of the exception edges of every instruction there that may
 * throw; {@link BytecodeTranslator} fills it with the catch-type tests at the end.
 */
final class ExceptionHandlers {
    /** The dispatch block of one list of handlers. */
    record Dispatch(List<TryCatchBlockNode> handlers, Block block) {
    }

    private final List<TryCatchBlockNode>[] covering;
    private final boolean[] handlerStarts;
    private final Map<List<TryCatchBlockNode>, Dispatch> dispatches = new LinkedHashMap<>();
    private final Function function;

    @SuppressWarnings("unchecked")
    ExceptionHandlers(MethodNode method, Function function) {
        this.function = function;
        InsnList instructions = method.instructions;
        covering = new List[instructions.size()];
        handlerStarts = new boolean[instructions.size() + 1];
        for (TryCatchBlockNode handler : method.tryCatchBlocks) {
            int start = instructions.indexOf(handler.start);
            int end = instructions.indexOf(handler.end);
            for (int i = start; i < end; i++) {
                if (covering[i] == null) {
                    covering[i] = new ArrayList<>();
                }
                covering[i].add(handler);
            }
            handlerStarts[instructions.indexOf(handler.handler)] = true;
        }
    }

    boolean isHandlerStart(int index) {
        return handlerStarts[index];
    }

    /** The dispatch block for the handlers covering instruction {@code index}, or null when none does. */
    Block dispatchFor(int index) {
        List<TryCatchBlockNode> handlers = covering[index];
        if (handlers == null) {
            return null;
        }
        return dispatches.computeIfAbsent(handlers, list -> new Dispatch(list, function.newBlock())).block();
    }

    /** Every dispatch block made so far, in order of first use. */
    List<Dispatch> dispatches() {
        return new ArrayList<>(dispatches.values());
    }
}
