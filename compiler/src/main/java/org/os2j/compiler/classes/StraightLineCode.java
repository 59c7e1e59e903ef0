package org.os2j.compiler.classes;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

/**
 * Bytecode read backwards along one path: the idioms the compiler recognizes (literal arguments
 * right before a call) hold only when no jump enters between the literal and its use, since a
 * value on the operand stack at a jump target may come from another path.
 */
public final class StraightLineCode {
    private StraightLineCode() {
    }

    /**
     * The instruction before {@code instruction} on the only path into it: line numbers, frames and
     * labels nothing jumps to are skipped; null at a jump target or at the start.
     */
    public static AbstractInsnNode previous(AbstractInsnNode instruction) {
        AbstractInsnNode previous = instruction.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            if (previous instanceof LabelNode label && isJumpTarget(label)) {
                return null;
            }
            previous = previous.getPrevious();
        }
        return previous;
    }

    /** The instruction after {@code instruction}, skipping line numbers, frames and labels nothing jumps to. */
    public static AbstractInsnNode next(AbstractInsnNode instruction) {
        AbstractInsnNode next = instruction.getNext();
        while (next != null && next.getOpcode() < 0) {
            if (next instanceof LabelNode label && isJumpTarget(label)) {
                return null;
            }
            next = next.getNext();
        }
        return next;
    }

    private static boolean isJumpTarget(LabelNode label) {
        AbstractInsnNode first = label;
        while (first.getPrevious() != null) {
            first = first.getPrevious();
        }
        for (AbstractInsnNode node = first; node != null; node = node.getNext()) {
            if (node instanceof JumpInsnNode jump && jump.label == label
                    || node instanceof TableSwitchInsnNode table && (table.dflt == label || table.labels.contains(label))
                    || node instanceof LookupSwitchInsnNode lookup
                    && (lookup.dflt == label || lookup.labels.contains(label))) {
                return true;
            }
        }
        return false;
    }
}
