package org.os2j.compiler.pass;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.MemoryAccess;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.layout.FieldLayout;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;

/**
 * The late lowering of Java-level operations ({@link Opcode#isJavaLevel}) into machine-level IR,
 * once the passes that reason about Java semantics have run:
 * <ul>
 * <li>{@code new}, {@code new.array}, {@code new.multiarray}: calls of the runtime's allocator with
 *     the type's descriptor (and instance size, or log2 of the element size), which the backend
 *     expands into an inline bump of the allocation pointer with the call as its slow path;</li>
 * <li>field and static accesses: loads and stores at the offsets {@link FieldLayout} gives, in the
 *     object or the class's static block;</li>
 * <li>{@code invoke.direct}: a call of the method's symbol; {@code invoke.virtual}: two loads (the
 *     descriptor, the vtable entry) and an indirect call; {@code invoke.interface}: three (the
 *     descriptor, its interface table, the entry at the method's color) and an indirect call
 *     (layout/DispatchTables);</li>
 * <li>{@code instanceof}, {@code check.cast}, {@code check.store}: calls of the runtime's
 *     constant-time type checks (runtime/TypeChecks);</li>
 * <li>{@code string}: the address of the literal's String object in the image, and a null check's
 *     message becomes the symbol of its String object;</li>
 * <li>{@code throw}: a call of the runtime's unwinder, keeping the exception target.</li>
 * </ul>
 * Requires: SSA form. Guarantees: no Java-level operation remains; every result keeps its register.
 */
final class LowerJavaOperations implements Pass {
    private final WorldContext context;

    LowerJavaOperations(WorldContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "lower-java-operations";
    }

    @Override
    public void run(Function function) {
        try {
            for (Block block : function.blocks()) {
                List<Instruction> lowered = new ArrayList<>();
                for (Instruction instruction : block.instructions()) {
                    if (instruction.opcode().isJavaLevel) {
                        new Lowering(function, instruction, lowered).run();
                    } else if (instruction.opcode() == Opcode.NULL_CHECK && instruction.symbol() != null) {
                        lowered.add(new Instruction(Opcode.NULL_CHECK, null, Kind.REFERENCE, instruction.operand(0))
                                .withSymbol(context.image().text(instruction.symbol()))
                                .withPositionOf(instruction));
                    } else {
                        lowered.add(instruction);
                    }
                }
                block.instructions().clear();
                block.instructions().addAll(lowered);
            }
        } catch (CompileError e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expansion of one Java-level instruction, appended to {@code output}. */
    private final class Lowering {
        private final Function function;
        private final Instruction instruction;
        private final List<Instruction> output;

        Lowering(Function function, Instruction instruction, List<Instruction> output) {
            this.function = function;
            this.instruction = instruction;
            this.output = output;
        }

        private Instruction emit(Instruction lowered) {
            output.add(lowered.withPositionOf(instruction));
            return lowered;
        }

        private VirtualRegister temporary(Kind kind) {
            return function.newRegister(kind, null);
        }

        void run() throws CompileError {
            Instruction source = instruction;
            switch (source.opcode()) {
                case NEW -> {
                    ClassNode type = requireClass(source.symbol());
                    int size = context.fields().instanceLayout(type).size();
                    call(RuntimeSupport.ALLOCATE_INSTANCE, source.result(), descriptorAddress(Type.getObjectType(
                            source.symbol())), Constant.ofLong(size));
                }
                case NEW_ARRAY -> call(RuntimeSupport.ALLOCATE_ARRAY_OF_SHIFT, source.result(),
                        descriptorAddress(Type.getType(source.symbol())), source.operand(0),
                        Constant.ofInt(Integer.numberOfTrailingZeros(FieldLayout.sizeOf(source.symbol().substring(1)))));
                case NEW_MULTI_ARRAY -> newMultiArray();
                case GET_FIELD, PUT_FIELD -> instanceField();
                case GET_STATIC, PUT_STATIC -> staticField();
                case INVOKE_DIRECT -> emit(new Instruction(Opcode.CALL, source.result(), source.operationKind(),
                        source.operands().toArray(new Value[0])).withSymbol(source.symbol()));
                case INVOKE_VIRTUAL -> {
                    MethodReference method = Devirtualize.virtualCall(source.symbol()).resolved();
                    VirtualRegister descriptor = load(source.operand(0), ObjectLayout.DESCRIPTOR_OFFSET);
                    indirectCall(load(descriptor, ClassDescriptorLayout.vtableEntryOffset(
                            context.dispatch().vtableIndex(method))));
                }
                case INVOKE_INTERFACE -> {
                    MethodReference method = Devirtualize.virtualCall(source.symbol()).resolved();
                    VirtualRegister descriptor = load(source.operand(0), ObjectLayout.DESCRIPTOR_OFFSET);
                    VirtualRegister table = load(descriptor, ClassDescriptorLayout.INTERFACE_TABLE_OFFSET);
                    indirectCall(load(table, 8L * context.dispatch().color(method)));
                }
                case INSTANCE_OF -> call(RuntimeSupport.IS_INSTANCE, source.result(), source.operand(0),
                        descriptorAddress(typeNamed(source.symbol())));
                case CHECK_CAST -> call(RuntimeSupport.CHECK_CAST, null, source.operand(0),
                        descriptorAddress(typeNamed(source.symbol())));
                case ARRAY_STORE_CHECK -> call(RuntimeSupport.CHECK_ARRAY_STORE, null, source.operand(0),
                        source.operand(1));
                case THROW -> {
                    emit(new Instruction(Opcode.CALL, null, null, source.operand(0))
                            .withSymbol(RuntimeSupport.THROW.symbol()).withNoReturn());
                    Instruction end = new Instruction(Opcode.UNREACHABLE, null, null);
                    if (source.hasExceptionTarget()) {
                        end.withExceptionTarget(source.exceptionTarget(),
                                source.arguments(source.targets().size() - 1));
                    }
                    emit(end);
                }
                case ARRAY_LENGTH -> emit(new Instruction(Opcode.LOAD, source.result(), Kind.INT, source.operand(0))
                        .withMemoryAccess(MemoryAccess.field(4, true, ObjectLayout.ARRAY_LENGTH_OFFSET)));
                case STRING -> emit(new Instruction(Opcode.SYMBOL_ADDRESS, source.result(), Kind.REFERENCE)
                        .withSymbol(context.image().stringConstant(source.symbol())));
                case FIELD_OFFSET -> {
                    String[] parts = fieldParts();
                    emit(new Instruction(Opcode.MOVE, source.result(), Kind.LONG, Constant.ofLong(
                            context.fields().instanceLayout(requireClass(parts[0])).offsetOf(parts[1]))));
                }
                default -> throw new IllegalStateException("no lowering for " + source);
            }
        }

        private ClassNode requireClass(String internalName) throws CompileError {
            ClassNode type = context.world().resolver().findClass(internalName);
            if (type == null) {
                throw new IllegalStateException("class " + internalName + " vanished after the closed world");
            }
            return type;
        }

        /** An internal name ({@code java/lang/String}) or array descriptor ({@code [I}) as a type. */
        private static Type typeNamed(String name) {
            return name.startsWith("[") ? Type.getType(name) : Type.getObjectType(name);
        }

        /** The descriptor's address as a LONG, the form the runtime's entry points take. */
        private Value descriptorAddress(Type type) {
            VirtualRegister address = temporary(Kind.REFERENCE);
            emit(new Instruction(Opcode.SYMBOL_ADDRESS, address, Kind.REFERENCE)
                    .withSymbol(context.image().descriptor(type)));
            VirtualRegister bits = temporary(Kind.LONG);
            emit(new Instruction(Opcode.REINTERPRET, bits, Kind.LONG, address));
            return bits;
        }

        private VirtualRegister load(Value base, long displacement) {
            VirtualRegister result = temporary(Kind.LONG);
            emit(new Instruction(Opcode.LOAD, result, Kind.LONG, base)
                    .withMemoryAccess(MemoryAccess.field(8, true, displacement)));
            return result;
        }

        private void call(MethodReference method, VirtualRegister result, Value... arguments) {
            emit(new Instruction(Opcode.CALL, result, result == null ? null : result.kind(), arguments)
                    .withSymbol(method.symbol()));
        }

        private void indirectCall(Value target) {
            List<Value> operands = new ArrayList<>();
            operands.add(target);
            operands.addAll(instruction.operands());
            emit(new Instruction(Opcode.CALL_INDIRECT, instruction.result(), instruction.operationKind(),
                    operands.toArray(new Value[0])));
        }

        private void newMultiArray() {
            List<Value> counts = instruction.operands();
            VirtualRegister dimensions = temporary(Kind.REFERENCE);
            call(RuntimeSupport.ALLOCATE_ARRAY, dimensions, descriptorAddress(Type.getType("[I")),
                    Constant.ofInt(counts.size()));
            for (int i = 0; i < counts.size(); i++) {
                emit(new Instruction(Opcode.STORE, null, Kind.INT, dimensions, Constant.ofInt(i), counts.get(i))
                        .withMemoryAccess(new MemoryAccess(4, true, 4, ObjectLayout.ARRAY_ELEMENTS_OFFSET)));
            }
            call(RuntimeSupport.ALLOCATE_MULTI_ARRAY, instruction.result(),
                    descriptorAddress(Type.getType(instruction.symbol())), dimensions);
        }

        /** The owner, name and descriptor of a field symbol {@code java.lang.System.out:Ljava/io/PrintStream;}. */
        private String[] fieldParts() {
            String symbol = instruction.symbol();
            int colon = symbol.indexOf(':');
            int dot = symbol.lastIndexOf('.', colon);
            return new String[] {symbol.substring(0, dot).replace('.', '/'), symbol.substring(dot + 1, colon),
                    symbol.substring(colon + 1)};
        }

        private void instanceField() throws CompileError {
            String[] parts = fieldParts();
            ClassNode owner = requireClass(parts[0]);
            MemoryAccess access = accessOf(parts[2], context.fields().instanceLayout(owner).offsetOf(parts[1]));
            Kind kind = instruction.operationKind();
            if (instruction.opcode() == Opcode.GET_FIELD) {
                emit(new Instruction(Opcode.LOAD, instruction.result(), kind, instruction.operand(0))
                        .withMemoryAccess(access));
            } else {
                emit(new Instruction(Opcode.STORE, null, kind, instruction.operand(0), instruction.operand(1))
                        .withMemoryAccess(access));
            }
        }

        private void staticField() throws CompileError {
            String[] parts = fieldParts();
            ClassNode owner = requireClass(parts[0]);
            MemoryAccess access = accessOf(parts[2], context.fields().staticLayout(owner).offsetOf(parts[1]));
            String block = context.image().statics(owner);
            Kind kind = instruction.operationKind();
            if (instruction.opcode() == Opcode.GET_STATIC) {
                emit(new Instruction(Opcode.LOAD_STATIC, instruction.result(), kind).withSymbol(block)
                        .withMemoryAccess(access));
            } else {
                emit(new Instruction(Opcode.STORE_STATIC, null, kind, instruction.operand(0)).withSymbol(block)
                        .withMemoryAccess(access));
            }
        }

        /** The width and extension of a field of this descriptor (JVMS 2.11.1: narrow types widen to int). */
        private static MemoryAccess accessOf(String descriptor, long offset) {
            return switch (Type.getType(descriptor).getSort()) {
                case Type.BOOLEAN -> MemoryAccess.field(1, false, offset);
                case Type.BYTE -> MemoryAccess.field(1, true, offset);
                case Type.CHAR -> MemoryAccess.field(2, false, offset);
                case Type.SHORT -> MemoryAccess.field(2, true, offset);
                case Type.INT, Type.FLOAT -> MemoryAccess.field(4, true, offset);
                default -> MemoryAccess.field(8, true, offset);
            };
        }
    }

}
