package org.os2j.compiler.classes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.driver.CompileError;

/**
 * Method-level substitutions: runtime classes annotated {@code @TargetClass} (listed in the runtime
 * resource {@code META-INF/os2j/substitutions}, and for one target only in
 * {@code META-INF/os2j/substitutions.TARGET}) merged into the class-library class they target
 * when it loads. In a substitution class, {@code @Substitute} methods replace the target's method
 * of the same name (or the name the annotation gives) and descriptor, keeping the target's access
 * flags without {@code native}; {@code @Alias} fields and methods are the target's own and are not
 * copied; {@code @Inject} fields are added; unannotated static methods are added as helpers.
 * Anything else is an error, so a substitution cannot silently miss its target (say, after a JDK
 * update renames a method). The substitution class's name means the target everywhere in the
 * runtime (ClassRepository renames references to it).
 */
final class Substitutions {
    static final String LIST_RESOURCE = "META-INF/os2j/substitutions";
    private static final String ANNOTATIONS = "Lorg/os2j/runtime/annotation/";
    private static final String TARGET_CLASS = ANNOTATIONS + "TargetClass;";
    private static final String SUBSTITUTE = ANNOTATIONS + "Substitute;";
    private static final String ALIAS = ANNOTATIONS + "Alias;";
    private static final String INJECT = ANNOTATIONS + "Inject;";

    /** Target internal name to the substitution classes for it, in list order. */
    private final Map<String, List<String>> byTarget = new LinkedHashMap<>();
    /** Substitution internal name to target internal name. */
    private final Map<String, String> targetOf = new LinkedHashMap<>();

    Substitutions(ClassPath classPath, String targetName) {
        targetOf.putAll(RuntimeClassLists.read(classPath, LIST_RESOURCE, "substitution", "@TargetClass",
                Substitutions::targetOf));
        targetOf.putAll(RuntimeClassLists.read(classPath, LIST_RESOURCE + "." + targetName, "substitution",
                "@TargetClass", Substitutions::targetOf));
        targetOf.forEach((substitution, target) -> byTarget.computeIfAbsent(target, k -> new ArrayList<>())
                .add(substitution));
    }

    /** Substitution names to target names, for the runtime's renaming. */
    Map<String, String> renaming() {
        return targetOf;
    }

    private static String targetOf(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE);
        AnnotationNode annotation = annotation(node.invisibleAnnotations, TARGET_CLASS);
        if (annotation == null) {
            return null;
        }
        Object value = value(annotation, "value");
        Object className = value(annotation, "className");
        if (className instanceof String name && !name.isEmpty()) {
            return name.replace('.', '/');
        }
        return value instanceof Type type ? type.getInternalName() : null;
    }

    /**
     * The constant that {@code target}'s method {@code name descriptor} always returns once
     * substituted (a body that is one constant and a return), or null: {@link Integer} for int-like
     * results, {@link #NULL} for a null reference.
     */
    Object constantSubstitute(String target, String name, String descriptor, ClassPath classPath) {
        for (String substitution : byTarget.getOrDefault(target, List.of())) {
            ClassNode node = new ClassNode();
            new ClassReader(classPath.find(substitution)).accept(node, ClassReader.SKIP_DEBUG);
            for (MethodNode method : node.methods) {
                AnnotationNode substitute = annotation(method.invisibleAnnotations, SUBSTITUTE);
                Object renamed = substitute == null ? null : value(substitute, "method");
                String substituted = renamed instanceof String text && !text.isEmpty() ? text : method.name;
                if (substitute != null && substituted.equals(name) && method.desc.equals(descriptor)) {
                    return constantBody(method);
                }
            }
        }
        return null;
    }

    /** Marks a method that returns null (constantSubstitute). */
    static final Object NULL = new Object();

    private static Object constantBody(MethodNode method) {
        List<org.objectweb.asm.tree.AbstractInsnNode> real = new ArrayList<>();
        for (org.objectweb.asm.tree.AbstractInsnNode instruction : method.instructions) {
            if (instruction.getOpcode() >= 0) {
                real.add(instruction);
            }
        }
        if (real.size() != 2) {
            return null;
        }
        int load = real.get(0).getOpcode();
        int ret = real.get(1).getOpcode();
        if (ret == Opcodes.IRETURN && load >= Opcodes.ICONST_M1 && load <= Opcodes.ICONST_5) {
            return load - Opcodes.ICONST_0;
        }
        if (ret == Opcodes.ARETURN && load == Opcodes.ACONST_NULL) {
            return NULL;
        }
        return null;
    }

    /** Merges every substitution for {@code target} into it. */
    void apply(ClassNode target, ClassPath classPath, SimpleRemapper renaming) throws CompileError {
        for (String substitution : byTarget.getOrDefault(target.name, List.of())) {
            ClassNode node = new ClassNode();
            new ClassReader(classPath.find(substitution)).accept(new ClassRemapper(node, renaming), 0);
            merge(target, node, substitution.replace('/', '.'));
        }
    }

    private static void merge(ClassNode target, ClassNode substitution, String source) throws CompileError {
        for (FieldNode field : substitution.fields) {
            if (annotation(field.invisibleAnnotations, ALIAS) != null) {
                if (field(target, field.name, field.desc) == null) {
                    throw error(source, "field " + field.name, "aliases a field the target lacks");
                }
            } else if (annotation(field.invisibleAnnotations, INJECT) != null) {
                if (field(target, field.name, field.desc) != null) {
                    throw error(source, "field " + field.name, "injects a field the target already has");
                }
                field.invisibleAnnotations = null;
                target.fields.add(field);
            } else if (field.value == null || (field.access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL))
                    != (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL)) {
                // A compile-time constant (static final with a ConstantValue) is inlined by javac: no field needed.
                throw error(source, "field " + field.name, "needs @Alias or @Inject");
            }
        }
        for (MethodNode method : substitution.methods) {
            if (method.name.equals("<init>") && annotation(method.invisibleAnnotations, ALIAS) != null) {
                if (method(target, method.name, method.desc) == null) {
                    throw error(source, method.name + method.desc, "aliases a constructor the target lacks");
                }
                continue;
            }
            if (method.name.equals("<init>") || method.name.equals("<clinit>")) {
                continue; // Substitution classes are never initialized; only aliased constructors make objects.
            }
            AnnotationNode substitute = annotation(method.invisibleAnnotations, SUBSTITUTE);
            if (substitute != null) {
                Object renamed = value(substitute, "method");
                String name = renamed instanceof String text && !text.isEmpty() ? text : method.name;
                MethodNode replaced = method(target, name, method.desc);
                if (replaced == null) {
                    throw error(source, name + method.desc, "substitutes a method the target lacks");
                }
                if ((replaced.access & Opcodes.ACC_STATIC) != (method.access & Opcodes.ACC_STATIC)) {
                    throw error(source, name + method.desc, "is static where the target's is not, or the reverse");
                }
                replaced.access &= ~(Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT);
                replaced.instructions = method.instructions;
                replaced.tryCatchBlocks = method.tryCatchBlocks;
                replaced.maxLocals = method.maxLocals;
                replaced.maxStack = method.maxStack;
                replaced.localVariables = method.localVariables;
            } else if (annotation(method.invisibleAnnotations, ALIAS) != null) {
                if (method(target, method.name, method.desc) == null) {
                    throw error(source, method.name + method.desc, "aliases a method the target lacks");
                }
            } else if ((method.access & Opcodes.ACC_STATIC) != 0) {
                if (method(target, method.name, method.desc) != null) {
                    throw error(source, method.name + method.desc, "adds a helper the target already has");
                }
                target.methods.add(method);
            } else {
                throw error(source, method.name + method.desc, "needs @Substitute or @Alias");
            }
        }
    }

    private static CompileError error(String source, String member, String problem) {
        return new CompileError("runtime substitution " + source + ": " + member + " " + problem);
    }

    private static MethodNode method(ClassNode type, String name, String descriptor) {
        for (MethodNode method : type.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }

    private static FieldNode field(ClassNode type, String name, String descriptor) {
        for (FieldNode field : type.fields) {
            if (field.name.equals(name) && field.desc.equals(descriptor)) {
                return field;
            }
        }
        return null;
    }

    private static AnnotationNode annotation(List<AnnotationNode> annotations, String descriptor) {
        if (annotations != null) {
            for (AnnotationNode annotation : annotations) {
                if (annotation.desc.equals(descriptor)) {
                    return annotation;
                }
            }
        }
        return null;
    }

    private static Object value(AnnotationNode annotation, String name) {
        if (annotation.values != null) {
            for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
                if (annotation.values.get(i).equals(name)) {
                    return annotation.values.get(i + 1);
                }
            }
        }
        return null;
    }
}
