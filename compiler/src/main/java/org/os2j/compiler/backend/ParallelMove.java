package org.os2j.compiler.backend;

import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.x86.Assembler;
import org.os2j.compiler.x86.Immediate;
import org.os2j.compiler.x86.Memory;
import org.os2j.compiler.x86.Mnemonic;
import org.os2j.compiler.x86.Operand;
import org.os2j.compiler.x86.Register;
import org.os2j.compiler.x86.Width;
import org.os2j.compiler.x86.XmmRegister;

/**
 * A set of moves that happen at once (arguments into argument registers, parameters into their
 * allocated locations), sequenced so no source is overwritten before it is read: a move runs once
 * no other pending move reads its destination; a cycle is broken by copying one destination's old
 * value to R11 (XMM15 for an XMM register) first. Sources are registers, rbp-relative memory or
 * immediates; destinations are registers or rbp-relative memory. Memory-to-memory and wide
 * immediates go through RAX, so RAX must not be a source.
 */
final class ParallelMove {
    private static final class Move {
        final Operand destination;
        Operand source;
        final Width width;

        Move(Operand destination, Operand source, Width width) {
            this.destination = destination;
            this.source = source;
            this.width = width;
        }
    }

    private final List<Move> moves = new ArrayList<>();

    void add(Operand destination, Operand source, Width width) {
        if (!destination.equals(source)) {
            moves.add(new Move(destination, source, width));
        }
    }

    void emit(Assembler assembler) {
        while (!moves.isEmpty()) {
            Move ready = null;
            for (Move move : moves) {
                if (!isReadByOthers(move)) {
                    ready = move;
                    break;
                }
            }
            if (ready == null) {
                Move blocked = moves.get(0);
                Operand scratch = blocked.destination instanceof XmmRegister ? FrameLayout.XMM_SCRATCH_2 : Register.R11;
                move(assembler, scratch, blocked.destination, Width.QWORD);
                for (Move move : moves) {
                    if (move.source.equals(blocked.destination)) {
                        move.source = scratch;
                    }
                }
                continue;
            }
            moves.remove(ready);
            move(assembler, ready.destination, ready.source, ready.width);
        }
    }

    private boolean isReadByOthers(Move candidate) {
        for (Move move : moves) {
            if (move != candidate && move.source.equals(candidate.destination)) {
                return true;
            }
        }
        return false;
    }

    /** One move of any supported shape. */
    static void move(Assembler assembler, Operand destination, Operand source, Width width) {
        if (destination.equals(source)) {
            return;
        }
        if (destination instanceof XmmRegister || source instanceof XmmRegister) {
            moveFloatingPoint(assembler, destination, source, width);
            return;
        }
        if (source instanceof Immediate immediate && immediate.symbol() == null) {
            long value = immediate.value();
            if (destination instanceof Register register) {
                if (value == 0) {
                    assembler.emit(Mnemonic.XOR, Width.DWORD, register, register);
                } else {
                    assembler.emit(Mnemonic.MOV, width, register, immediate);
                }
                return;
            }
            if (width == Width.QWORD && value != (int) value) {
                assembler.emit(Mnemonic.MOV, Width.QWORD, Register.RAX, immediate);
                assembler.emit(Mnemonic.MOV, Width.QWORD, destination, Register.RAX);
                return;
            }
            assembler.emit(Mnemonic.MOV, width, destination, immediate);
            return;
        }
        if (destination instanceof Memory && source instanceof Memory) {
            assembler.emit(Mnemonic.MOV, width, Register.RAX, source);
            assembler.emit(Mnemonic.MOV, width, destination, Register.RAX);
            return;
        }
        assembler.emit(Mnemonic.MOV, width, destination, source);
    }

    /**
     * A move with an XMM register on one side. {@code width} is DWORD for a FLOAT and QWORD for a
     * DOUBLE (or LONG bits, for REINTERPRET): MOVSS/MOVSD to and from memory, MOVD/MOVQ to and from
     * general registers, MOVAPS between XMM registers (the whole register, so no partial-register
     * dependency), and constants through RAX (zero by XORPS).
     */
    private static void moveFloatingPoint(Assembler assembler, Operand destination, Operand source, Width width) {
        boolean single = width == Width.DWORD;
        if (source instanceof Immediate immediate) {
            if (immediate.value() == 0 && immediate.symbol() == null) {
                assembler.emit(Mnemonic.XORPS, null, destination, destination);
                return;
            }
            assembler.emit(Mnemonic.MOV, width, Register.RAX, immediate);
            source = Register.RAX;
        }
        if (destination instanceof XmmRegister && source instanceof XmmRegister) {
            assembler.emit(Mnemonic.MOVAPS, null, destination, source);
        } else if (destination instanceof Register || source instanceof Register) {
            assembler.emit(single ? Mnemonic.MOVD : Mnemonic.MOVQ, single ? Width.DWORD : Width.QWORD,
                    destination, source);
        } else {
            assembler.emit(single ? Mnemonic.MOVSS : Mnemonic.MOVSD, null, destination, source);
        }
    }
}
