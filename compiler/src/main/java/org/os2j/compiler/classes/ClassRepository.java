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
 * runtime replacement classes are renamed to the class they replace (so the program sees the
 * replacement under the class-library name), method-level substitutions are merged into their
 * targets ({@link Substitutions}), {@code invokedynamic} string concatenation is
 * lowered to plain bytecode ({@link StringConcatLowering}), and {@code assert} statements are
 * removed ({@link AssertionLowering}). Pipeline step 1 and 2 of docs/ARCHITECTURE.md.
 */
public final class ClassRepository {
    private final ClassPath classPath;
    private final Replacements replacements;
    private final Substitutions substitutions;
    private final SimpleRemapper renaming;
    private final java.util.Set<String> hidden = new java.util.HashSet<>();
    private final Map<String, ClassNode> loaded = new HashMap<>();

    /** @param target the target's spelling, which selects its own substitutions besides the common ones */
    public ClassRepository(ClassPath classPath, String target) {
        this.classPath = classPath;
        this.replacements = new Replacements(classPath);
        this.substitutions = new Substitutions(classPath, target);
        Map<String, String> names = new HashMap<>(replacements.renaming());
        names.putAll(substitutions.renaming());
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
     * The interfaces the JDK's own class implements (a replacement declares none, but instanceof,
     * casts and interface calls must see String as a CharSequence and a Comparable).
     */
    private java.util.List<String> jdkInterfaces(String internalName, java.util.List<String> declared) {
        byte[] jdk = classPath.find(internalName);
        if (jdk == null) {
            return declared;
        }
        return java.util.List.of(new ClassReader(jdk).getInterfaces());
    }

    /**
     * Whether {@code internalName} is a class-library class that a runtime replacement stands in
     * for and the JDK's own class declares the member (so "not found" is a gap of the replacement).
     */
    public boolean jdkDeclaresReplacedMember(String internalName, String name, String descriptor) {
        if (replacements.replacementFor(internalName) == null) {
            return false;
        }
        byte[] jdk = classPath.find(internalName);
        if (jdk == null) {
            return false;
        }
        ClassNode original = new ClassNode();
        new ClassReader(jdk).accept(original, ClassReader.SKIP_CODE);
        return original.methods.stream().anyMatch(m -> m.name.equals(name) && m.desc.equals(descriptor))
                || original.fields.stream().anyMatch(f -> f.name.equals(name) && f.desc.equals(descriptor));
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
        String replacement = replacements.replacementFor(internalName);
        String fileName = replacement != null ? replacement : internalName;
        if (hidden.contains(internalName)) {
            return null; // Replacements and substitutions are visible only as the class they change.
        }
        byte[] bytes = classPath.find(fileName);
        if (bytes == null) {
            return null;
        }
        checkVersion(internalName, bytes);
        ClassNode node = new ClassNode();
        try {
            ClassReader reader = new ClassReader(bytes);
            if (fileName.startsWith("org/os2j/runtime/")) {
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
        if (replacement != null) {
            node.interfaces = jdkInterfaces(internalName, node.interfaces);
        }
        substitutions.apply(node, classPath, renaming);
        java.util.List<ClassNode> lambdas = new java.util.ArrayList<>();
        java.util.List<MethodNode> recordHelpers = new java.util.ArrayList<>();
        for (MethodNode method : node.methods) {
            StringConcatLowering.lower(node, method);
            AssertionLowering.lower(node, method);
            PrimitiveClassLiterals.lower(method);
            LambdaLowering.lower(node, method, lambdas);
            RecordLowering.lower(node, method, recordHelpers);
        }
        node.methods.addAll(recordHelpers);
        for (ClassNode lambda : lambdas) {
            loaded.put(lambda.name, lambda);
        }
        return node;
    }
}
