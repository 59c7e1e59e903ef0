package org.os2j.compiler.world;

import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.os2j.compiler.classes.StraightLineCode;

/**
 * The runtime methods compiled code calls without the program naming them: allocation, implicit
 * exception reports, type checks and the platform start routine. They are roots of the closed
 * world. Each must exist in runtime/ with exactly this descriptor.
 */
public final class RuntimeSupport {
    private static final String ALLOCATOR = "org/os2j/runtime/Allocator";
    private static final String EXCEPTIONS = "org/os2j/runtime/report/ImplicitExceptions";
    private static final String TYPE_CHECKS = "org/os2j/runtime/TypeChecks";

    public static final MethodReference LINUX_START =
            new MethodReference("org/os2j/runtime/linux/LinuxStart", "start", "(JJ)V");
    /** The kernel target's Java entry, called by the boot code (backend/KernelBoot) with EAX and EBX of the loader. */
    public static final MethodReference KERNEL_START =
            new MethodReference("org/os2j/runtime/kernel/KernelStart", "start", "(JJ)V");
    /** Maps the main thread's stack with its guard zones; _start calls it on the process stack. */
    public static final MethodReference LINUX_STACK =
            new MethodReference("org/os2j/runtime/linux/LinuxStack", "create", "(J)J");
    public static final MethodReference ALLOCATE_INSTANCE =
            new MethodReference(ALLOCATOR, "allocateInstance", "(JJ)Ljava/lang/Object;");
    public static final MethodReference ALLOCATE_ARRAY =
            new MethodReference(ALLOCATOR, "allocateArray", "(JI)Ljava/lang/Object;");
    /** The same, with log2 of the element size (a constant) for the inline fast path. */
    public static final MethodReference ALLOCATE_ARRAY_OF_SHIFT =
            new MethodReference(ALLOCATOR, "allocateArray", "(JII)Ljava/lang/Object;");
    public static final MethodReference ALLOCATE_MULTI_ARRAY =
            new MethodReference(ALLOCATOR, "allocateMultiArray", "(J[I)Ljava/lang/Object;");
    public static final MethodReference DIVIDE_BY_ZERO =
            new MethodReference(EXCEPTIONS, "divideByZero", "()V");
    public static final MethodReference INDEX_OUT_OF_BOUNDS =
            new MethodReference(EXCEPTIONS, "arrayIndexOutOfBounds", "(II)V");
    public static final MethodReference NULL_POINTER =
            new MethodReference(EXCEPTIONS, "nullPointer", "(J)V");
    public static final MethodReference IS_INSTANCE =
            new MethodReference(TYPE_CHECKS, "isInstance", "(Ljava/lang/Object;J)Z");
    public static final MethodReference CHECK_CAST =
            new MethodReference(TYPE_CHECKS, "checkCast", "(Ljava/lang/Object;J)V");
    public static final MethodReference CHECK_ARRAY_STORE =
            new MethodReference(TYPE_CHECKS, "checkArrayStore", "(Ljava/lang/Object;Ljava/lang/Object;)V");
    private static final String UNWINDER = "org/os2j/runtime/unwind/Unwinder";
    /** athrow: unwinds to the nearest handler (runtime/unwind). */
    public static final MethodReference THROW = new MethodReference(UNWINDER, "throwException",
            "(Ljava/lang/Throwable;)V");
    /** The exception a landing pad receives (the IR's catch). */
    public static final MethodReference TAKE_PENDING = new MethodReference(UNWINDER, "takePending",
            "()Ljava/lang/Throwable;");
    /** Where a method resumes when its stack probe faulted in the yellow zone: throws StackOverflowError. */
    public static final MethodReference STACK_OVERFLOW = new MethodReference("org/os2j/runtime/unwind/StackOverflows",
            "raise", "()V");
    /** The fatal-signal handler LinuxStart installs (the kernel calls it; its address is taken by Magic.symbol). */
    public static final MethodReference FATAL_SIGNAL = new MethodReference("org/os2j/runtime/linux/LinuxCrashes",
            "fatal", "(JJJ)V");
    /** Class initialization (JVMS 5.5), called by the generated initialize:C routines. */
    public static final MethodReference INITIALIZE_CLASS = new MethodReference("org/os2j/runtime/ClassInitialization",
            "initialize", "(JJJJ)V");
    /** The code of dispatch-table entries no object can select (abstract or never-reached methods). */
    public static final MethodReference NO_METHOD =
            new MethodReference(EXCEPTIONS, "abstractMethod", "()V");

    /** Every runtime method the compiler may call implicitly, on every target. */
    public static final List<MethodReference> ROOTS = List.of(ALLOCATE_INSTANCE, ALLOCATE_ARRAY, ALLOCATE_ARRAY_OF_SHIFT,
            ALLOCATE_MULTI_ARRAY, DIVIDE_BY_ZERO, INDEX_OUT_OF_BOUNDS, NULL_POINTER, IS_INSTANCE, CHECK_CAST,
            CHECK_ARRAY_STORE, NO_METHOD, THROW, TAKE_PENDING, INITIALIZE_CLASS, STACK_OVERFLOW);
    /** The linux target's own: start-up, the main stack, the fault handler. */
    public static final List<MethodReference> LINUX_ROOTS = List.of(LINUX_START, LINUX_STACK, FATAL_SIGNAL);
    /** Called by every interrupt entry (backend/InterruptEntries) with the saved frame. */
    public static final MethodReference INTERRUPT_DISPATCH =
            new MethodReference("org/os2j/runtime/kernel/Interrupts", "dispatch", "(J)V");
    /** The kernel target's own: the Java entry the boot code calls, the interrupt dispatcher. */
    public static final List<MethodReference> KERNEL_ROOTS = List.of(KERNEL_START, INTERRUPT_DISPATCH);

    /**
     * JDK methods the compiler expands inline (frontend/Intrinsics) instead of calling: the natives
     * for the bits of floating-point values and the correctly rounded square root, and
     * {@code Math.sqrt}, which its specification defines as that same correctly rounded result (as
     * HotSpot, which also compiles it to one instruction). Their classes are not initialized for
     * these calls, which have no side effects.
     */
    private static final Set<MethodReference> EXPANDED_INLINE = Set.of(
            new MethodReference("java/lang/Double", "doubleToRawLongBits", "(D)J"),
            new MethodReference("java/lang/Double", "longBitsToDouble", "(J)D"),
            new MethodReference("java/lang/Float", "floatToRawIntBits", "(F)I"),
            new MethodReference("java/lang/Float", "intBitsToFloat", "(I)F"),
            new MethodReference("java/lang/StrictMath", "sqrt", "(D)D"),
            new MethodReference("java/lang/Math", "sqrt", "(D)D"));

    /**
     * Objects the runtime creates without a {@code new} in bytecode: reaching Object.getClass means
     * Class objects (the descriptors) can be receivers; reaching Thread.currentThread, the main
     * thread and its group (runtime ThreadSubstitutions). The closed world counts them instantiated.
     */
    public static List<String> instantiatedBy(MethodReference method) {
        if (method.equals(new MethodReference("java/lang/Object", "getClass", "()Ljava/lang/Class;"))) {
            return List.of("java/lang/Class");
        }
        if (method.equals(new MethodReference("java/lang/Thread", "currentThread", "()Ljava/lang/Thread;"))) {
            return List.of("java/lang/Thread", "java/lang/ThreadGroup");
        }
        return List.of();
    }

    /** Whether calls of {@code method} are expanded inline rather than compiled as calls. */
    public static boolean isExpandedInline(MethodReference method) {
        return EXPANDED_INLINE.contains(method);
    }

    /**
     * Whether a call is {@code Class.desiredAssertionStatus()}, which javac calls on a class literal
     * in the static initializer of every class with an {@code assert} statement. Compiled programs
     * run with assertions disabled, HotSpot's default, so the call is the constant false.
     */
    public static boolean isAssertionStatusQuery(String owner, String name, String descriptor) {
        return owner.equals("java/lang/Class") && name.equals("desiredAssertionStatus") && descriptor.equals("()Z");
    }

    /**
     * Whether a class literal only feeds {@code Magic.descriptorOf} or {@code desiredAssertionStatus}:
     * the runtime's way to name a descriptor, and the assertion idiom, neither needing a Class object.
     */
    public static boolean isDescriptorOnly(LdcInsnNode literal) {
        AbstractInsnNode next = literal.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        return next instanceof MethodInsnNode call && ((call.name.equals("descriptorOf") && isIntrinsicOwner(call.owner))
                || isAssertionStatusQuery(call.owner, call.name, call.desc));
    }

    /**
     * The class and field of a call {@code Unsafe.objectFieldOffset(C.class, "name")} whose two
     * arguments are literals (the JDK's idiom for its atomic fields), as {internal name, field name};
     * null for any other call. The compiler folds such a call to the field's offset (IR
     * {@code field.offset}); a call with other arguments reaches the native behind it.
     */
    public static String[] literalFieldOffset(MethodInsnNode call) {
        if (!call.owner.equals("jdk/internal/misc/Unsafe") || !call.name.equals("objectFieldOffset")
                || !call.desc.equals("(Ljava/lang/Class;Ljava/lang/String;)J")) {
            return null;
        }
        AbstractInsnNode name = StraightLineCode.previous(call);
        AbstractInsnNode type = name == null ? null : StraightLineCode.previous(name);
        if (name instanceof LdcInsnNode nameLiteral && nameLiteral.cst instanceof String fieldName
                && type instanceof LdcInsnNode typeLiteral && typeLiteral.cst instanceof org.objectweb.asm.Type owner
                && owner.getSort() == org.objectweb.asm.Type.OBJECT) {
            return new String[] {owner.getInternalName(), fieldName};
        }
        return null;
    }

    /**
     * The class of a call {@code SharedSecrets.ensureClassInitialized(C.class)} or
     * {@code Unsafe.ensureClassInitialized(C.class)} whose argument is a literal (the JDK's idiom for
     * making another class set its shared secret), as an internal name; null for any other call.
     * The compiler turns such a call into C's class initialization (IR class.init), which is what it
     * does, without the method-handle lookup behind it.
     */
    public static String literalClassInitialization(MethodInsnNode call) {
        boolean secrets = call.owner.equals("jdk/internal/access/SharedSecrets");
        boolean unsafe = call.owner.equals("jdk/internal/misc/Unsafe");
        if (!(secrets || unsafe) || !call.name.equals("ensureClassInitialized")
                || !call.desc.equals("(Ljava/lang/Class;)V")) {
            return null;
        }
        AbstractInsnNode argument = StraightLineCode.previous(call);
        if (argument instanceof LdcInsnNode literal && literal.cst instanceof org.objectweb.asm.Type type
                && type.getSort() == org.objectweb.asm.Type.OBJECT) {
            return type.getInternalName();
        }
        return null;
    }

    /** The class holding {@code @Intrinsic} methods the compiler expands inline. */
    public static boolean isIntrinsicOwner(String owner) {
        return owner.equals("org/os2j/runtime/intrinsic/Memory") || owner.equals("org/os2j/runtime/intrinsic/Magic")
                || owner.equals("org/os2j/runtime/intrinsic/Ports") || owner.equals("org/os2j/runtime/intrinsic/Cpu")
                || owner.equals("org/os2j/runtime/linux/LinuxSystemCalls");
    }

    private RuntimeSupport() {
    }
}
