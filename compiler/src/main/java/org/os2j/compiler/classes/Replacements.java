package org.os2j.compiler.classes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;

/**
 * The runtime's replacement classes ({@code @ReplaceClass}, listed in the runtime resource
 * {@code META-INF/os2j/replacements}): which class-library class each one stands in for. Loading
 * renames a replacement to its target and rewrites every runtime reference to it (see
 * {@link ClassRepository}).
 */
final class Replacements {
    static final String LIST_RESOURCE = "META-INF/os2j/replacements";
    private static final String ANNOTATION = "Lorg/os2j/runtime/annotation/ReplaceClass;";

    /** Replacement internal name to target internal name. */
    private final Map<String, String> targetOf = new LinkedHashMap<>();
    /** Target internal name to replacement internal name. */
    private final Map<String, String> replacementFor = new LinkedHashMap<>();

    Replacements(ClassPath classPath) {
        targetOf.putAll(RuntimeClassLists.read(classPath, LIST_RESOURCE, "replacement", "@ReplaceClass",
                Replacements::targetOf));
        targetOf.forEach((replacement, target) -> replacementFor.put(target, replacement));
    }

    /** The runtime class that replaces {@code internalName}, or null. */
    String replacementFor(String internalName) {
        return replacementFor.get(internalName);
    }

    /** Replacement names to target names, for {@link org.objectweb.asm.commons.SimpleRemapper}. */
    Map<String, String> renaming() {
        return targetOf;
    }

    private static String targetOf(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE);
        if (node.invisibleAnnotations == null) {
            return null;
        }
        for (AnnotationNode annotation : node.invisibleAnnotations) {
            if (annotation.desc.equals(ANNOTATION)) {
                return ((Type) annotation.values.get(1)).getInternalName();
            }
        }
        return null;
    }
}
