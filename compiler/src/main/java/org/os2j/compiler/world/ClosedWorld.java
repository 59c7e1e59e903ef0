package org.os2j.compiler.world;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.os2j.compiler.classes.ArrayTypeCodes;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.heap.BuildTimeInitialization;
import org.os2j.compiler.heap.ClassLiteral;
import org.os2j.compiler.heap.HeapObject;

/**
 * Pipeline step 3: the closed world, found by rapid type analysis (Bacon and Sweeney, "Fast Static
 * Analysis of C++ Virtual Function Calls", OOPSLA 1996) over bytecode. A worklist of reachable
 * methods is scanned once each: static and special calls reach their resolved target; a virtual
 * or interface call is recorded with its receiver's static type and reaches, for every class
 * instantiated so far that is a subtype, the method selection picks (JVMS 5.4.6); instantiating a
 * class later reaches the selections of every recorded call it matches. Every symbolic reference
 * is resolved here, once (JVMS 5.4.3), and later steps ask {@link #method} and {@link #field}
 * instead of resolving again. Each reached class with a static initializer contributes
 * {@code <clinit>} (and its superclasses', JVMS 5.5). A missing class, method or field, or a
 * native method without an implementation, is a {@link CompileError} naming its first use site;
 * every native without an implementation is reported in the one error, since a user adds their
 * substitutions together.
 *
 * <p>Guarantees, once {@link #complete} returns: {@link #methods()} lists every method to compile
 * in discovery order (deterministic), each with bytecode; {@link #classes()} every class whose
 * layout or descriptor may be needed, superclasses before subclasses; {@link #targets} gives the
 * methods each recorded virtual call can run; {@link #callGraph()} maps each method to the
 * methods its call sites can reach.
 */
public final class ClosedWorld {
    public record Member(ClassNode owner, MethodNode method) {
        public MethodReference reference() {
            return new MethodReference(owner.name, method.name, method.desc);
        }
    }

    /** A virtual or interface call: the static type of its receiver and the method it resolved to. */
    public record VirtualCall(String receiverType, MethodReference resolved) {
    }

    private final Resolver resolver;
    private final Hierarchy hierarchy;
    private final BuildTimeInitialization buildTime;
    private final Map<String, Member> methods = new LinkedHashMap<>();
    private final Map<String, ClassNode> classes = new LinkedHashMap<>();
    private final Set<String> initialized = new LinkedHashSet<>();
    /** Classes initialized at build time (no initializer compiled; their statics are image data). */
    private final Set<String> inImageHeap = new HashSet<>();
    /**
     * The statics of classes in {@link #inImageHeap} that reachable code reads ({@code owner.name}):
     * only their objects are in the image, counted (instantiated, their types required); a static
     * nothing reads is written as null, so the objects only its class initializer kept are left out.
     */
    private final Set<String> readStatics = new HashSet<>();
    private final Set<String> instantiated = new LinkedHashSet<>();
    private final Set<String> arrayTypes = new LinkedHashSet<>();
    private boolean arraysInstantiated;
    private final Map<VirtualCall, Resolver.ResolvedMethod> virtualCalls = new LinkedHashMap<>();
    private final Map<VirtualCall, UseSite> virtualCallSites = new LinkedHashMap<>();
    private final Map<String, Resolver.ResolvedMethod> resolvedMethods = new LinkedHashMap<>();
    private final Map<String, Resolver.ResolvedField> resolvedFields = new LinkedHashMap<>();
    private final Map<String, Set<String>> callGraph = new LinkedHashMap<>();
    /** The method whose scan first reached each method (absent for roots). */
    private final Map<String, String> reachedFrom = new HashMap<>();
    private final Deque<Member> worklist = new ArrayDeque<>();
    /** Each reached native method without an implementation to the report of its first use, in discovery order. */
    private final Map<String, String> missingNatives = new LinkedHashMap<>();
    private MethodReference mainMethod;
    private Member scanning;

    public ClosedWorld(Resolver resolver) {
        this(resolver, Set.of());
    }

    /** @param initializeAtRunTime internal names of classes the user wants initialized at run time */
    public ClosedWorld(Resolver resolver, Set<String> initializeAtRunTime) {
        this.resolver = resolver;
        this.hierarchy = resolver.hierarchy();
        this.buildTime = new BuildTimeInitialization(resolver, initializeAtRunTime);
    }

    /** Which classes were initialized at build time, with their statics and objects (the image heap). */
    public BuildTimeInitialization buildTime() { return buildTime; }

    public Resolver resolver() { return resolver; }
    public Hierarchy hierarchy() { return hierarchy; }
    public Collection<Member> methods() { return methods.values(); }
    public Collection<ClassNode> classes() { return classes.values(); }
    public MethodReference mainMethod() { return mainMethod; }
    public Set<String> instantiated() { return instantiated; }
    public boolean arraysInstantiated() { return arraysInstantiated; }
    /** Every array type the code names, as descriptors ({@code [I}, {@code [Ljava/lang/String;}). */
    public Set<String> arrayTypes() { return arrayTypes; }
    public Set<VirtualCall> virtualCalls() { return virtualCalls.keySet(); }
    /** Caller symbol to the symbols of every method its call sites can run. */
    public Map<String, Set<String>> callGraph() { return callGraph; }

    /** Whether reachable code reads static {@code name} of {@code owner} (initialized at build time). */
    public boolean isStaticRead(String owner, String name) {
        return readStatics.contains(owner + "." + name);
    }

    public boolean isReachable(MethodReference method) {
        return methods.containsKey(method.symbol());
    }

    /** Whether {@code internalName} or a superclass has a reached static initializer. */
    public boolean needsInitialization(String internalName) {
        return initialized.contains(internalName);
    }

    private static String key(String owner, String name, String descriptor) {
        return owner + "." + name + descriptor;
    }

    /** The resolution of a method reference a reachable method makes (resolved during the scan). */
    public Resolver.ResolvedMethod method(String owner, String name, String descriptor) {
        Resolver.ResolvedMethod resolved = resolvedMethods.get(key(owner, name, descriptor));
        if (resolved == null) {
            throw new IllegalStateException("not resolved by the closed world: " + key(owner, name, descriptor));
        }
        return resolved;
    }

    /** The method a recorded virtual call resolved to. */
    public Resolver.ResolvedMethod resolved(VirtualCall call) {
        Resolver.ResolvedMethod resolved = virtualCalls.get(call);
        if (resolved == null) {
            throw new IllegalStateException("virtual call not recorded by the closed world: " + call);
        }
        return resolved;
    }

    /** The resolution of a field reference a reachable method makes. */
    public Resolver.ResolvedField field(String owner, String name, String descriptor) {
        Resolver.ResolvedField resolved = resolvedFields.get(key(owner, name, descriptor));
        if (resolved == null) {
            throw new IllegalStateException("not resolved by the closed world: " + key(owner, name, descriptor));
        }
        return resolved;
    }

    /**
     * The instance field {@code name} declared by {@code owner}, as Unsafe.objectFieldOffset finds it
     * (the class's own fields only); a missing or static field is an error at the use site.
     */
    public Resolver.ResolvedField fieldForOffset(String owner, String name, UseSite site) throws CompileError {
        ClassNode type = resolver.requireClass(owner, site);
        for (org.objectweb.asm.tree.FieldNode field : type.fields) {
            if (field.name.equals(name) && (field.access & Opcodes.ACC_STATIC) == 0) {
                return new Resolver.ResolvedField(type, field);
            }
        }
        throw new CompileError("Unsafe.objectFieldOffset: class " + owner.replace('/', '.')
                + " declares no instance field " + name + ", used in " + site.describe());
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

    /** Records that objects of {@code internalName} exist without a {@code new} in code (image objects). */
    public void addInstantiated(String internalName) throws CompileError {
        if (internalName.startsWith("[")) {
            requireType(Type.getType(internalName), null);
            instantiateArrays();
            return;
        }
        ClassNode node = resolver.findClass(internalName);
        if (node == null) {
            throw new IllegalStateException("runtime class missing: " + internalName);
        }
        addClass(node);
        instantiate(node);
    }

    /** Runs the worklist to its fixpoint. */
    public void complete() throws CompileError {
        while (!worklist.isEmpty()) {
            Member member = worklist.poll();
            scanning = member;
            try {
                for (AbstractInsnNode instruction : member.method().instructions) {
                    scan(member, instruction);
                }
            } catch (CompileError error) {
                throw new CompileError(error.getMessage() + ", reached by "
                        + String.join(" <- ", pathFromRoot(member.reference().symbol())), error);
            }
            for (TryCatchBlockNode handler : member.method().tryCatchBlocks) {
                if (handler.type != null) {
                    requireType(Type.getObjectType(handler.type),
                            new UseSite(member.owner(), member.method(), handler.handler));
                }
            }
        }
        scanning = null;
        if (!missingNatives.isEmpty()) {
            throw new CompileError(String.join("\n", missingNatives.values()));
        }
    }

    private void scan(Member member, AbstractInsnNode instruction) throws CompileError {
        UseSite site = new UseSite(member.owner(), member.method(), instruction);
        if (instruction instanceof MethodInsnNode call) {
            scanCall(call, site);
        } else if (instruction instanceof FieldInsnNode field) {
            String key = key(field.owner, field.name, field.desc);
            Resolver.ResolvedField resolved = resolvedFields.get(key);
            if (resolved == null) {
                resolved = resolver.resolveField(field.owner, field.name, field.desc, site);
                resolvedFields.put(key, resolved);
            }
            addClass(resolved.owner());
            if (resolved.isStatic()) {
                initialize(resolved.owner());
                if (instruction.getOpcode() == Opcodes.GETSTATIC && inImageHeap.contains(resolved.owner().name)) {
                    readStatic(resolved.owner().name, resolved.field().name);
                }
            }
            requireType(Type.getType(field.desc), site);
        } else if (instruction instanceof TypeInsnNode type) {
            ClassNode node = requireType(Type.getObjectType(type.desc), site);
            if (instruction.getOpcode() == Opcodes.NEW && node != null) {
                initialize(node);
                instantiate(node);
            }
            if (instruction.getOpcode() == Opcodes.ANEWARRAY) {
                requireType(Type.getType("[" + Type.getObjectType(type.desc).getDescriptor()), site);
                instantiateArrays();
            }
        } else if (instruction instanceof MultiANewArrayInsnNode array) {
            requireType(Type.getType(array.desc), site);
            requireType(Type.getType("[I"), site);
            instantiateArrays();
        } else if (instruction.getOpcode() == Opcodes.NEWARRAY) {
            requireType(Type.getType("[" + ArrayTypeCodes.elementDescriptor(((IntInsnNode) instruction).operand)), site);
            instantiateArrays();
        } else if (instruction instanceof LdcInsnNode constant) {
            if (constant.cst instanceof Type type && type.getSort() != Type.METHOD) {
                requireType(type, site);
                if (!RuntimeSupport.isDescriptorOnly(constant)) {
                    addInstantiated("java/lang/Class"); // A class literal is the type's descriptor (ClassDescriptorLayout).
                }
            } else if (constant.cst instanceof String) {
                addInstantiated("java/lang/String");
                addInstantiated("[B"); // Its characters (ImageData).
            }
        } else if (instruction instanceof InvokeDynamicInsnNode dynamic) {
            // String concatenation and lambdas are lowered at load time (classes/); records' and switches' are not yet.
            throw new CompileError("invokedynamic with bootstrap " + dynamic.bsm.getOwner().replace('/', '.') + "."
                    + dynamic.bsm.getName() + " is not supported yet, used in " + site.describe());
        }
    }

    private void scanCall(MethodInsnNode call, UseSite site) throws CompileError {
        if (RuntimeSupport.isAssertionStatusQuery(call.owner, call.name, call.desc)) {
            return; // The constant false (frontend).
        }
        if (RuntimeSupport.isIntrinsicOwner(call.owner)) {
            return; // Expanded inline (frontend/Intrinsics); invokeMain binds to main, already a root.
        }
        String initialized = RuntimeSupport.literalClassInitialization(call);
        if (initialized != null) {
            initialize(resolver.requireClass(initialized, site));
            return; // Class initialization (frontend).
        }
        String[] offsetField = RuntimeSupport.literalFieldOffset(call);
        if (offsetField != null) {
            addClass(fieldForOffset(offsetField[0], offsetField[1], site).owner());
            return; // Folded to a constant (frontend).
        }
        String key = key(call.owner, call.name, call.desc);
        Resolver.ResolvedMethod resolved = resolvedMethods.get(key);
        if (resolved == null) {
            resolved = resolver.resolveMethod(call.owner, call.name, call.desc, site);
            resolvedMethods.put(key, resolved);
        }
        if (RuntimeSupport.isExpandedInline(resolved.reference())) {
            return; // Expanded inline (frontend/Intrinsics).
        }
        ClassNode owner = resolved.owner();
        addClass(owner);
        if (call.owner.startsWith("[")) {
            requireType(Type.getType(call.owner), site);
        }
        int opcode = call.getOpcode();
        if (opcode == Opcodes.INVOKESTATIC) {
            initialize(owner);
        }
        // Every invokevirtual and invokeinterface is a virtual call here, statically bound ones too: a
        // final method runs only once some subtype of the receiver's type is instantiated (RTA).
        if (opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE) {
            VirtualCall virtual = new VirtualCall(call.owner, resolved.reference());
            if (virtualCalls.putIfAbsent(virtual, resolved) == null) {
                virtualCallSites.put(virtual, site);
                for (String type : new ArrayList<>(instantiated)) {
                    reachSelection(virtual, resolver.findClass(type));
                }
                if (arraysInstantiated) {
                    reachSelection(virtual, resolver.findClass("java/lang/Object"));
                }
            }
            addCallEdges(virtual);
            return;
        }
        if ((resolved.method().access & Opcodes.ACC_ABSTRACT) != 0) {
            throw new CompileError("abstract method " + resolved.reference().displayName() + call.desc
                    + " called directly, used in " + site.describe());
        }
        reach(resolved, site);
        edge(resolved.reference());
    }

    /** A virtual call with one possible target whatever the receiver: private or final method, or final class. */
    public static boolean isStaticallyBound(Resolver.ResolvedMethod resolved) {
        return (resolved.method().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0
                || ((resolved.owner().access & Opcodes.ACC_FINAL) != 0 && !Hierarchy.isInterface(resolved.owner()));
    }

    private void edge(MethodReference callee) {
        if (scanning != null) {
            callGraph.computeIfAbsent(scanning.reference().symbol(), k -> new LinkedHashSet<>()).add(callee.symbol());
        }
    }

    private void addCallEdges(VirtualCall virtual) throws CompileError {
        if (scanning == null) {
            return;
        }
        Set<String> callees = callGraph.computeIfAbsent(scanning.reference().symbol(), k -> new LinkedHashSet<>());
        callees.add("virtual:" + virtual.resolved().symbol());
    }

    /** Whether an object of {@code type} can be the receiver of {@code call}. */
    private boolean receives(ClassNode type, VirtualCall call) throws CompileError {
        String receiver = call.receiverType();
        if (receiver.startsWith("[")) {
            return false; // Arrays receive through Object (see reachSelection for arrays).
        }
        return hierarchy.isSubtype(type, receiver);
    }

    private void reachSelection(VirtualCall call, ClassNode type) throws CompileError {
        boolean arrayReceiver = type.name.equals("java/lang/Object") && arraysInstantiated
                && acceptsArrays(call.receiverType());
        if (!arrayReceiver && (!instantiated.contains(type.name) || !receives(type, call))) {
            return;
        }
        Resolver.ResolvedMethod selected = hierarchy.select(type, virtualCalls.get(call));
        if (selected != null) {
            reach(selected, virtualCallSites.get(call));
        }
    }

    private static boolean acceptsArrays(String receiverType) {
        return receiverType.startsWith("[") || receiverType.equals("java/lang/Object")
                || receiverType.equals("java/lang/Cloneable") || receiverType.equals("java/io/Serializable");
    }

    /**
     * The methods a virtual call can run: the selection for each instantiated subtype of its
     * receiver type (and for arrays through Object), without duplicates, in a deterministic order.
     */
    /**
     * Whether some object the program creates can receive {@code call} but has no method for it
     * (a class missing a bridge, say): such a call must stay virtual, so that object reaches the
     * dispatch table's no-method entry rather than another class's method.
     */
    public boolean hasReceiverWithoutTarget(VirtualCall call) throws CompileError {
        Resolver.ResolvedMethod resolved = virtualCalls.get(call);
        for (String name : instantiated) {
            ClassNode type = resolver.findClass(name);
            if (receives(type, call) && hierarchy.select(type, resolved) == null) {
                return true;
            }
        }
        return false;
    }

    public List<Resolver.ResolvedMethod> targets(VirtualCall call) throws CompileError {
        Resolver.ResolvedMethod resolved = virtualCalls.get(call);
        if (resolved == null) {
            throw new IllegalStateException("virtual call not recorded by the closed world: " + call);
        }
        Map<String, Resolver.ResolvedMethod> targets = new LinkedHashMap<>();
        for (String name : instantiated) {
            ClassNode type = resolver.findClass(name);
            if (receives(type, call)) {
                Resolver.ResolvedMethod selected = hierarchy.select(type, resolved);
                if (selected != null) {
                    targets.putIfAbsent(selected.reference().symbol(), selected);
                }
            }
        }
        if (arraysInstantiated && acceptsArrays(call.receiverType())) {
            Resolver.ResolvedMethod selected = hierarchy.select(resolver.findClass("java/lang/Object"), resolved);
            if (selected != null) {
                targets.putIfAbsent(selected.reference().symbol(), selected);
            }
        }
        return new ArrayList<>(targets.values());
    }

    private void instantiate(ClassNode node) throws CompileError {
        if ((node.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0 || !instantiated.add(node.name)) {
            return;
        }
        for (VirtualCall call : new ArrayList<>(virtualCalls.keySet())) {
            reachSelection(call, node);
        }
    }

    private void instantiateArrays() throws CompileError {
        if (arraysInstantiated) {
            return;
        }
        arraysInstantiated = true;
        ClassNode object = resolver.findClass("java/lang/Object");
        for (VirtualCall call : new ArrayList<>(virtualCalls.keySet())) {
            reachSelection(call, object);
        }
    }

    private void reach(Resolver.ResolvedMethod method, UseSite site) throws CompileError {
        addClass(method.owner());
        for (String instantiatedByRuntime : RuntimeSupport.instantiatedBy(method.reference())) {
            addInstantiated(instantiatedByRuntime);
        }
        if ((method.method().access & Opcodes.ACC_NATIVE) != 0) {
            missingNatives.putIfAbsent(method.reference().symbol(), "native method " + method.reference().displayName() + method.method().desc
                    + " has no os2j implementation (a substitution in runtime/ would provide one), used in "
                    + site.describe() + ", reached by " + String.join(" <- ",
                    pathFromRoot(new Member(site.owner(), site.method()).reference().symbol())));
            return;
        }
        if ((method.method().access & Opcodes.ACC_ABSTRACT) != 0) {
            return;
        }
        enqueue(method.owner(), method.method());
    }

    private ClassNode requireType(Type type, UseSite site) throws CompileError {
        if (type.getSort() == Type.ARRAY) {
            for (String descriptor = type.getDescriptor(); descriptor.startsWith("["); descriptor = descriptor.substring(1)) {
                arrayTypes.add(descriptor);
            }
        }
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() != Type.OBJECT) {
            return null;
        }
        ClassNode node = site == null ? resolver.findClass(element.getInternalName())
                : resolver.requireClass(element.getInternalName(), site);
        if (node == null) {
            throw new IllegalStateException("runtime class missing: " + element.getInternalName());
        }
        addClass(node);
        return node;
    }

    private void addClass(ClassNode node) throws CompileError {
        if (classes.containsKey(node.name)) {
            return;
        }
        if (node.superName != null) {
            ClassNode superclass = resolver.findClass(node.superName);
            if (superclass == null) {
                throw new CompileError("class " + node.superName.replace('/', '.') + " not found, the superclass of "
                        + node.name.replace('/', '.'));
            }
            addClass(superclass);
        }
        for (String superInterface : node.interfaces) {
            ClassNode type = resolver.findClass(superInterface);
            if (type == null) {
                throw new CompileError("interface " + superInterface.replace('/', '.') + " not found, implemented by "
                        + node.name.replace('/', '.'));
            }
            addClass(type);
        }
        classes.put(node.name, node);
        MethodReference values = enumValues(node);
        if (values != null) {
            addRoot(values); // Class.getEnumConstantsShared reaches it through the descriptor (enumValues:C).
        }
    }

    /** The {@code values()} method of an enum class ({@code ACC_ENUM}, directly extending Enum), else null. */
    public static MethodReference enumValues(ClassNode node) {
        if ((node.access & Opcodes.ACC_ENUM) == 0 || !"java/lang/Enum".equals(node.superName)) {
            return null;
        }
        String descriptor = "()[L" + node.name + ";";
        for (org.objectweb.asm.tree.MethodNode method : node.methods) {
            if (method.name.equals("values") && method.desc.equals(descriptor)
                    && (method.access & Opcodes.ACC_STATIC) != 0) {
                return new MethodReference(node.name, "values", descriptor);
            }
        }
        return null;
    }

    private void initialize(ClassNode node) throws CompileError {
        if (initialized.contains(node.name) || inImageHeap.contains(node.name)) {
            return;
        }
        if (buildTime.initializeAtBuildTime(node)) {
            // Initialized at build time: no check, no initializer to compile; the objects of the
            // statics code reads are in the image (readStatic).
            inImageHeap.add(node.name);
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

    /** A read of a static of a class initialized at build time: the objects its value reaches are in the image. */
    private void readStatic(String owner, String name) throws CompileError {
        if (readStatics.add(owner + "." + name)) {
            for (Object value : buildTime.reachableFrom(owner, name)) {
                addHeapValue(value);
            }
        }
    }

    /** An object or class literal of the image heap: its class is instantiated, its type required. */
    private void addHeapValue(Object value) throws CompileError {
        if (value instanceof ClassLiteral literal) {
            if (literal.type().getSort() == Type.OBJECT || literal.type().getSort() == Type.ARRAY) {
                requireType(literal.type(), null);
            }
            addInstantiated("java/lang/Class");
        } else if (value instanceof HeapObject object) {
            if (object.isArray()) {
                requireType(Type.getType(object.type()), null);
                instantiateArrays();
            } else {
                addInstantiated(object.type());
            }
        }
    }

    private void enqueue(ClassNode owner, MethodNode method) {
        Member member = new Member(owner, method);
        if (methods.putIfAbsent(member.reference().symbol(), member) == null) {
            worklist.add(member);
            reachedFrom.put(member.reference().symbol(), scanning == null ? null : scanning.reference().symbol());
        }
    }

    /**
     * Why {@code symbol} is reachable: the first path that reached it, from it back to a root
     * (main or a runtime root), as method symbols.
     */
    public List<String> pathFromRoot(String symbol) {
        List<String> path = new ArrayList<>();
        for (String at = symbol; at != null && path.size() < methods.size(); at = reachedFrom.get(at)) {
            path.add(at);
        }
        return path;
    }
}
