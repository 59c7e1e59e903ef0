package org.os2j.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * The IR of one method: its symbol, parameters (virtual registers defined on entry, in JVM
 * argument order, receiver first), return kind (null for void) and blocks, the first being the
 * entry. Virtual registers are numbered densely from 0 in creation order.
 */
public final class Function {
    private final String symbol;
    private final String displayName;
    private final String sourceFile;
    private final List<VirtualRegister> parameters = new ArrayList<>();
    private final Kind returnKind;
    private final List<Block> blocks = new ArrayList<>();
    private final List<VirtualRegister> registers = new ArrayList<>();
    private int nextBlockNumber;

    public Function(String symbol, String displayName, String sourceFile, Kind returnKind) {
        this.symbol = symbol;
        this.displayName = displayName;
        this.sourceFile = sourceFile;
        this.returnKind = returnKind;
    }

    /** The linker symbol of the compiled method. */
    public String symbol() { return symbol; }
    /** {@code Class.method} for messages. */
    public String displayName() { return displayName; }
    public String sourceFile() { return sourceFile; }
    public Kind returnKind() { return returnKind; }
    public List<VirtualRegister> parameters() { return parameters; }
    public List<Block> blocks() { return blocks; }
    public List<VirtualRegister> registers() { return registers; }

    public Block entry() {
        return blocks.get(0);
    }

    public Block newBlock() {
        Block block = new Block(nextBlockNumber++);
        blocks.add(block);
        return block;
    }

    public VirtualRegister newRegister(Kind kind, String name) {
        VirtualRegister register = new VirtualRegister(registers.size(), kind, name);
        registers.add(register);
        return register;
    }

    public VirtualRegister addParameter(Kind kind, String name) {
        VirtualRegister register = newRegister(kind, name);
        parameters.add(register);
        return register;
    }

    @Override
    public String toString() {
        return IrPrinter.format(this);
    }
}
