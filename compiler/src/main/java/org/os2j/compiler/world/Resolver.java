package org.os2j.compiler.world;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.classes.ClassRepository;
import org.os2j.compiler.driver.CompileError;

/**
 * Symbolic reference resolution (JVMS 5.4.3): classes by name, fields (5.4.3.2: the class, its
 * superinterfaces, then its superclass, recursively) and methods (5.4.3.3/5.4.3.4: the class and its
 * superclasses, then superinterfaces). A reference that does not resolve is a {@link CompileError}
 * naming the member and its use site.
 */
public final class Resolver {
    private final ClassRepository repository;

    public Resolver(ClassRepository repository) {
        this.repository = repository;
    }

    public record ResolvedMethod(ClassNode owner, MethodNode method) {
        public MethodReference reference() {
            return new MethodReference(owner.name, method.name, method.desc);
        }

        public boolean isStatic() {
            return (method.access & Opcodes.ACC_STATIC) != 0;
        }
    }

    public record ResolvedField(ClassNode owner, FieldNode field) {
        public boolean isStatic() {
            return (field.access & Opcodes.ACC_STATIC) != 0;
        }
    }

    public ClassNode requireClass(String internalName, UseSite site) throws CompileError {
        ClassNode node = repository.find(internalName);
        if (node == null) {
            throw new CompileError("class " + internalName.replace('/', '.') + " not found, used in " + site.describe());
        }
        return node;
    }

    /** The class, or null when missing (for optional lookups such as superclass chains). */
    public ClassNode findClass(String internalName) throws CompileError {
        return repository.find(internalName);
    }

    public ResolvedMethod resolveMethod(String owner, String name, String descriptor, UseSite site)
            throws CompileError {
        ClassNode start = requireClass(owner, site);
        for (ClassNode type = start; type != null; type = type.superName == null ? null : requireClass(type.superName, site)) {
            MethodNode method = declaredMethod(type, name, descriptor);
            if (method != null) {
                return new ResolvedMethod(type, method);
            }
        }
        ResolvedMethod fromInterface = interfaceMethod(start, name, descriptor, site);
        if (fromInterface != null) {
            return fromInterface;
        }
        throw new CompileError("method " + owner.replace('/', '.') + "." + name + descriptor + " not found, used in "
                + site.describe());
    }

    public ResolvedField resolveField(String owner, String name, String descriptor, UseSite site) throws CompileError {
        ResolvedField field = findField(requireClass(owner, site), name, descriptor, site);
        if (field == null) {
            throw new CompileError("field " + owner.replace('/', '.') + "." + name + " (" + descriptor
                    + ") not found, used in " + site.describe());
        }
        return field;
    }

    private ResolvedField findField(ClassNode type, String name, String descriptor, UseSite site) throws CompileError {
        for (FieldNode field : type.fields) {
            if (field.name.equals(name) && field.desc.equals(descriptor)) {
                return new ResolvedField(type, field);
            }
        }
        for (String superInterface : type.interfaces) {
            ResolvedField found = findField(requireClass(superInterface, site), name, descriptor, site);
            if (found != null) {
                return found;
            }
        }
        return type.superName == null ? null : findField(requireClass(type.superName, site), name, descriptor, site);
    }

    private ResolvedMethod interfaceMethod(ClassNode type, String name, String descriptor, UseSite site)
            throws CompileError {
        for (String superInterface : type.interfaces) {
            ClassNode node = requireClass(superInterface, site);
            MethodNode method = declaredMethod(node, name, descriptor);
            if (method != null && (method.access & Opcodes.ACC_ABSTRACT) == 0) {
                return new ResolvedMethod(node, method);
            }
            ResolvedMethod inherited = interfaceMethod(node, name, descriptor, site);
            if (inherited != null) {
                return inherited;
            }
        }
        return type.superName == null ? null : interfaceMethod(requireClass(type.superName, site), name, descriptor, site);
    }

    private static MethodNode declaredMethod(ClassNode type, String name, String descriptor) {
        for (MethodNode method : type.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }
}
