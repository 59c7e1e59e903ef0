package org.os2j.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * The IR of one method: its symbol, parameters (virtual registers defined on entry, in JVM
 * argument order, receiver first), return kind (null for void) and blocks, the first being the
 * entry. Virtual registers are numbered densely from 0 in creation order.
 *
 * <p>A function is in one of two forms. In <b>SSA form</b> (from translation until
 * pass/DestroySsa) every register has exactly one definition (a function parameter, a block
 * parameter or an instruction result) and that definition dominates every use. After
 * {@link #leaveSsa} registers may be assigned many times and no block has parameters: the form
 * register allocation works on.
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
    private boolean ssa = true;
    /** Marked @NeverInline in the source: pass/InlineSmallMethods leaves its calls alone. */
    private boolean neverInline;

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

    public boolean neverInline() { return neverInline; }
    public void setNeverInline() { neverInline = true; }

    /** Whether the function is in SSA form (see the class comment). */
    public boolean isSsa() { return ssa; }

    /** Marks the function as out of SSA form; called by the pass that removes block parameters. */
    public void leaveSsa() { ssa = false; }

    public Block entry() {
        return blocks.get(0);
    }

    public Block newBlock() {
        Block block = new Block(nextBlockNumber++);
        blocks.add(block);
        return block;
    }

    /** A new block numbered {@code number} (for the IR reader, which keeps the text's numbers). */
    public Block newBlock(int number) {
        Block block = new Block(number);
        nextBlockNumber = Math.max(nextBlockNumber, number + 1);
        blocks.add(block);
        return block;
    }

    /** A new parameter of {@code block}, appended after its others. */
    public VirtualRegister addBlockParameter(Block block, Kind kind, String name) {
        VirtualRegister register = newRegister(kind, name);
        block.parameters().add(register);
        return register;
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
