package org.os2j.compiler.heap;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.os2j.compiler.classes.ArrayTypeCodes;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.layout.ImageData;
import org.os2j.compiler.world.Resolver;
import org.os2j.compiler.world.UseSite;

/**
 * Runs bytecode at build time over a model heap ({@link HeapObject}), for static initializers that
 * only compute (JVMS 6.5 semantics for the instructions it knows). It stops with
 * {@link NotAtBuildTime} at anything whose outcome the build cannot know or must not fix:
 * natives and intrinsics (save pure ones named below), exceptions of any kind (the run raises them
 * with their messages), identity hashes, a static field of a class initialized at run time, a
 * non-final static of another class, a change to an object another initialization created
 * (ownership: a class's initializer changes only objects it allocated), or a budget of steps.
 *
 * <p>Requires: classes in their loaded form (substitutions merged, load-time lowerings done).
 * Guarantees: when it returns, the values it produced are what the same code computes at run time.
 */
final class BuildTimeInterpreter {
    /** Instructions one class's initialization may run, callees included. */
    private static final int STEP_BUDGET = 2_000_000;
    private static final int DEPTH_LIMIT = 200;
    private static final Set<String> INTRINSIC_OWNERS = Set.of("org/os2j/runtime/intrinsic/Memory",
            "org/os2j/runtime/intrinsic/Magic", "org/os2j/runtime/intrinsic/Ports", "org/os2j/runtime/intrinsic/Cpu",
            "org/os2j/runtime/linux/LinuxSystemCalls");

    private final BuildTimeInitialization initialization;
    private final Resolver resolver;
    /** The class whose initialization is running: the only one whose statics and objects change. */
    private final String initializing;
    private int steps;
    private int depth;

    BuildTimeInterpreter(BuildTimeInitialization initialization, Resolver resolver, String initializing) {
        this.initialization = initialization;
        this.resolver = resolver;
        this.initializing = initializing;
    }

    /** The default value of a field or element of descriptor {@code descriptor} (JVMS 2.3, 2.4). */
    static Object zeroOf(String descriptor) {
        return switch (descriptor.charAt(0)) {
            case 'J' -> 0L;
            case 'F' -> 0.0f;
            case 'D' -> 0.0;
            case 'L', '[' -> null;
            default -> 0;
        };
    }

    /** Runs {@code method} of {@code owner} with {@code arguments} (receiver first); its result, or null for void. */
    Object invoke(ClassNode owner, MethodNode method, Object[] arguments) throws CompileError {
        if ((method.access & ACC_NATIVE) != 0 || method.instructions == null || method.instructions.size() == 0) {
            throw new NotAtBuildTime("calls native " + owner.name.replace('/', '.') + "." + method.name);
        }
        if (++depth > DEPTH_LIMIT) {
            throw new NotAtBuildTime("calls nest deeper than " + DEPTH_LIMIT);
        }
        try {
            return new Frame(owner, method, arguments).run();
        } finally {
            depth--;
        }
    }

    /** One activation: locals, operand stack, program counter. Category-2 values take one stack slot. */
    private final class Frame {
        private final ClassNode owner;
        private final MethodNode method;
        private final AbstractInsnNode[] code;
        private final Map<LabelNode, Integer> labels = new HashMap<>();
        private final Object[] locals;
        private final Object[] stack;
        private int top;

        Frame(ClassNode owner, MethodNode method, Object[] arguments) {
            this.owner = owner;
            this.method = method;
            InsnList instructions = method.instructions;
            this.code = instructions.toArray();
            for (int i = 0; i < code.length; i++) {
                if (code[i] instanceof LabelNode label) {
                    labels.put(label, i);
                }
            }
            this.locals = new Object[Math.max(method.maxLocals, 1) + 2];
            this.stack = new Object[method.maxStack + 8];
            int slot = 0;
            for (Object argument : arguments) {
                locals[slot] = argument;
                slot += argument instanceof Long || argument instanceof Double ? 2 : 1;
            }
        }

        private void push(Object value) {
            stack[top++] = value;
        }

        private Object pop() {
            return stack[--top];
        }

        private int popInt() {
            return (Integer) pop();
        }

        private long popLong() {
            return (Long) pop();
        }

        private float popFloat() {
            return (Float) pop();
        }

        private double popDouble() {
            return (Double) pop();
        }

        private HeapObject popObject(String what) {
            Object value = pop();
            if (value == null) {
                throw new NotAtBuildTime("would throw NullPointerException (" + what + ")");
            }
            if (!(value instanceof HeapObject object)) {
                throw new NotAtBuildTime("uses a Class object as an object (" + what + ")");
            }
            return object;
        }

        private static boolean wide(Object value) {
            return value instanceof Long || value instanceof Double;
        }

        Object run() throws CompileError {
            int pc = 0;
            while (true) {
                if (++steps > STEP_BUDGET) {
                    throw new NotAtBuildTime("runs more than " + STEP_BUDGET + " instructions");
                }
                AbstractInsnNode instruction = code[pc];
                int opcode = instruction.getOpcode();
                int next = pc + 1;
                switch (opcode) {
                    case -1, NOP -> { }
                    case ACONST_NULL -> push(null);
                    case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> push(opcode - ICONST_0);
                    case LCONST_0, LCONST_1 -> push((long) (opcode - LCONST_0));
                    case FCONST_0, FCONST_1, FCONST_2 -> push((float) (opcode - FCONST_0));
                    case DCONST_0, DCONST_1 -> push((double) (opcode - DCONST_0));
                    case BIPUSH, SIPUSH -> push(((IntInsnNode) instruction).operand);
                    case LDC -> push(constant(((LdcInsnNode) instruction).cst));
                    case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> push(locals[((VarInsnNode) instruction).var]);
                    case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE -> locals[((VarInsnNode) instruction).var] = pop();
                    case IINC -> {
                        IincInsnNode increment = (IincInsnNode) instruction;
                        locals[increment.var] = (Integer) locals[increment.var] + increment.incr;
                    }
                    case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> {
                        int index = popInt();
                        HeapObject array = popObject("array load");
                        checkReadable(array);
                        checkIndex(array, index);
                        push(array.elements[index]);
                    }
                    case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> {
                        Object value = pop();
                        int index = popInt();
                        HeapObject array = popObject("array store");
                        checkOwned(array);
                        checkIndex(array, index);
                        array.elements[index] = narrow(array.type.substring(1), value);
                    }
                    case POP -> pop();
                    case POP2 -> {
                        if (!wide(pop())) {
                            pop();
                        }
                    }
                    case DUP -> push(stack[top - 1]);
                    case DUP_X1 -> {
                        Object a = pop();
                        Object b = pop();
                        push(a);
                        push(b);
                        push(a);
                    }
                    case DUP_X2 -> {
                        Object a = pop();
                        Object b = pop();
                        if (wide(b)) {
                            push(a);
                            push(b);
                        } else {
                            Object c = pop();
                            push(a);
                            push(c);
                            push(b);
                        }
                        push(a);
                    }
                    case DUP2 -> {
                        Object a = stack[top - 1];
                        if (wide(a)) {
                            push(a);
                        } else {
                            Object b = stack[top - 2];
                            push(b);
                            push(a);
                        }
                    }
                    case DUP2_X1, DUP2_X2 -> throw new NotAtBuildTime("uses " + (opcode == DUP2_X1 ? "dup2_x1" : "dup2_x2"));
                    case SWAP -> {
                        Object a = pop();
                        Object b = pop();
                        push(a);
                        push(b);
                    }
                    case IADD, ISUB, IMUL, IDIV, IREM, IAND, IOR, IXOR, ISHL, ISHR, IUSHR -> {
                        int b = popInt();
                        int a = popInt();
                        push(intOperation(opcode, a, b));
                    }
                    case LADD, LSUB, LMUL, LDIV, LREM, LAND, LOR, LXOR -> {
                        long b = popLong();
                        long a = popLong();
                        push(longOperation(opcode, a, b));
                    }
                    case LSHL, LSHR, LUSHR -> {
                        int shift = popInt();
                        long a = popLong();
                        push(opcode == LSHL ? a << shift : opcode == LSHR ? a >> shift : a >>> shift);
                    }
                    case FADD, FSUB, FMUL, FDIV, FREM -> {
                        float b = popFloat();
                        float a = popFloat();
                        push(switch (opcode) {
                            case FADD -> a + b;
                            case FSUB -> a - b;
                            case FMUL -> a * b;
                            case FDIV -> a / b;
                            default -> a % b;
                        });
                    }
                    case DADD, DSUB, DMUL, DDIV, DREM -> {
                        double b = popDouble();
                        double a = popDouble();
                        push(switch (opcode) {
                            case DADD -> a + b;
                            case DSUB -> a - b;
                            case DMUL -> a * b;
                            case DDIV -> a / b;
                            default -> a % b;
                        });
                    }
                    case INEG -> push(-popInt());
                    case LNEG -> push(-popLong());
                    case FNEG -> push(-popFloat());
                    case DNEG -> push(-popDouble());
                    case I2L -> push((long) popInt());
                    case I2F -> push((float) popInt());
                    case I2D -> push((double) popInt());
                    case L2I -> push((int) popLong());
                    case L2F -> push((float) popLong());
                    case L2D -> push((double) popLong());
                    case F2I -> push((int) popFloat());
                    case F2L -> push((long) popFloat());
                    case F2D -> push((double) popFloat());
                    case D2I -> push((int) popDouble());
                    case D2L -> push((long) popDouble());
                    case D2F -> push((float) popDouble());
                    case I2B -> push((int) (byte) popInt());
                    case I2C -> push((int) (char) popInt());
                    case I2S -> push((int) (short) popInt());
                    case LCMP -> {
                        long b = popLong();
                        long a = popLong();
                        push(Long.compare(a, b));
                    }
                    case FCMPL, FCMPG -> {
                        float b = popFloat();
                        float a = popFloat();
                        push(Float.isNaN(a) || Float.isNaN(b) ? (opcode == FCMPG ? 1 : -1) : a < b ? -1 : a > b ? 1 : 0);
                    }
                    case DCMPL, DCMPG -> {
                        double b = popDouble();
                        double a = popDouble();
                        push(Double.isNaN(a) || Double.isNaN(b) ? (opcode == DCMPG ? 1 : -1) : a < b ? -1 : a > b ? 1 : 0);
                    }
                    case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> {
                        int value = popInt();
                        if (compare(opcode - IFEQ, value, 0)) {
                            next = labels.get(((JumpInsnNode) instruction).label);
                        }
                    }
                    case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> {
                        int b = popInt();
                        int a = popInt();
                        if (compare(opcode - IF_ICMPEQ, a, b)) {
                            next = labels.get(((JumpInsnNode) instruction).label);
                        }
                    }
                    case IF_ACMPEQ, IF_ACMPNE -> {
                        Object b = pop();
                        Object a = pop();
                        boolean same = a == b || (a instanceof ClassLiteral && a.equals(b));
                        if (same == (opcode == IF_ACMPEQ)) {
                            next = labels.get(((JumpInsnNode) instruction).label);
                        }
                    }
                    case IFNULL, IFNONNULL -> {
                        boolean isNull = pop() == null;
                        if (isNull == (opcode == IFNULL)) {
                            next = labels.get(((JumpInsnNode) instruction).label);
                        }
                    }
                    case GOTO -> next = labels.get(((JumpInsnNode) instruction).label);
                    case TABLESWITCH -> {
                        TableSwitchInsnNode table = (TableSwitchInsnNode) instruction;
                        int key = popInt();
                        LabelNode target = key < table.min || key > table.max ? table.dflt : table.labels.get(key - table.min);
                        next = labels.get(target);
                    }
                    case LOOKUPSWITCH -> {
                        LookupSwitchInsnNode lookup = (LookupSwitchInsnNode) instruction;
                        int key = popInt();
                        int at = lookup.keys.indexOf(key);
                        next = labels.get(at < 0 ? lookup.dflt : lookup.labels.get(at));
                    }
                    case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN -> {
                        return pop();
                    }
                    case RETURN -> {
                        return null;
                    }
                    case GETSTATIC -> push(getStatic((FieldInsnNode) instruction));
                    case PUTSTATIC -> putStatic((FieldInsnNode) instruction, pop());
                    case GETFIELD -> {
                        FieldInsnNode field = (FieldInsnNode) instruction;
                        HeapObject object = popObject("get field " + field.name);
                        Resolver.ResolvedField resolved = resolveField(field, instruction);
                        String key = resolved.owner().name + "." + field.name;
                        if (!object.fields.containsKey(key)) {
                            throw new NotAtBuildTime("reads a field its object does not have: " + key);
                        }
                        if ((resolved.field().access & ACC_FINAL) == 0) {
                            checkReadable(object);
                        }
                        push(object.fields.get(key));
                    }
                    case PUTFIELD -> {
                        FieldInsnNode field = (FieldInsnNode) instruction;
                        Object value = pop();
                        HeapObject object = popObject("put field " + field.name);
                        Resolver.ResolvedField resolved = resolveField(field, instruction);
                        String key = resolved.owner().name + "." + field.name;
                        boolean stringHashCache = resolved.owner().name.equals("java/lang/String")
                                && (field.name.equals("hash") || field.name.equals("hashIsZero"));
                        if (!stringHashCache) {
                            checkOwned(object);
                        } else if (object.literal != null) {
                            break; // The literal is emitted from its text; its hash is computed again when asked.
                        }
                        object.fields.put(key, narrow(field.desc, value));
                    }
                    case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> {
                        Object result = call((MethodInsnNode) instruction);
                        Type returned = Type.getReturnType(((MethodInsnNode) instruction).desc);
                        if (returned.getSort() != Type.VOID) {
                            push(narrow(returned.getDescriptor(), result));
                        }
                    }
                    case NEW -> {
                        String type = ((TypeInsnNode) instruction).desc;
                        ClassNode node = requireInitialized(type, instruction);
                        HeapObject object = HeapObject.instance(type, initializing, null);
                        initialization.addDefaultFields(node, object);
                        push(object);
                    }
                    case NEWARRAY -> push(newArray("[" + ArrayTypeCodes.elementDescriptor(((IntInsnNode) instruction).operand), popInt()));
                    case ANEWARRAY -> {
                        String element = ((TypeInsnNode) instruction).desc;
                        push(newArray("[" + (element.startsWith("[") ? element : "L" + element + ";"), popInt()));
                    }
                    case ARRAYLENGTH -> push(popObject("arraylength").elements.length);
                    case CHECKCAST -> {
                        Object value = stack[top - 1];
                        if (value != null && !isInstance(value, ((TypeInsnNode) instruction).desc)) {
                            throw new NotAtBuildTime("would throw ClassCastException");
                        }
                    }
                    case INSTANCEOF -> {
                        Object value = pop();
                        push(value != null && isInstance(value, ((TypeInsnNode) instruction).desc) ? 1 : 0);
                    }
                    case MONITORENTER, MONITOREXIT -> pop(); // one thread: locking changes nothing
                    case ATHROW -> throw new NotAtBuildTime("throws an exception");
                    default -> throw new NotAtBuildTime("uses bytecode " + opcode + " in " + owner.name.replace('/', '.')
                            + "." + method.name);
                }
                pc = next;
            }
        }

        private Resolver.ResolvedField resolveField(FieldInsnNode field, AbstractInsnNode at) throws CompileError {
            return resolver.resolveField(field.owner, field.name, field.desc, new UseSite(owner, method, at));
        }

        private Object getStatic(FieldInsnNode field) throws CompileError {
            Resolver.ResolvedField resolved = resolveField(field, field);
            String declaring = resolved.owner().name;
            boolean constant = resolved.field().value != null && (resolved.field().access & ACC_FINAL) != 0;
            if (constant) {
                return constant(resolved.field().value);
            }
            if (!declaring.equals(initializing)) {
                if (!initialization.initializeAtBuildTime(resolved.owner())) {
                    throw new NotAtBuildTime("reads " + declaring.replace('/', '.') + "." + field.name
                            + ", of a class initialized at run time");
                }
                if ((resolved.field().access & ACC_FINAL) == 0) {
                    throw new NotAtBuildTime("reads " + declaring.replace('/', '.') + "." + field.name
                            + ", a static the program may change first");
                }
            }
            return initialization.statics(declaring).get(field.name);
        }

        private void putStatic(FieldInsnNode field, Object value) throws CompileError {
            Resolver.ResolvedField resolved = resolveField(field, field);
            String declaring = resolved.owner().name;
            if (!declaring.equals(initializing)) {
                throw new NotAtBuildTime("writes " + declaring.replace('/', '.') + "." + field.name
                        + ", a static of another class");
            }
            initialization.statics(declaring).put(field.name, narrow(field.desc, value));
        }

        private Object call(MethodInsnNode call) throws CompileError {
            if (INTRINSIC_OWNERS.contains(call.owner)) {
                throw new NotAtBuildTime("uses " + call.owner.replace('/', '.') + "." + call.name);
            }
            Type[] parameterTypes = Type.getArgumentTypes(call.desc);
            boolean hasReceiver = call.getOpcode() != INVOKESTATIC;
            Object[] arguments = new Object[parameterTypes.length + (hasReceiver ? 1 : 0)];
            for (int i = arguments.length - 1; i >= 0; i--) {
                arguments[i] = pop();
            }
            if (call.owner.equals("jdk/internal/misc/Unsafe") && call.name.startsWith("objectFieldOffset")
                    && call.desc.equals("(Ljava/lang/Class;Ljava/lang/String;)J")) {
                return fieldOffset(arguments[1], arguments[2]);
            }
            if (call.owner.equals("java/lang/System") && call.name.equals("arraycopy")) {
                arrayCopy(arguments);
                return null;
            }
            Object pure = PureMethods.apply(call, arguments);
            if (pure != PureMethods.NOT_PURE) {
                return pure;
            }
            UseSite site = new UseSite(owner, method, call);
            Resolver.ResolvedMethod resolved = resolver.resolveMethod(call.owner, call.name, call.desc, site);
            if (call.getOpcode() == INVOKESTATIC) {
                requireInitialized(resolved.owner().name, call);
                return invoke(resolved.owner(), resolved.method(), arguments);
            }
            Object receiver = arguments[0];
            if (receiver == null) {
                throw new NotAtBuildTime("would throw NullPointerException (calls " + call.name + ")");
            }
            if (call.name.equals("<init>") && resolved.owner().name.equals("java/lang/Object")) {
                return null;
            }
            if (call.getOpcode() == INVOKESPECIAL) {
                return invoke(resolved.owner(), resolved.method(), arguments);
            }
            if (!(receiver instanceof HeapObject object) || object.isArray()) {
                throw new NotAtBuildTime("calls " + call.name + " on a Class object or an array");
            }
            Resolver.ResolvedMethod selected = resolver.hierarchy().select(resolver.findClass(object.type), resolved);
            return invoke(selected.owner(), selected.method(), arguments);
        }

        /** Unsafe.objectFieldOffset of a class and a field name: the offset the image's layout gives the field. */
        private Object fieldOffset(Object type, Object name) throws CompileError {
            if (!(type instanceof ClassLiteral literal) || literal.type().getSort() != Type.OBJECT
                    || !(name instanceof HeapObject text) || text.literal == null) {
                throw new NotAtBuildTime("asks Unsafe for a field offset of a class or name not known at build time");
            }
            ClassNode declaring = resolver.findClass(literal.type().getInternalName());
            return (long) initialization.layout().instanceLayout(declaring).offsetOf(text.literal);
        }

        /** System.arraycopy between heap arrays of one type, into an array this initialization made. */
        private void arrayCopy(Object[] arguments) {
            if (!(arguments[0] instanceof HeapObject source) || !(arguments[2] instanceof HeapObject destination)
                    || !source.isArray() || !destination.isArray() || !source.type.equals(destination.type)) {
                throw new NotAtBuildTime("calls System.arraycopy other than between arrays of one type");
            }
            int from = (Integer) arguments[1];
            int to = (Integer) arguments[3];
            int length = (Integer) arguments[4];
            if (from < 0 || to < 0 || length < 0 || from > source.elements.length - length
                    || to > destination.elements.length - length) {
                throw new NotAtBuildTime("would throw ArrayIndexOutOfBoundsException");
            }
            checkReadable(source);
            checkOwned(destination);
            System.arraycopy(source.elements, from, destination.elements, to, length);
        }

        private ClassNode requireInitialized(String internalName, AbstractInsnNode at) throws CompileError {
            ClassNode node = resolver.requireClass(internalName, new UseSite(owner, method, at));
            if (!internalName.equals(initializing) && !initialization.initializeAtBuildTime(node)) {
                throw new NotAtBuildTime("needs " + internalName.replace('/', '.') + ", initialized at run time");
            }
            return node;
        }

        private HeapObject newArray(String descriptor, int length) {
            if (length < 0) {
                throw new NotAtBuildTime("would throw NegativeArraySizeException");
            }
            return HeapObject.array(descriptor, length, initializing);
        }

        private void checkIndex(HeapObject array, int index) {
            if (index < 0 || index >= array.elements.length) {
                throw new NotAtBuildTime("would throw ArrayIndexOutOfBoundsException");
            }
        }

        /** An object another initialization made may change before this one runs, unless the JDK made it. */
        private void checkReadable(HeapObject object) {
            if (!object.owner.equals(initializing) && !ImageData.isJdkClass(object.owner)) {
                throw new NotAtBuildTime("reads state of an object " + object.owner.replace('/', '.')
                        + "'s initializer made, which the program may change first");
            }
        }

        private void checkOwned(HeapObject object) {
            if (!object.owner.equals(initializing)) {
                throw new NotAtBuildTime("changes an object " + object.owner.replace('/', '.') + "'s initializer made");
            }
        }

        private boolean isInstance(Object value, String target) throws CompileError {
            if (target.equals("java/lang/Object")) {
                return true;
            }
            if (value instanceof ClassLiteral) {
                return target.equals("java/lang/Class") || target.equals("java/io/Serializable")
                        || target.startsWith("java/lang/reflect/") || target.startsWith("java/lang/invoke/")
                        || target.startsWith("java/lang/constant/");
            }
            HeapObject object = (HeapObject) value;
            if (!object.isArray()) {
                return !target.startsWith("[") && resolver.hierarchy().isSubtype(resolver.findClass(object.type), target);
            }
            if (target.equals("java/lang/Cloneable") || target.equals("java/io/Serializable")) {
                return true;
            }
            return object.type.equals(target);
        }
    }

    /** The heap value of an {@code ldc} constant or a ConstantValue attribute. */
    private Object constant(Object value) {
        if (value instanceof String text) {
            return initialization.literal(text);
        }
        if (value instanceof Type type) {
            if (type.getSort() == Type.METHOD) {
                throw new NotAtBuildTime("loads a method type");
            }
            return new ClassLiteral(type);
        }
        return value;
    }

    /** A value stored as a field or element of {@code descriptor}: int-sized kinds narrowed as the JVM stores them. */
    static Object narrow(String descriptor, Object value) {
        return switch (descriptor.charAt(0)) {
            case 'Z' -> (Integer) value & 1;
            case 'B' -> (int) (byte) (int) (Integer) value;
            case 'C' -> (int) (char) (int) (Integer) value;
            case 'S' -> (int) (short) (int) (Integer) value;
            default -> value;
        };
    }

    private static boolean compare(int condition, int a, int b) {
        return switch (condition) {
            case 0 -> a == b;
            case 1 -> a != b;
            case 2 -> a < b;
            case 3 -> a >= b;
            case 4 -> a > b;
            default -> a <= b;
        };
    }

    private static int intOperation(int opcode, int a, int b) {
        return switch (opcode) {
            case IADD -> a + b;
            case ISUB -> a - b;
            case IMUL -> a * b;
            case IDIV, IREM -> {
                if (b == 0) {
                    throw new NotAtBuildTime("would throw ArithmeticException");
                }
                yield opcode == IDIV ? a / b : a % b;
            }
            case IAND -> a & b;
            case IOR -> a | b;
            case IXOR -> a ^ b;
            case ISHL -> a << b;
            case ISHR -> a >> b;
            default -> a >>> b;
        };
    }

    private static long longOperation(int opcode, long a, long b) {
        return switch (opcode) {
            case LADD -> a + b;
            case LSUB -> a - b;
            case LMUL -> a * b;
            case LDIV, LREM -> {
                if (b == 0) {
                    throw new NotAtBuildTime("would throw ArithmeticException");
                }
                yield opcode == LDIV ? a / b : a % b;
            }
            case LAND -> a & b;
            case LOR -> a | b;
            default -> a ^ b;
        };
    }
}
