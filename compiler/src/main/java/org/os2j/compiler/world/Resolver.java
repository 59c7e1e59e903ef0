package org.os2j.compiler.world;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.classes.ClassRepository;
import org.os2j.compiler.driver.CompileError;

/**
 * Symbolic reference resolution (JVMS 5.4.3): classes by name, fields (5.4.3.2: the class, its
 * superinterfaces, then its superclass, recursively) and methods (5.4.3.3 for classes: the class and
 * its superclasses, then the maximally-specific superinterface methods, a non-abstract one if it is
 * the only one; 5.4.3.4 for interfaces: the interface, then Object's public methods, then its
 * superinterfaces the same way). Methods of array types are Object's. A reference that does not
 * resolve is a {@link CompileError} naming the member and its use site.
 */
public final class Resolver {
    private final ClassRepository repository;
    private final Hierarchy hierarchy;

    public Resolver(ClassRepository repository) {
        this.repository = repository;
        this.hierarchy = new Hierarchy(this);
    }

    public Hierarchy hierarchy() {
        return hierarchy;
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
        ClassNode start = requireClass(owner.startsWith("[") ? "java/lang/Object" : owner, site);
        if (Hierarchy.isInterface(start)) {
            MethodNode own = declaredMethod(start, name, descriptor);
            if (own != null) {
                return new ResolvedMethod(start, own);
            }
            ClassNode object = requireClass("java/lang/Object", site);
            MethodNode objectMethod = declaredMethod(object, name, descriptor);
            if (objectMethod != null && (objectMethod.access & Opcodes.ACC_PUBLIC) != 0
                    && (objectMethod.access & Opcodes.ACC_STATIC) == 0) {
                return new ResolvedMethod(object, objectMethod);
            }
        } else {
            for (ClassNode type = start; type != null;
                 type = type.superName == null ? null : requireClass(type.superName, site)) {
                MethodNode method = declaredMethod(type, name, descriptor);
                if (method != null) {
                    return new ResolvedMethod(type, method);
                }
            }
        }
        List<ResolvedMethod> specific = hierarchy.maximallySpecific(start, name, descriptor);
        for (ResolvedMethod candidate : specific) {
            if ((candidate.method().access & Opcodes.ACC_ABSTRACT) == 0 && specific.size() == 1) {
                return candidate;
            }
        }
        if (!specific.isEmpty()) {
            return specific.get(0);
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

    private static MethodNode declaredMethod(ClassNode type, String name, String descriptor) {
        for (MethodNode method : type.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }
}
