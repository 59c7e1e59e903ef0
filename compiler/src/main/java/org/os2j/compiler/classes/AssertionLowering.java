package org.os2j.compiler.classes;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Removes {@code assert} statements at load time: compiled programs run with assertions disabled,
 * HotSpot's default (JLS 14.10). javac compiles {@code assert} to a test of the class's synthetic
 * {@code static final boolean $assertionsDisabled} (set first thing in the static initializer from
 * {@code Class.desiredAssertionStatus()}, which os2j answers false) followed by {@code ifne} past
 * the check. That pair becomes a {@code goto}, and the now unreachable check, with its
 * {@code new AssertionError}, is deleted, so the closed world never sees it.
 *
 * <p>Requires: a method in its loaded form. Guarantees: no read of {@code $assertionsDisabled}
 * guards a branch; every remaining instruction is reachable when anything was removed. Methods with
 * exception handlers are left alone (their ranges would need adjusting; handlers are rejected later).
 */
final class AssertionLowering {
    private static final String FIELD = "$assertionsDisabled";

    private AssertionLowering() {
    }

    static void lower(ClassNode owner, MethodNode method) {
        if (method.instructions == null || !method.tryCatchBlocks.isEmpty() || !declaresField(owner)) {
            return;
        }
        boolean changed = false;
        for (AbstractInsnNode instruction : method.instructions.toArray()) {
            if (instruction instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC
                    && field.owner.equals(owner.name) && field.name.equals(FIELD)
                    && nextReal(field) instanceof JumpInsnNode jump && jump.getOpcode() == Opcodes.IFNE) {
                method.instructions.set(jump, new JumpInsnNode(Opcodes.GOTO, jump.label));
                method.instructions.remove(field);
                changed = true;
            }
        }
        if (changed) {
            removeUnreachable(owner, method);
        }
    }

    private static boolean declaresField(ClassNode owner) {
        for (FieldNode field : owner.fields) {
            if (field.name.equals(FIELD) && (field.access & Opcodes.ACC_STATIC) != 0) {
                return true;
            }
        }
        return false;
    }

    private static AbstractInsnNode nextReal(AbstractInsnNode instruction) {
        AbstractInsnNode next = instruction.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        return next;
    }

    /** Deletes instructions no path from the entry reaches (ASM's analyzer leaves their frames null). */
    private static void removeUnreachable(ClassNode owner, MethodNode method) {
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner.name, method);
        } catch (AnalyzerException e) {
            return; // Left as is: the front end reports the malformed method with its use site.
        }
        AbstractInsnNode[] instructions = method.instructions.toArray();
        for (int i = 0; i < instructions.length; i++) {
            if (frames[i] == null && instructions[i].getOpcode() >= 0) {
                method.instructions.remove(instructions[i]);
            }
        }
    }
}
