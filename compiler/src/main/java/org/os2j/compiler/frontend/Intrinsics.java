package org.os2j.compiler.frontend;

import org.objectweb.asm.tree.MethodInsnNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Constant;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Kind;
import org.os2j.compiler.ir.MemoryAccess;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.ir.Value;
import org.os2j.compiler.ir.VirtualRegister;
import org.os2j.compiler.world.MethodReference;
import org.os2j.runtime.ObjectLayout;

/**
 * Calls of the runtime's {@code @Intrinsic} methods, expanded into IR instead of calls: raw memory
 * access ({@code Memory}), reference/address conversions and per-program hooks ({@code Magic}) and
 * port I/O ({@code Ports}), processor instructions ({@code Cpu}), the system call instruction ({@code LinuxSystemCalls}); and the JDK natives the compiler
 * provides ({@code RuntimeSupport.isExpandedInline}). To add an intrinsic: declare it in
 * runtime/ with a HotSpot body, add a case here, and the IR it needs. Unknown ones are errors.
 */
final class Intrinsics {
    private Intrinsics() {
    }

    static void translate(BytecodeTranslator translator, MethodInsnNode call, Value[] arguments, Kind resultKind)
            throws CompileError {
        String owner = call.owner.substring(call.owner.lastIndexOf('/') + 1);
        String key = owner + "." + call.name + call.desc;
        if (key.equals("Magic.inCompiledCode()Z")) {
            translator.stack().push(Constant.ofInt(1)); // true: the host body's false branch folds away
            return;
        }
        if (owner.equals("Cpu") && call.owner.equals("org/os2j/runtime/intrinsic/Cpu")) {
            // One IR opcode for every processor instruction; backend/CpuSelection knows each by name.
            Instruction instruction = resultKind == null ? new Instruction(Opcode.CPU, null, null, arguments)
                    : new Instruction(Opcode.CPU, translator.temporary(resultKind), resultKind, arguments);
            translator.emit(instruction.withSymbol(call.name));
            if (resultKind != null) {
                translator.stack().push(instruction.result());
            }
            return;
        }
        Instruction instruction = switch (key) {
            case "Memory.loadByte(J)B" -> load(translator, arguments[0], 1, true, Kind.INT);
            case "Memory.loadShort(J)S" -> load(translator, arguments[0], 2, true, Kind.INT);
            case "Memory.loadChar(J)C" -> load(translator, arguments[0], 2, false, Kind.INT);
            case "Memory.loadInt(J)I" -> load(translator, arguments[0], 4, true, Kind.INT);
            case "Memory.loadLong(J)J" -> load(translator, arguments[0], 8, true, Kind.LONG);
            case "Memory.storeByte(JB)V" -> store(arguments, 1);
            case "Memory.storeShort(JS)V", "Memory.storeChar(JC)V" -> store(arguments, 2);
            case "Memory.storeInt(JI)V" -> store(arguments, 4);
            case "Memory.storeLong(JJ)V" -> store(arguments, 8);
            case "Magic.addressOf(Ljava/lang/Object;)J", "Magic.descriptorOf(Ljava/lang/Class;)J" ->
                    new Instruction(Opcode.REINTERPRET, translator.temporary(Kind.LONG), Kind.LONG, arguments[0]);
            case "Magic.toObject(J)Ljava/lang/Object;" ->
                    new Instruction(Opcode.REINTERPRET, translator.temporary(Kind.REFERENCE), Kind.REFERENCE, arguments[0]);
            case "Magic.arrayElements(Ljava/lang/Object;)J" -> {
                VirtualRegister address = translator.temporary(Kind.LONG);
                translator.emit(new Instruction(Opcode.REINTERPRET, address, Kind.LONG, arguments[0]));
                yield new Instruction(Opcode.ADD, translator.temporary(Kind.LONG), Kind.LONG, address,
                        Constant.ofLong(ObjectLayout.ARRAY_ELEMENTS_OFFSET));
            }
            case "Magic.invokeMain([Ljava/lang/String;)V" -> {
                // JLS 12.1.2: the main class is initialized before main runs.
                String mainClass = translator.context().world().mainMethod().owner();
                if (translator.context().world().needsInitialization(mainClass)) {
                    translator.emit(new Instruction(Opcode.CLASS_INIT, null, null).withSymbol(mainClass));
                }
                yield new Instruction(Opcode.CALL, null, null, arguments[0])
                        .withSymbol(translator.context().world().mainMethod().symbol());
            }
            case "Magic.callAddress(J)V" -> new Instruction(Opcode.CALL_INDIRECT, null, null, arguments[0]);
            case "Magic.callAddressReturningObject(J)Ljava/lang/Object;" -> new Instruction(Opcode.CALL_INDIRECT,
                    translator.temporary(Kind.REFERENCE), Kind.REFERENCE, arguments[0]);
            case "Magic.framePointer()J" -> new Instruction(Opcode.FRAME_POINTER, translator.temporary(Kind.LONG), Kind.LONG);
            case "Magic.resume(JJ)V" -> new Instruction(Opcode.RESUME, null, null, arguments[0], arguments[1]);
            case "Magic.symbol(Ljava/lang/String;)J" -> {
                String name = translator.stringLiteralBefore(call);
                VirtualRegister address = translator.temporary(Kind.REFERENCE);
                translator.emit(new Instruction(Opcode.SYMBOL_ADDRESS, address, Kind.REFERENCE).withSymbol(name));
                yield new Instruction(Opcode.REINTERPRET, translator.temporary(Kind.LONG), Kind.LONG, address);
            }
            case "Ports.in8(I)I" -> new Instruction(Opcode.PORT_IN, translator.temporary(Kind.INT), Kind.INT, arguments[0]);
            case "Ports.out8(II)V" -> new Instruction(Opcode.PORT_OUT, null, Kind.INT, arguments[0], arguments[1]);
            case "LinuxSystemCalls.syscall(JJJJJJJ)J" ->
                    new Instruction(Opcode.SYSTEM_CALL, translator.temporary(Kind.LONG), Kind.LONG, arguments);
            default -> throw new CompileError("intrinsic " + call.owner.replace('/', '.') + "." + call.name + call.desc
                    + " is not known to the compiler, used in " + translator.site().describe());
        };
        translator.emit(instruction);
        if (resultKind != null) {
            translator.stack().push(instruction.result());
        }
    }

    /** The JDK methods of {@code RuntimeSupport.isExpandedInline}: bit reinterpretations and square roots. */
    static void translateExpandedInline(BytecodeTranslator translator, MethodReference method, Value[] arguments,
                                Kind resultKind) {
        Opcode opcode = method.name().equals("sqrt") ? Opcode.SQUARE_ROOT : Opcode.REINTERPRET;
        Instruction instruction = new Instruction(opcode, translator.temporary(resultKind), resultKind, arguments[0]);
        translator.emit(instruction);
        translator.stack().push(instruction.result());
    }

    private static Instruction load(BytecodeTranslator translator, Value address, int width, boolean signed,
                                    Kind kind) {
        return new Instruction(Opcode.LOAD, translator.temporary(kind), kind, address)
                .withMemoryAccess(MemoryAccess.field(width, signed, 0));
    }

    private static Instruction store(Value[] arguments, int width) {
        return new Instruction(Opcode.STORE, null, arguments[1].kind(), arguments[0], arguments[1])
                .withMemoryAccess(MemoryAccess.field(width, true, 0));
    }
}
