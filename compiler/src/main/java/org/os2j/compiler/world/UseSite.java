package org.os2j.compiler.world;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/** Where something is used: a method and, when known, the instruction (for its source line). */
public record UseSite(ClassNode owner, MethodNode method, AbstractInsnNode instruction) {
    /** The source line of the instruction, or 0 when the class has no line table. */
    public int line() {
        for (AbstractInsnNode node = instruction; node != null; node = node.getPrevious()) {
            if (node instanceof LineNumberNode lineNumber) {
                return lineNumber.line;
            }
        }
        return 0;
    }

    /** {@code Foo.bar (Foo.java:12)}, the form every diagnostic uses. */
    public String describe() {
        String className = owner.name.replace('/', '.');
        String file = owner.sourceFile != null ? owner.sourceFile : "unknown source";
        int line = line();
        return className + "." + method.name + " (" + file + (line > 0 ? ":" + line : "") + ")";
    }
}
