package org.os2j.compiler.classes;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.driver.CompileError;

/**
 * Loads and caches classes as ASM trees, after the load-time rewrites every later step relies on:
 * method-level substitutions are merged into their targets ({@link Substitutions}, and the runtime's
 * references to a substitution class are renamed to its target), {@code invokedynamic} string concatenation is
 * lowered to plain bytecode ({@link StringConcatLowering}), and {@code assert} statements are
 * removed ({@link AssertionLowering}). Pipeline step 1 and 2 of docs/ARCHITECTURE.md.
 */
public final class ClassRepository {
    private final ClassPath classPath;
    private final Substitutions substitutions;
    private final ConstantCallFolding constantCalls;
    private final SimpleRemapper renaming;
    private final java.util.Set<String> hidden = new java.util.HashSet<>();
    private final Map<String, ClassNode> loaded = new HashMap<>();
    /** Per class, its VarHandle fields (VarHandleLowering), known before its methods are rewritten. */
    private final Map<String, Map<String, VarHandleLowering.Target>> varHandles = new HashMap<>();

    /** @param target the target's spelling, which selects its own substitutions besides the common ones */
    public ClassRepository(ClassPath classPath, String target) {
        this.classPath = classPath;
        this.substitutions = new Substitutions(classPath, target);
        this.constantCalls = new ConstantCallFolding(classPath, substitutions);
        Map<String, String> names = new HashMap<>(substitutions.renaming());
        this.renaming = new SimpleRemapper(names);
        hidden.addAll(names.keySet());
    }

    /** The class named {@code internalName}, or null when no class path entry has it. */
    public ClassNode find(String internalName) throws CompileError {
        if (loaded.containsKey(internalName)) {
            return loaded.get(internalName);
        }
        ClassNode node = load(internalName);
        loaded.put(internalName, node);
        return node;
    }

    /**
     * The VarHandle fields of {@code internalName}: from its loaded form, or, for a class not loaded
     * yet (a nestmate whose methods refer to them), from a throwaway read of its static initializer,
     * so loading never recurses.
     */
    private Map<String, VarHandleLowering.Target> varHandleFields(String internalName) throws CompileError {
        Map<String, VarHandleLowering.Target> known = varHandles.get(internalName);
        if (known != null) {
            return known;
        }
        byte[] bytes = hidden.contains(internalName) ? null : classPath.find(internalName);
        Map<String, VarHandleLowering.Target> fields = Map.of();
        if (bytes != null) {
            ClassNode copy = new ClassNode();
            new ClassReader(bytes).accept(copy, 0);
            for (MethodNode method : copy.methods) {
                PrimitiveClassLiterals.lower(method);
            }
            fields = VarHandleLowering.lowerFactories(copy);
        }
        varHandles.put(internalName, fields);
        return fields;
    }

    /** The newest class file version os2j reads: Java 17's (JVMS 4.1). */
    static final int NEWEST_MAJOR_VERSION = 61;

    /** Rejects class files of a Java release newer than 17, naming both releases (JVMS 4.1: release = major - 44). */
    private static void checkVersion(String internalName, byte[] bytes) throws CompileError {
        if (bytes.length < 8 || bytes[0] != (byte) 0xCA || bytes[1] != (byte) 0xFE || bytes[2] != (byte) 0xBA
                || bytes[3] != (byte) 0xBE) {
            throw new CompileError("the class file of " + internalName.replace('/', '.') + " is not a class file");
        }
        int major = ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF);
        if (major > NEWEST_MAJOR_VERSION) {
            throw new CompileError("class " + internalName.replace('/', '.') + " was compiled for Java " + (major - 44)
                    + " (class file version " + major + "); os2j reads class files up to Java 17 (version "
                    + NEWEST_MAJOR_VERSION + "): compile it with javac --release 17");
        }
    }

    private ClassNode load(String internalName) throws CompileError {
        if (hidden.contains(internalName)) {
            return null; // Substitution classes are visible only as the class they change.
        }
        byte[] bytes = classPath.find(internalName);
        if (bytes == null) {
            return null;
        }
        checkVersion(internalName, bytes);
        ClassNode node = new ClassNode();
        try {
            ClassReader reader = new ClassReader(bytes);
            if (internalName.startsWith("org/os2j/runtime/")) {
                reader.accept(new ClassRemapper(node, renaming), 0);
            } else {
                reader.accept(node, 0);
            }
        } catch (RuntimeException e) {
            throw new CompileError("the class file of " + internalName.replace('/', '.') + " is malformed ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        if (!node.name.equals(internalName)) {
            throw new CompileError("class file for " + internalName.replace('/', '.') + " declares class "
                    + node.name.replace('/', '.'));
        }
        substitutions.apply(node, classPath, renaming);
        java.util.List<ClassNode> lambdas = new java.util.ArrayList<>();
        java.util.List<MethodNode> recordHelpers = new java.util.ArrayList<>();
        for (MethodNode method : node.methods) {
            constantCalls.fold(node, method);
            FieldOffsetLiterals.lower(method);
            StringConcatLowering.lower(node, method);
            AssertionLowering.lower(node, method);
            PrimitiveClassLiterals.lower(method);
            LambdaLowering.lower(node, method, lambdas);
            RecordLowering.lower(node, method, recordHelpers);
        }
        node.methods.addAll(recordHelpers);
        varHandles.put(node.name, VarHandleLowering.lowerFactories(node));
        for (MethodNode method : node.methods) {
            VarHandleLowering.lowerAccesses(node, method, this::varHandleFields);
            SignaturePolymorphicCalls.lower(method);
        }
        for (ClassNode lambda : lambdas) {
            loaded.put(lambda.name, lambda);
        }
        return node;
    }
}
