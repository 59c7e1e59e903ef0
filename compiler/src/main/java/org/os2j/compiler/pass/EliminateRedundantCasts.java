package org.os2j.compiler.pass;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.world.Hierarchy;
import org.os2j.compiler.world.MethodReference;

/**
 * Removes checkcasts that cannot fail: the operand's static type, known from where the value comes
 * from, is a class that is already a subtype of the cast's target. Sources with a trustworthy
 * class type are the receiver ({@code this}), parameters, {@code new}, string literals, method
 * results and field loads declared with a class type (JVMS 4.10.1.2: the verifier checks
 * assignability to classes, but treats interface types as Object, so a value declared with an
 * interface type proves nothing). Requires: SSA form, Java-level operations. Guarantees: the same
 * behaviour, every removed cast being one that always succeeds.
 */
final class EliminateRedundantCasts implements Pass {
    private final WorldContext context;

    EliminateRedundantCasts(WorldContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "eliminate-redundant-casts";
    }

    @Override
    public void run(Function function) {
        Map<VirtualRegister, String> types = new HashMap<>();
        MethodReference method = MethodReference.parseSymbol(function.symbol());
        Type[] parameters = Type.getArgumentTypes(method.descriptor());
        int offset = function.parameters().size() - parameters.length;
        if (offset == 1) {
            types.put(function.parameters().get(0), method.owner());
        }
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getSort() == Type.OBJECT) {
                types.put(function.parameters().get(i + offset), parameters[i].getInternalName());
            }
        }
        for (Block block : function.blocks()) {
            for (Instruction instruction : block.instructions()) {
                String type = producedType(instruction);
                if (type != null) {
                    types.put(instruction.result(), type);
                }
            }
        }
        for (Block block : function.blocks()) {
            block.instructions().removeIf(instruction -> instruction.opcode() == Opcode.CHECK_CAST
                    && provablySubtype(types.get(asRegister(instruction.operand(0))), instruction.symbol()));
        }
        ExceptionEdges.removeStale(function);
    }

    private static VirtualRegister asRegister(Value value) {
        return value instanceof VirtualRegister register ? register : null;
    }

    /** The internal name of the class a result is declared with, or null. */
    private static String producedType(Instruction instruction) {
        if (instruction.result() == null || instruction.symbol() == null) {
            return null;
        }
        return switch (instruction.opcode()) {
            case NEW -> instruction.symbol();
            case STRING -> "java/lang/String";
            case GET_FIELD, GET_STATIC -> objectType(Type.getType(
                    instruction.symbol().substring(instruction.symbol().indexOf(':') + 1)));
            case INVOKE_DIRECT -> objectType(Type.getReturnType(
                    MethodReference.parseSymbol(instruction.symbol()).descriptor()));
            case INVOKE_VIRTUAL, INVOKE_INTERFACE -> objectType(Type.getReturnType(MethodReference.parseSymbol(
                    instruction.symbol().substring(instruction.symbol().indexOf("::") + 2)).descriptor()));
            default -> null;
        };
    }

    private static String objectType(Type type) {
        return type.getSort() == Type.OBJECT ? type.getInternalName() : null;
    }

    private boolean provablySubtype(String type, String target) {
        if (type == null || target.startsWith("[")) {
            return false;
        }
        try {
            ClassNode node = context.world().resolver().findClass(type);
            return node != null && !Hierarchy.isInterface(node) && context.world().hierarchy().isSubtype(node, target);
        } catch (CompileError e) {
            return false;
        }
    }
}
