package org.os2j.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.os2j.compiler.classes.ArrayTypeCodes;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Condition;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.MemoryAccess;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.layout.FieldLayout;
import org.os2j.compiler.layout.Symbols;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.Hierarchy;
import org.os2j.compiler.world.Resolver;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.runtime.ObjectLayout;

/**
 * The meaning of each bytecode instruction in IR (JVMS 6.5), for {@link BytecodeTranslator}.
 * Grouped as the JVMS groups them: constants, loads and stores, arithmetic, conversions,
 * comparisons and control transfer, object and array access, invocation, stack management.
 */
final class InstructionSemantics {
    private final BytecodeTranslator translator;
    private final OperandStack stack;

    InstructionSemantics(BytecodeTranslator translator) {
        this.translator = translator;
        this.stack = translator.stack();
    }

    void translate(AbstractInsnNode instruction, int index) throws CompileError {
        int opcode = instruction.getOpcode();
        switch (opcode) {
            case NOP -> { }
            case ACONST_NULL -> stack.push(Constant.nullReference());
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 ->
                    stack.push(Constant.ofInt(opcode - ICONST_0));
            case LCONST_0, LCONST_1 -> stack.push(Constant.ofLong(opcode - LCONST_0));
            case FCONST_0, FCONST_1, FCONST_2 -> stack.push(Constant.ofFloat(opcode - FCONST_0));
            case DCONST_0, DCONST_1 -> stack.push(Constant.ofDouble(opcode - DCONST_0));
            case BIPUSH, SIPUSH -> stack.push(Constant.ofInt(((IntInsnNode) instruction).operand));
            case LDC -> loadConstant((LdcInsnNode) instruction);
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> stack.push(translator.loadLocal(
                    ((VarInsnNode) instruction).var, TYPED_KINDS[opcode - ILOAD]));
            case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE ->
                    translator.storeLocal(((VarInsnNode) instruction).var, stack.pop());
            case IINC -> {
                IincInsnNode increment = (IincInsnNode) instruction;
                VirtualRegister sum = translator.temporary(Kind.INT);
                translator.emit(new Instruction(Opcode.ADD, sum, Kind.INT, translator.loadLocal(increment.var, Kind.INT),
                        Constant.ofInt(increment.incr)));
                translator.storeLocal(increment.var, sum);
            }
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> arrayLoad(opcode);
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> arrayStore(opcode);
            case POP -> stack.pop();
            case POP2 -> {
                if (!stack.pop().kind().isCategory2()) {
                    stack.pop();
                }
            }
            case DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2, SWAP -> StackShuffles.apply(opcode, stack);
            case IADD, LADD, FADD, DADD -> binary(Opcode.ADD, arithmeticKind(opcode));
            case ISUB, LSUB, FSUB, DSUB -> binary(Opcode.SUBTRACT, arithmeticKind(opcode));
            case IMUL, LMUL, FMUL, DMUL -> binary(Opcode.MULTIPLY, arithmeticKind(opcode));
            case IDIV, LDIV, FDIV, DDIV -> division(Opcode.DIVIDE, arithmeticKind(opcode));
            case IREM, LREM, FREM, DREM -> division(Opcode.REMAINDER, arithmeticKind(opcode));
            case INEG, LNEG, FNEG, DNEG -> {
                Value operand = stack.pop();
                push(new Instruction(Opcode.NEGATE, translator.temporary(operand.kind()), operand.kind(), operand));
            }
            case ISHL, LSHL -> binary(Opcode.SHIFT_LEFT, integerKind(opcode == ISHL));
            case ISHR, LSHR -> binary(Opcode.SHIFT_RIGHT, integerKind(opcode == ISHR));
            case IUSHR, LUSHR -> binary(Opcode.UNSIGNED_SHIFT_RIGHT, integerKind(opcode == IUSHR));
            case IAND, LAND -> binary(Opcode.AND, integerKind(opcode == IAND));
            case IOR, LOR -> binary(Opcode.OR, integerKind(opcode == IOR));
            case IXOR, LXOR -> binary(Opcode.XOR, integerKind(opcode == IXOR));
            case I2L -> convert(Opcode.INT_TO_LONG, Kind.LONG);
            case L2I -> convert(Opcode.LONG_TO_INT, Kind.INT);
            case I2B -> convert(Opcode.INT_TO_BYTE, Kind.INT);
            case I2C -> convert(Opcode.INT_TO_CHAR, Kind.INT);
            case I2S -> convert(Opcode.INT_TO_SHORT, Kind.INT);
            case I2F -> convert(Opcode.INT_TO_FLOAT, Kind.FLOAT);
            case I2D -> convert(Opcode.INT_TO_DOUBLE, Kind.DOUBLE);
            case L2F -> convert(Opcode.LONG_TO_FLOAT, Kind.FLOAT);
            case L2D -> convert(Opcode.LONG_TO_DOUBLE, Kind.DOUBLE);
            case F2I -> convert(Opcode.FLOAT_TO_INT, Kind.INT);
            case F2L -> convert(Opcode.FLOAT_TO_LONG, Kind.LONG);
            case F2D -> convert(Opcode.FLOAT_TO_DOUBLE, Kind.DOUBLE);
            case D2I -> convert(Opcode.DOUBLE_TO_INT, Kind.INT);
            case D2L -> convert(Opcode.DOUBLE_TO_LONG, Kind.LONG);
            case D2F -> convert(Opcode.DOUBLE_TO_FLOAT, Kind.FLOAT);
            case LCMP -> {
                Value right = stack.pop();
                Value left = stack.pop();
                push(new Instruction(Opcode.COMPARE_LONG, translator.temporary(Kind.INT), Kind.LONG, left, right));
            }
            case FCMPL, FCMPG, DCMPL, DCMPG -> {
                Value right = stack.pop();
                Value left = stack.pop();
                Opcode compare = opcode == FCMPL || opcode == DCMPL ? Opcode.COMPARE_FLOATING_NAN_LESS
                        : Opcode.COMPARE_FLOATING_NAN_GREATER;
                push(new Instruction(compare, translator.temporary(Kind.INT), left.kind(), left, right));
            }
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> {
                Value operand = stack.pop();
                translator.branch(conditionOf(opcode - IFEQ), Kind.INT, operand, Constant.ofInt(0),
                        target(instruction), translator.blockAfter(index));
            }
            case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE -> {
                Value right = stack.pop();
                Value left = stack.pop();
                translator.branch(conditionOf(opcode - IF_ICMPEQ), Kind.INT, left, right, target(instruction),
                        translator.blockAfter(index));
            }
            case IF_ACMPEQ, IF_ACMPNE -> {
                Value right = stack.pop();
                Value left = stack.pop();
                translator.branch(opcode == IF_ACMPEQ ? Condition.EQUAL : Condition.NOT_EQUAL, Kind.REFERENCE, left,
                        right, target(instruction), translator.blockAfter(index));
            }
            case IFNULL, IFNONNULL -> {
                Value operand = stack.pop();
                translator.branch(opcode == IFNULL ? Condition.EQUAL : Condition.NOT_EQUAL, Kind.REFERENCE, operand,
                        Constant.nullReference(), target(instruction), translator.blockAfter(index));
            }
            case GOTO -> translator.emit(new Instruction(Opcode.JUMP, null, null).withTargets(target(instruction)));
            case TABLESWITCH -> {
                TableSwitchInsnNode table = (TableSwitchInsnNode) instruction;
                int[] keys = new int[table.labels.size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = table.min + i;
                }
                tableSwitch(keys, table.labels, table.dflt);
            }
            case LOOKUPSWITCH -> {
                LookupSwitchInsnNode lookup = (LookupSwitchInsnNode) instruction;
                tableSwitch(lookup.keys.stream().mapToInt(Integer::intValue).toArray(), lookup.labels, lookup.dflt);
            }
            case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN -> translator.emit(new Instruction(Opcode.RETURN, null, null, stack.pop()));
            case RETURN -> translator.emit(new Instruction(Opcode.RETURN, null, null));
            case GETSTATIC, PUTSTATIC, GETFIELD, PUTFIELD -> fieldAccess((FieldInsnNode) instruction);
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> invoke((MethodInsnNode) instruction);
            case NEW -> newInstance(((TypeInsnNode) instruction).desc);
            case NEWARRAY -> newArray(Type.getType("[" + ArrayTypeCodes.elementDescriptor(((IntInsnNode) instruction).operand)));
            case ANEWARRAY -> newArray(Type.getType("[" + Type.getObjectType(((TypeInsnNode) instruction).desc)
                    .getDescriptor()));
            case MULTIANEWARRAY -> multiArray((MultiANewArrayInsnNode) instruction);
            case ARRAYLENGTH -> {
                Value array = stack.pop();
                translator.nullCheck(array);
                push(new Instruction(Opcode.ARRAY_LENGTH, translator.temporary(Kind.INT), Kind.INT, array));
            }
            case CHECKCAST -> translator.emit(new Instruction(Opcode.CHECK_CAST, null, Kind.REFERENCE, stack.peek())
                    .withSymbol(((TypeInsnNode) instruction).desc));
            case INSTANCEOF -> push(new Instruction(Opcode.INSTANCE_OF, translator.temporary(Kind.INT), Kind.INT,
                    stack.pop()).withSymbol(((TypeInsnNode) instruction).desc));
            case MONITORENTER, MONITOREXIT -> translator.nullCheck(stack.pop()); // Programs are single-threaded.
            case ATHROW -> {
                Value throwable = stack.pop();
                translator.nullCheck(throwable);
                translator.emit(new Instruction(Opcode.THROW, null, Kind.REFERENCE, throwable));
            }
            case JSR, RET -> throw translator.unsupported("subroutines (class files older than Java 6)");
            default -> throw translator.unsupported("this bytecode");
        }
    }

    /** The kinds of the typed instruction families in JVMS opcode order: i, l, f, d, a (xload, xreturn). */
    private static final Kind[] TYPED_KINDS = {Kind.INT, Kind.LONG, Kind.FLOAT, Kind.DOUBLE, Kind.REFERENCE};

    /** The kind of iadd..dneg, which cycle i, l, f, d (JVMS 6.5, opcodes 0x60-0x77). */
    private static Kind arithmeticKind(int opcode) {
        return TYPED_KINDS[(opcode - IADD) % 4];
    }

    private static Kind integerKind(boolean isInt) {
        return isInt ? Kind.INT : Kind.LONG;
    }

    private static Condition conditionOf(int offset) {
        return switch (offset) {
            case 0 -> Condition.EQUAL;
            case 1 -> Condition.NOT_EQUAL;
            case 2 -> Condition.LESS;
            case 3 -> Condition.GREATER_OR_EQUAL;
            case 4 -> Condition.GREATER;
            default -> Condition.LESS_OR_EQUAL;
        };
    }

    private Block target(AbstractInsnNode instruction) {
        return translator.blockAtLabel(((JumpInsnNode) instruction).label);
    }

    private void push(Instruction instruction) {
        translator.emit(instruction);
        stack.push(instruction.result());
    }

    private void loadConstant(LdcInsnNode instruction) throws CompileError {
        Object constant = instruction.cst;
        if (constant instanceof Integer value) {
            stack.push(Constant.ofInt(value));
        } else if (constant instanceof Long value) {
            stack.push(Constant.ofLong(value));
        } else if (constant instanceof Float value) {
            stack.push(Constant.ofFloat(value));
        } else if (constant instanceof Double value) {
            stack.push(Constant.ofDouble(value));
        } else if (constant instanceof String value) {
            Instruction string = new Instruction(Opcode.STRING, translator.temporary(Kind.REFERENCE), Kind.REFERENCE)
                    .withSymbol(value);
            push(string);
            translator.knownNonNull().add(string.result());
        } else if (constant instanceof Type type && type.getSort() != Type.METHOD) {
            // A class literal: the type's descriptor is its Class object (ClassDescriptorLayout); a
            // primitive type's comes from classes/PrimitiveClassLiterals (int.class is Integer.TYPE).
            Instruction literal = address(descriptorAddress(type));
            push(literal);
            translator.knownNonNull().add(literal.result());
        } else {
            throw translator.unsupported("this constant kind (method handles and dynamic constants)");
        }
    }

    private Instruction address(String symbol) {
        return new Instruction(Opcode.SYMBOL_ADDRESS, translator.temporary(Kind.REFERENCE), Kind.REFERENCE)
                .withSymbol(symbol);
    }

    private static String descriptorAddress(Type type) {
        return Symbols.descriptor(type);
    }

    private void binary(Opcode opcode, Kind kind) {
        Value right = stack.pop();
        Value left = stack.pop();
        push(new Instruction(opcode, translator.temporary(kind), kind, left, right));
    }

    /** Integer division checks for a zero divisor; floating-point division gives infinity or NaN. */
    private void division(Opcode opcode, Kind kind) {
        Value divisor = stack.peek();
        if (!kind.isFloatingPoint() && !(divisor instanceof Constant constant && constant.bits() != 0)) {
            translator.emit(new Instruction(Opcode.ZERO_CHECK, null, divisor.kind(), divisor));
        }
        binary(opcode, kind);
    }

    private void convert(Opcode opcode, Kind result) {
        Value operand = stack.pop();
        push(new Instruction(opcode, translator.temporary(result), result, operand));
    }

    private void tableSwitch(int[] keys, List<LabelNode> labels, LabelNode defaultLabel) {
        Value key = stack.pop();
        Instruction instruction = new Instruction(Opcode.SWITCH, null, Kind.INT, key).withSwitchKeys(keys);
        for (LabelNode label : labels) {
            instruction.withTargets(translator.blockAtLabel(label));
        }
        instruction.withTargets(translator.blockAtLabel(defaultLabel));
        translator.emit(instruction);
    }

    // ---- arrays ---------------------------------------------------------------------------

    private static Type arrayElement(int opcode) {
        return switch (opcode) {
            case IALOAD, IASTORE -> Type.INT_TYPE;
            case LALOAD, LASTORE -> Type.LONG_TYPE;
            case FALOAD, FASTORE -> Type.FLOAT_TYPE;
            case DALOAD, DASTORE -> Type.DOUBLE_TYPE;
            case BALOAD, BASTORE -> Type.BYTE_TYPE;
            case CALOAD, CASTORE -> Type.CHAR_TYPE;
            case SALOAD, SASTORE -> Type.SHORT_TYPE;
            default -> Type.getObjectType("java/lang/Object");
        };
    }

    private MemoryAccess elementAccess(Type element) {
        int size = FieldLayout.sizeOf(element.getDescriptor());
        return new MemoryAccess(size, element.getSort() != Type.CHAR, size, ObjectLayout.ARRAY_ELEMENTS_OFFSET);
    }

    private void checkIndex(Value array, Value index) {
        translator.nullCheck(array);
        VirtualRegister length = translator.temporary(Kind.INT);
        translator.emit(new Instruction(Opcode.ARRAY_LENGTH, length, Kind.INT, array));
        translator.emit(new Instruction(Opcode.BOUNDS_CHECK, null, Kind.INT, index, length));
    }

    private void arrayLoad(int opcode) {
        Value index = stack.pop();
        Value array = stack.pop();
        checkIndex(array, index);
        Type element = arrayElement(opcode);
        Kind kind = Kind.of(element);
        push(new Instruction(Opcode.LOAD, translator.temporary(kind), kind, array, index)
                .withMemoryAccess(elementAccess(element)));
    }

    private void arrayStore(int opcode) {
        Value value = stack.pop();
        Value index = stack.pop();
        Value array = stack.pop();
        checkIndex(array, index);
        if (opcode == AASTORE && !(value instanceof Constant)) {
            translator.emit(new Instruction(Opcode.ARRAY_STORE_CHECK, null, Kind.REFERENCE, array, value));
        }
        translator.emit(new Instruction(Opcode.STORE, null, value.kind(), array, index, value)
                .withMemoryAccess(elementAccess(arrayElement(opcode))));
    }

    private void newArray(Type arrayType) {
        Value length = stack.pop();
        push(new Instruction(Opcode.NEW_ARRAY, translator.temporary(Kind.REFERENCE), Kind.REFERENCE, length)
                .withSymbol(arrayType.getDescriptor()));
        translator.knownNonNull().add(stack.peek());
    }

    private void multiArray(MultiANewArrayInsnNode instruction) {
        Value[] counts = new Value[instruction.dims];
        for (int i = counts.length - 1; i >= 0; i--) {
            counts[i] = stack.pop();
        }
        push(new Instruction(Opcode.NEW_MULTI_ARRAY, translator.temporary(Kind.REFERENCE), Kind.REFERENCE, counts)
                .withSymbol(instruction.desc));
        translator.knownNonNull().add(stack.peek());
    }

    // ---- objects and fields -------------------------------------------------------------------

    private void newInstance(String internalName) throws CompileError {
        ClassNode type = translator.context().world().resolver().requireClass(internalName, translator.site());
        initialize(type);
        push(new Instruction(Opcode.NEW, translator.temporary(Kind.REFERENCE), Kind.REFERENCE).withSymbol(internalName));
        translator.knownNonNull().add(stack.peek());
    }

    private void fieldAccess(FieldInsnNode instruction) {
        Resolver.ResolvedField field = translator.context().world()
                .field(instruction.owner, instruction.name, instruction.desc);
        Kind kind = Kind.of(Type.getType(instruction.desc));
        String symbol = field.owner().name.replace('/', '.') + "." + field.field().name + ":" + field.field().desc;
        switch (instruction.getOpcode()) {
            case GETSTATIC -> {
                initialize(field.owner());
                push(new Instruction(Opcode.GET_STATIC, translator.temporary(kind), kind).withSymbol(symbol));
            }
            case PUTSTATIC -> {
                initialize(field.owner());
                translator.emit(new Instruction(Opcode.PUT_STATIC, null, kind, stack.pop()).withSymbol(symbol));
            }
            case GETFIELD -> {
                Value object = stack.pop();
                translator.nullCheck(object);
                push(new Instruction(Opcode.GET_FIELD, translator.temporary(kind), kind, object).withSymbol(symbol));
            }
            default -> {
                Value value = stack.pop();
                Value object = stack.pop();
                translator.nullCheck(object);
                translator.emit(new Instruction(Opcode.PUT_FIELD, null, kind, object, value).withSymbol(symbol));
            }
        }
    }

    /**
     * Emits the class-initialization check for {@code type} unless it needs none (no initializer)
     * or is the method's own class (whose initialization has started before its code runs); the
     * checks a dominating one makes redundant go in pass/EliminateClassInitChecks.
     */
    private void initialize(ClassNode type) {
        String name = type.name;
        if (!translator.context().world().needsInitialization(name) || name.equals(translator.owner().name)) {
            return;
        }
        translator.emit(new Instruction(Opcode.CLASS_INIT, null, null).withSymbol(name));
    }

    // ---- invocation ------------------------------------------------------------------------

    private void invoke(MethodInsnNode call) throws CompileError {
        Type[] argumentTypes = Type.getArgumentTypes(call.desc);
        int opcode = call.getOpcode();
        boolean hasReceiver = opcode != INVOKESTATIC;
        Value[] arguments = new Value[argumentTypes.length + (hasReceiver ? 1 : 0)];
        for (int i = arguments.length - 1; i >= 0; i--) {
            arguments[i] = stack.pop();
        }
        Kind resultKind = Kind.of(Type.getReturnType(call.desc));
        if (RuntimeSupport.isAssertionStatusQuery(call.owner, call.name, call.desc)) {
            stack.push(Constant.ofInt(0)); // Assertions are disabled, as HotSpot's default.
            return;
        }
        if (RuntimeSupport.isIntrinsicOwner(call.owner)) {
            Intrinsics.translate(translator, call, arguments, resultKind);
            return;
        }
        String initialized = RuntimeSupport.literalClassInitialization(call);
        if (initialized != null) { // The class literal is dropped; an Unsafe receiver is its one instance.
            initialize(translator.context().world().resolver().requireClass(initialized, translator.site()));
            return;
        }
        String[] offsetField = RuntimeSupport.literalFieldOffset(call);
        if (offsetField != null) { // The receiver is Unsafe's one instance; the literals are dropped.
            Resolver.ResolvedField field = translator.context().world().fieldForOffset(offsetField[0],
                    offsetField[1], translator.site());
            push(new Instruction(Opcode.FIELD_OFFSET, translator.temporary(Kind.LONG), Kind.LONG).withSymbol(
                    field.owner().name.replace('/', '.') + "." + field.field().name + ":" + field.field().desc));
            return;
        }
        Resolver.ResolvedMethod target = translator.context().world().method(call.owner, call.name, call.desc);
        if (RuntimeSupport.isExpandedInline(target.reference())) {
            Intrinsics.translateExpandedInline(translator, target.reference(), arguments, resultKind);
            return;
        }
        Opcode invoke = Opcode.INVOKE_DIRECT;
        String symbol = target.reference().symbol();
        if (opcode == INVOKESTATIC) {
            initialize(target.owner());
        } else {
            translator.nullCheck(arguments[0]);
            if ((opcode == INVOKEVIRTUAL || opcode == INVOKEINTERFACE) && ClosedWorld.isStaticallyBound(target)
                    && !translator.context().world().isReachable(target.reference())) {
                // No object the call could run on exists (RTA): only a null receiver gets here, and the
                // null check above throws. The runtime's never-selected-method routine stands in.
                translator.emit(new Instruction(Opcode.INVOKE_DIRECT, null, null)
                        .withSymbol(RuntimeSupport.NO_METHOD.symbol()));
                if (resultKind != null) {
                    stack.push(new Constant(resultKind, 0));
                }
                return;
            }
            if ((opcode == INVOKEVIRTUAL || opcode == INVOKEINTERFACE) && !ClosedWorld.isStaticallyBound(target)) {
                invoke = Hierarchy.isInterface(target.owner()) ? Opcode.INVOKE_INTERFACE : Opcode.INVOKE_VIRTUAL;
                symbol = call.owner + "::" + symbol;
            }
        }
        VirtualRegister result = resultKind == null ? null : translator.temporary(resultKind);
        translator.emit(new Instruction(invoke, result, resultKind, arguments).withSymbol(symbol));
        if (result != null) {
            stack.push(result);
        }
    }
}
