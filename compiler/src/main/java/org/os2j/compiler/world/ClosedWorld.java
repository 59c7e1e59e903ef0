package org.os2j.compiler.world;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.os2j.compiler.driver.CompileError;

/**
 * Pipeline step 3: the closed world, every method and class reachable from the entry points,
 * found by a worklist over bytecode. Invocations are resolved (JVMS 5.4.3); each reached class
 * with a static initializer contributes {@code <clinit>} (and its superclasses' initializers,
 * JVMS 5.5). A missing class, method or field is a {@link CompileError} naming it and its first use
 * site. Virtual calls must be statically bound for now (private, final, or in a final class):
 * dispatch tables arrive with objects in the next issue, and any other virtual call is rejected
 * here with its use site.
 *
 * <p>Guarantees: {@link #methods()} lists every method to compile, in discovery order
 * (deterministic), each with bytecode; {@link #classes()} every class whose layout or descriptor
 * may be needed.
 */
public final class ClosedWorld {
    public record Member(ClassNode owner, MethodNode method) {
        public MethodReference reference() {
            return new MethodReference(owner.name, method.name, method.desc);
        }
    }

    private final Resolver resolver;
    private final Map<String, Member> methods = new LinkedHashMap<>();
    private final Map<String, ClassNode> classes = new LinkedHashMap<>();
    private final Set<String> initialized = new LinkedHashSet<>();
    private final Deque<Member> worklist = new ArrayDeque<>();
    private MethodReference mainMethod;

    public ClosedWorld(Resolver resolver) {
        this.resolver = resolver;
    }

    public Resolver resolver() { return resolver; }
    public Collection<Member> methods() { return methods.values(); }
    public Collection<ClassNode> classes() { return classes.values(); }
    public MethodReference mainMethod() { return mainMethod; }

    /** Whether {@code internalName} or a superclass has a reached static initializer. */
    public boolean needsInitialization(String internalName) {
        return initialized.contains(internalName);
    }

    public void addMain(String mainClass) throws CompileError {
        String internalName = mainClass.replace('.', '/');
        ClassNode node = resolver.findClass(internalName);
        if (node == null) {
            throw new CompileError("main class " + mainClass + " not found on the class path");
        }
        MethodNode main = null;
        for (MethodNode method : node.methods) {
            if (method.name.equals("main") && method.desc.equals("([Ljava/lang/String;)V")
                    && (method.access & Opcodes.ACC_STATIC) != 0) {
                main = method;
            }
        }
        if (main == null) {
            throw new CompileError("class " + mainClass + " has no method public static void main(String[])");
        }
        mainMethod = new MethodReference(node.name, main.name, main.desc);
        addClass(node);
        initialize(node);
        enqueue(node, main);
    }

    public void addRoot(MethodReference reference) throws CompileError {
        ClassNode owner = resolver.findClass(reference.owner());
        if (owner == null) {
            throw new IllegalStateException("runtime class missing: " + reference.owner());
        }
        for (MethodNode method : owner.methods) {
            if (method.name.equals(reference.name()) && method.desc.equals(reference.descriptor())) {
                addClass(owner);
                enqueue(owner, method);
                return;
            }
        }
        throw new IllegalStateException("runtime method missing: " + reference);
    }

    /** Runs the worklist to its fixpoint. */
    public void complete() throws CompileError {
        while (!worklist.isEmpty()) {
            Member member = worklist.poll();
            for (AbstractInsnNode instruction : member.method().instructions) {
                scan(member, instruction);
            }
        }
    }

    private void scan(Member member, AbstractInsnNode instruction) throws CompileError {
        UseSite site = new UseSite(member.owner(), member.method(), instruction);
        if (instruction instanceof MethodInsnNode call) {
            scanCall(call, site);
        } else if (instruction instanceof FieldInsnNode field) {
            Resolver.ResolvedField resolved = resolver.resolveField(field.owner, field.name, field.desc, site);
            addClass(resolved.owner());
            if (resolved.isStatic()) {
                initialize(resolved.owner());
            }
            requireType(Type.getType(field.desc), site);
        } else if (instruction instanceof TypeInsnNode type) {
            ClassNode node = requireType(Type.getObjectType(type.desc), site);
            if (instruction.getOpcode() == Opcodes.NEW && node != null) {
                initialize(node);
            }
            if (instruction.getOpcode() == Opcodes.ANEWARRAY) {
                requireType(Type.getType("[" + Type.getObjectType(type.desc).getDescriptor()), site);
            }
        } else if (instruction instanceof MultiANewArrayInsnNode array) {
            requireType(Type.getType(array.desc), site);
        } else if (instruction instanceof LdcInsnNode constant && constant.cst instanceof Type type
                && type.getSort() != Type.METHOD) {
            requireType(type, site);
        } else if (instruction instanceof InvokeDynamicInsnNode dynamic) {
            throw new CompileError("invokedynamic with bootstrap " + dynamic.bsm.getOwner().replace('/', '.') + "."
                    + dynamic.bsm.getName() + " (lambdas and method references) is not supported yet, used in "
                    + site.describe());
        }
    }

    private void scanCall(MethodInsnNode call, UseSite site) throws CompileError {
        if (RuntimeSupport.isAssertionStatusQuery(call.owner, call.name, call.desc)) {
            return; // The constant false (frontend).
        }
        if (RuntimeSupport.isIntrinsicOwner(call.owner)) {
            return; // Expanded inline (frontend/Intrinsics); invokeMain binds to main, already a root.
        }
        Resolver.ResolvedMethod resolved = resolver.resolveMethod(call.owner, call.name, call.desc, site);
        MethodNode method = resolved.method();
        ClassNode owner = resolved.owner();
        if (RuntimeSupport.isExpandedInline(resolved.reference())) {
            return; // Expanded inline (frontend/Intrinsics).
        }
        addClass(owner);
        if (call.getOpcode() == Opcodes.INVOKESTATIC) {
            initialize(owner);
        }
        if (call.getOpcode() == Opcodes.INVOKEVIRTUAL || call.getOpcode() == Opcodes.INVOKEINTERFACE) {
            boolean bound = (method.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0
                    || (owner.access & Opcodes.ACC_FINAL) != 0;
            if (!bound) {
                throw new CompileError("virtual call of " + resolved.reference().displayName() + call.desc
                        + " needs dynamic dispatch, which is not supported yet, used in " + site.describe());
            }
        }
        if ((method.access & Opcodes.ACC_NATIVE) != 0) {
            throw new CompileError("native method " + resolved.reference().displayName() + call.desc
                    + " has no os2j implementation, used in " + site.describe());
        }
        if ((method.access & Opcodes.ACC_ABSTRACT) != 0) {
            throw new CompileError("abstract method " + resolved.reference().displayName() + call.desc
                    + " cannot be called without dynamic dispatch (not supported yet), used in " + site.describe());
        }
        enqueue(owner, method);
    }

    private ClassNode requireType(Type type, UseSite site) throws CompileError {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() != Type.OBJECT) {
            return null;
        }
        ClassNode node = resolver.requireClass(element.getInternalName(), site);
        addClass(node);
        return node;
    }

    private void addClass(ClassNode node) throws CompileError {
        if (classes.containsKey(node.name)) {
            return;
        }
        classes.put(node.name, node);
        if (node.superName != null) {
            ClassNode superclass = resolver.findClass(node.superName);
            if (superclass == null) {
                throw new CompileError("class " + node.superName.replace('/', '.') + " not found, the superclass of "
                        + node.name.replace('/', '.'));
            }
            addClass(superclass);
        }
    }

    private void initialize(ClassNode node) throws CompileError {
        if (initialized.contains(node.name)) {
            return;
        }
        boolean hasInitializer = false;
        for (MethodNode method : node.methods) {
            if (method.name.equals("<clinit>")) {
                hasInitializer = true;
                enqueue(node, method);
            }
        }
        boolean superNeeds = false;
        if (node.superName != null) {
            ClassNode superclass = resolver.findClass(node.superName);
            initialize(superclass);
            superNeeds = initialized.contains(superclass.name);
        }
        if (hasInitializer || superNeeds) {
            initialized.add(node.name);
        }
    }

    private void enqueue(ClassNode owner, MethodNode method) {
        Member member = new Member(owner, method);
        if (methods.putIfAbsent(member.reference().symbol(), member) == null) {
            worklist.add(member);
        }
    }
}
