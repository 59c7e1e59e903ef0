package org.os2j.compiler.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.driver.CompileError;

/**
 * Questions about the class hierarchy that dispatch needs: subtyping (JVMS 4.10.1.2 for classes and
 * interfaces; arrays in {@link org.os2j.compiler.layout.TypeNumbering}), overriding (JVMS 5.4.5)
 * and method selection for invokevirtual and invokeinterface (JVMS 5.4.6). Results are cached.
 */
public final class Hierarchy {
    private final Resolver resolver;
    private final Map<String, Set<String>> supertypes = new HashMap<>();

    public Hierarchy(Resolver resolver) {
        this.resolver = resolver;
    }

    public static boolean isInterface(ClassNode type) {
        return (type.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** Every class and interface {@code type} is a subtype of, itself included (internal names). */
    public Set<String> supertypes(ClassNode type) throws CompileError {
        Set<String> known = supertypes.get(type.name);
        if (known != null) {
            return known;
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(type.name);
        if (type.superName != null) {
            all.addAll(supertypes(require(type.superName)));
        }
        for (String superInterface : type.interfaces) {
            all.addAll(supertypes(require(superInterface)));
        }
        supertypes.put(type.name, all);
        return all;
    }

    public boolean isSubtype(ClassNode type, String target) throws CompileError {
        return supertypes(type).contains(target);
    }

    private ClassNode require(String internalName) throws CompileError {
        ClassNode node = resolver.findClass(internalName);
        if (node == null) {
            throw new CompileError("class " + internalName.replace('/', '.') + " not found (a supertype)");
        }
        return node;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    private static boolean isVirtual(MethodNode method) {
        return (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !method.name.startsWith("<");
    }

    /**
     * Whether {@code method} declared in {@code owner} overrides {@code overridden} declared in
     * {@code overriddenOwner} (JVMS 5.4.5, without the transitive case through a package-private
     * method in between): same name and descriptor, both virtual, and {@code overridden} public,
     * protected, or package-private in the same run-time package.
     */
    public static boolean overrides(ClassNode owner, MethodNode method, ClassNode overriddenOwner,
                                    MethodNode overridden) {
        if (!method.name.equals(overridden.name) || !method.desc.equals(overridden.desc) || !isVirtual(method)
                || !isVirtual(overridden)) {
            return false;
        }
        if ((overridden.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0) {
            return true;
        }
        return packageOf(owner.name).equals(packageOf(overriddenOwner.name));
    }

    /**
     * The method an invokevirtual or invokeinterface of {@code resolved} runs on an object of class
     * {@code type} (JVMS 5.4.6): a private resolved method itself; else the first method of
     * {@code type} or a superclass that overrides it (or is it); else the one maximally specific
     * non-abstract superinterface method with its name and descriptor. Null when there is none or
     * several (the JVM throws AbstractMethodError or IncompatibleClassChangeError there).
     */
    public Resolver.ResolvedMethod select(ClassNode type, Resolver.ResolvedMethod resolved) throws CompileError {
        MethodNode method = resolved.method();
        if ((method.access & Opcodes.ACC_PRIVATE) != 0) {
            return resolved;
        }
        boolean interfaceMethod = isInterface(resolved.owner());
        for (ClassNode current = type; current != null;
             current = current.superName == null ? null : require(current.superName)) {
            for (MethodNode candidate : current.methods) {
                if (candidate.name.equals(method.name) && candidate.desc.equals(method.desc)
                        && (candidate.access & Opcodes.ACC_STATIC) == 0
                        && (current == resolved.owner() || interfaceMethod
                            ? (candidate.access & Opcodes.ACC_PRIVATE) == 0
                            : overrides(current, candidate, resolved.owner(), method))) {
                    return (candidate.access & Opcodes.ACC_ABSTRACT) != 0 ? null
                            : new Resolver.ResolvedMethod(current, candidate);
                }
            }
        }
        List<Resolver.ResolvedMethod> specific = maximallySpecific(type, method.name, method.desc);
        return specific.size() == 1 && (specific.get(0).method().access & Opcodes.ACC_ABSTRACT) == 0
                ? specific.get(0) : null;
    }

    /**
     * The maximally-specific superinterface methods of {@code type} with this name and descriptor
     * (JVMS 5.4.3.3): non-private, non-static interface methods not overridden by another such
     * method of a subinterface. Abstract ones count, so an abstract redeclaration hides a default.
     */
    public List<Resolver.ResolvedMethod> maximallySpecific(ClassNode type, String name, String descriptor)
            throws CompileError {
        List<Resolver.ResolvedMethod> candidates = new ArrayList<>();
        for (String supertype : supertypes(type)) {
            ClassNode node = require(supertype);
            if (!isInterface(node)) {
                continue;
            }
            for (MethodNode candidate : node.methods) {
                if (candidate.name.equals(name) && candidate.desc.equals(descriptor)
                        && (candidate.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0) {
                    candidates.add(new Resolver.ResolvedMethod(node, candidate));
                }
            }
        }
        List<Resolver.ResolvedMethod> result = new ArrayList<>();
        for (Resolver.ResolvedMethod candidate : candidates) {
            boolean hidden = false;
            for (Resolver.ResolvedMethod other : candidates) {
                if (other != candidate && !other.owner().name.equals(candidate.owner().name)
                        && isSubtype(other.owner(), candidate.owner().name)) {
                    hidden = true;
                    break;
                }
            }
            if (!hidden) {
                result.add(candidate);
            }
        }
        return result;
    }
}
