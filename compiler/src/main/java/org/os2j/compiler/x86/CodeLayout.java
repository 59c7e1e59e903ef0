package org.os2j.compiler.x86;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;

/**
 * Label resolution and branch relaxation. The code is kept as a stream of fixed bytes with
 * variable-size items in between: branches to labels (rel8 or rel32, Intel SDM Vol. 2, "JMP" and
 * "Jcc": EB cb / E9 cd, 7x cb / 0F 8x cd) and alignment padding. A label is a position in the
 * fixed-byte stream plus the number of items before it. {@link #finish()} lays the code out with
 * every relaxable branch short, widens each branch whose displacement does not fit in a signed
 * byte, and repeats until nothing changes (branches only grow, so this terminates; this is the
 * same optimistic scheme GNU as uses). It then writes branch bytes, NOP padding (the multi-byte
 * NOP forms recommended in the SDM Vol. 2B, "NOP", Table 4-12) and label fix-ups, and turns
 * symbol references into {@link Relocation}s.
 */
final class CodeLayout {
    /** The recommended multi-byte NOPs of SDM Vol. 2B "NOP", Table 4-12, indexed by length. */
    private static final int[][] NOPS = {
        {},
        {0x90},
        {0x66, 0x90},
        {0x0F, 0x1F, 0x00},
        {0x0F, 0x1F, 0x40, 0x00},
        {0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
        {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };

    /** A variable-size piece of code between fixed bytes. */
    private abstract static class Item {
        final int rawOffset;
        int size;
        int start;

        Item(int rawOffset) {
            this.rawOffset = rawOffset;
        }
    }

    private static final class Branch extends Item {
        final Label target;
        final Mnemonic mnemonic;
        final Condition condition;
        boolean isLong;

        Branch(int rawOffset, Label target, Mnemonic mnemonic, Condition condition) {
            super(rawOffset);
            this.target = target;
            this.mnemonic = mnemonic;
            this.condition = condition;
        }
    }

    private static final class Align extends Item {
        final int alignment;

        Align(int rawOffset, int alignment) {
            super(rawOffset);
            this.alignment = alignment;
        }
    }

    /** A fix-up in raw (fixed-byte stream) coordinates, with the number of items before it. */
    private record Placed(Fixup fixup, int itemsBefore) {
    }

    /** Sizes of JMP and JCC rel8/rel32, read from the encoding table: {jmp8, jmp32, jcc8, jcc32}. */
    private static final int[] BRANCH_SIZES = {
        InstructionEncoder.encodeRelative(Mnemonic.JMP, null, 8, 0).bytes().length,
        InstructionEncoder.encodeRelative(Mnemonic.JMP, null, 32, 0).bytes().length,
        InstructionEncoder.encodeRelative(Mnemonic.JCC, Condition.EQUAL, 8, 0).bytes().length,
        InstructionEncoder.encodeRelative(Mnemonic.JCC, Condition.EQUAL, 32, 0).bytes().length,
    };

    private byte[] raw = new byte[256];
    private int rawSize;
    private final List<Item> items = new ArrayList<>();
    private final List<Placed> fixups = new ArrayList<>();
    /** provisionalBefore[k] = provisional size of the first k items (sizes as emitted). */
    private int[] provisionalBefore = new int[64];

    /** Appends fixed bytes. */
    void append(byte[] bytes) {
        if (rawSize + bytes.length > raw.length) {
            raw = Arrays.copyOf(raw, Math.max(raw.length * 2, rawSize + bytes.length));
        }
        System.arraycopy(bytes, 0, raw, rawSize, bytes.length);
        rawSize += bytes.length;
    }

    /** Appends an encoded instruction and remembers its fix-ups. */
    void append(InstructionEncoder.Encoded instruction) {
        for (Fixup fixup : instruction.fixups()) {
            fixups.add(new Placed(fixup.shiftedBy(rawSize), items.size()));
        }
        append(instruction.bytes());
    }

    /** Adds a fix-up at {@code offset} bytes from the current end (for data directives). */
    void addFixup(Fixup fixup) {
        fixups.add(new Placed(fixup.shiftedBy(rawSize), items.size()));
    }

    /** Binds {@code label} to the current position. */
    void bind(Label label) {
        label.rawOffset = rawSize;
        label.itemsBefore = items.size();
    }

    /** The provisional offset of the next byte: exact unless an earlier branch is widened later. */
    int position() {
        return rawSize + provisionalBefore[items.size()];
    }

    /**
     * Adds a JMP or JCC to {@code target}. A branch to a bound label too far for rel8 starts as
     * rel32; so does a forward branch when {@code relax} is false.
     */
    void addBranch(Mnemonic mnemonic, Condition condition, Label target, boolean relax) {
        Branch branch = new Branch(rawSize, target, mnemonic, condition);
        if (target.isBound()) {
            long displacement = provisionalOffset(target) - (position() + branchSize(mnemonic, false));
            branch.isLong = !OperandPattern.fitsSigned(displacement, 8);
        } else {
            branch.isLong = !relax;
        }
        branch.size = branchSize(mnemonic, branch.isLong);
        addItem(branch);
    }

    /** Adds padding to the next multiple of {@code alignment}. */
    void addAlign(int alignment) {
        Align align = new Align(rawSize, alignment);
        align.size = padding(position(), alignment);
        addItem(align);
    }

    private void addItem(Item item) {
        int total = provisionalBefore[items.size()] + item.size;
        items.add(item);
        if (items.size() >= provisionalBefore.length) {
            provisionalBefore = Arrays.copyOf(provisionalBefore, provisionalBefore.length * 2);
        }
        provisionalBefore[items.size()] = total;
    }

    private int provisionalOffset(Label label) {
        return label.rawOffset + provisionalBefore[label.itemsBefore];
    }

    private static int padding(int position, int alignment) {
        return (alignment - position % alignment) % alignment;
    }

    private static int branchSize(Mnemonic mnemonic, boolean isLong) {
        return BRANCH_SIZES[(mnemonic == Mnemonic.JCC ? 2 : 0) + (isLong ? 1 : 0)];
    }

    /** The result of {@link #finish()}. */
    record Result(byte[] code, List<Relocation> relocations) {
    }

    /** Lays the code out, resolves labels and produces the final bytes; sets every label's final offset. */
    Result finish(List<Label> labels) {
        for (Item item : items) {
            if (item instanceof Branch branch && !branch.target.isBound()) {
                throw new IllegalStateException("branch to unbound label " + branch.target);
            }
        }
        for (Placed placed : fixups) {
            for (Label label : labelsOf(placed.fixup())) {
                if (!label.isBound()) {
                    throw new IllegalStateException("reference to unbound label " + label);
                }
            }
        }
        int[] before = layout();
        for (Label label : labels) {
            if (label.isBound()) {
                label.finalOffset = label.rawOffset + before[label.itemsBefore];
            }
        }
        byte[] code = new byte[rawSize + before[items.size()]];
        int rawPosition = 0;
        int out = 0;
        for (Item item : items) {
            int chunk = item.rawOffset - rawPosition;
            System.arraycopy(raw, rawPosition, code, out, chunk);
            out += chunk;
            rawPosition = item.rawOffset;
            byte[] bytes = item instanceof Branch branch ? branchBytes(branch) : nops(item.size);
            System.arraycopy(bytes, 0, code, out, bytes.length);
            out += bytes.length;
        }
        System.arraycopy(raw, rawPosition, code, out, rawSize - rawPosition);

        List<Relocation> relocations = new ArrayList<>();
        for (Placed placed : fixups) {
            int shift = before[placed.itemsBefore()];
            Fixup fixup = placed.fixup();
            int at = fixup.offset() + shift;
            if (fixup instanceof Fixup.SymbolReference ref) {
                relocations.add(new Relocation(at, ref.type(), ref.symbol(), ref.addend()));
            } else if (fixup instanceof Fixup.LabelRelative rel) {
                putInt32(code, at, rel.label().finalOffset + rel.addend() - (rel.end() + shift), rel.label());
            } else if (fixup instanceof Fixup.LabelAddress address) {
                relocations.add(new Relocation(at, address.type(), address.codeSymbol(),
                    address.label().finalOffset + address.addend()));
            } else if (fixup instanceof Fixup.LabelDifference difference) {
                putInt32(code, at, (long) difference.target().finalOffset - difference.base().finalOffset,
                    difference.target());
            }
        }
        return new Result(code, relocations);
    }

    /**
     * Computes item sizes and start offsets until no branch needs widening; returns the prefix
     * sums {@code before[k]} = total size of the first k items.
     */
    private int[] layout() {
        int[] before = new int[items.size() + 1];
        boolean changed = true;
        while (changed) {
            int shift = 0;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                before[i] = shift;
                item.start = item.rawOffset + shift;
                if (item instanceof Align align) {
                    align.size = padding(item.start, align.alignment);
                }
                shift += item.size;
            }
            before[items.size()] = shift;
            changed = false;
            for (Item item : items) {
                if (item instanceof Branch branch && !branch.isLong) {
                    int target = branch.target.rawOffset + before[branch.target.itemsBefore];
                    if (!OperandPattern.fitsSigned(target - (branch.start + branch.size), 8)) {
                        branch.isLong = true;
                        branch.size = branchSize(branch.mnemonic, true);
                        changed = true;
                    }
                }
            }
        }
        return before;
    }

    private static byte[] branchBytes(Branch branch) {
        int target = branch.target.finalOffset;
        long displacement = target - (branch.start + branch.size);
        byte[] bytes = InstructionEncoder.encodeRelative(branch.mnemonic, branch.condition,
            branch.isLong ? 32 : 8, displacement).bytes();
        if (bytes.length != branch.size) {
            throw new IllegalStateException("branch size changed during layout");
        }
        return bytes;
    }

    /** {@code size} bytes of NOPs, using the longest recommended forms first. */
    static byte[] nops(int size) {
        byte[] bytes = new byte[size];
        int at = 0;
        while (at < size) {
            int n = Math.min(size - at, NOPS.length - 1);
            for (int b : NOPS[n]) {
                bytes[at++] = (byte) b;
            }
        }
        return bytes;
    }

    private static List<Label> labelsOf(Fixup fixup) {
        if (fixup instanceof Fixup.LabelRelative rel) {
            return List.of(rel.label());
        } else if (fixup instanceof Fixup.LabelAddress address) {
            return List.of(address.label());
        } else if (fixup instanceof Fixup.LabelDifference difference) {
            return List.of(difference.target(), difference.base());
        }
        return List.of();
    }

    private static void putInt32(byte[] code, int at, long value, Label label) {
        if (!OperandPattern.fitsSigned(value, 32)) {
            throw new IllegalStateException("offset to " + label + " does not fit in 32 bits");
        }
        for (int i = 0; i < 4; i++) {
            code[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
