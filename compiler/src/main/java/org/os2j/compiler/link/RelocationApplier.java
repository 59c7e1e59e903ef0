package org.os2j.compiler.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.elf.ElfBuffer;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;

/**
 * Patches every module relocation into the merged output sections, computing the values of the
 * System V x86-64 psABI §4.4.1 "Relocation Types" table: R_X86_64_64 = S + A, R_X86_64_PC32 =
 * S + A - P, R_X86_64_PLT32 = L + A - P with L = S (static link, no PLT), R_X86_64_32 and
 * R_X86_64_32S = S + A, where the linker must verify that the truncated value zero-extends
 * (R_X86_64_32) or sign-extends (the 32S and 32-bit PC-relative kinds) to the computed one.
 *
 * <p>Requires placed output sections and a {@link SymbolTable}. Guarantees: either every field is
 * written (little-endian), or a {@link LinkException} lists every undefined reference, then every
 * overflow, each naming the symbol and the place (nearest FUNCTION/OBJECT symbol, module, section
 * offset). The addresses of the 64-bit absolute fields are kept ({@link #absolute64Sites()}): a
 * position-independent image turns exactly those into R_X86_64_RELATIVE entries.
 */
final class RelocationApplier {
    private final List<ObjectModule> modules;
    private final Map<SectionKind, OutputSection> byKind = new EnumMap<>(SectionKind.class);
    private final SymbolTable symbols;
    private final List<Long> absolute64Sites = new ArrayList<>();

    RelocationApplier(List<ObjectModule> modules, List<OutputSection> sections, SymbolTable symbols) {
        this.modules = modules;
        this.symbols = symbols;
        for (OutputSection section : sections) {
            if (section.kind() != null) {
                byKind.put(section.kind(), section);
            }
        }
    }

    /** Applies all relocations. */
    void apply() throws LinkException {
        List<String> undefined = new ArrayList<>();
        List<String> overflows = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            ObjectModule module = modules.get(m);
            for (Section section : module.sections()) {
                OutputSection output = byKind.get(section.kind());
                long base = output.contributionOffset(m);
                for (Relocation relocation : section.relocations()) {
                    OptionalLong target = symbols.address(m, relocation.symbol());
                    if (target.isEmpty()) {
                        undefined.add("undefined symbol '" + relocation.symbol() + "' referenced from "
                                + module.describePlace(section.kind(), relocation.offset()));
                        continue;
                    }
                    long offsetInOutput = base + relocation.offset();
                    long place = output.address() + offsetInOutput;
                    RelocationType type = relocation.type();
                    long value = value(type, target.getAsLong(), relocation.addend(), place);
                    if (!fits(type, value)) {
                        overflows.add("relocation overflow: " + type + " (" + Elf.relocationName(type)
                                + ") to '" + relocation.symbol() + "'" + addend(relocation.addend())
                                + " gives 0x" + Long.toHexString(value) + ", which does not fit its "
                                + type.fieldSize * 8 + "-bit field, at "
                                + module.describePlace(section.kind(), relocation.offset()));
                        continue;
                    }
                    ElfBuffer.putLittleEndian(output.contents(), Math.toIntExact(offsetInOutput), value,
                            type.fieldSize);
                    if (type == RelocationType.ABSOLUTE_64) {
                        absolute64Sites.add(place);
                    }
                }
            }
        }
        if (!undefined.isEmpty() || !overflows.isEmpty()) {
            List<String> problems = new ArrayList<>(undefined);
            problems.addAll(overflows);
            throw new LinkException(problems);
        }
    }

    /** The addresses of the fields that received absolute 64-bit addresses, in application order. */
    List<Long> absolute64Sites() {
        return List.copyOf(absolute64Sites);
    }

    /** The value of a relocation of {@code type} for symbol address S, addend A and place P. */
    static long value(RelocationType type, long symbol, long addend, long place) {
        return switch (type) {
            case ABSOLUTE_64, ABSOLUTE_32, ABSOLUTE_32_SIGNED -> symbol + addend;
            case PC_RELATIVE_32, PLT_32 -> symbol + addend - place;
            case RELATIVE -> throw new IllegalArgumentException("RELATIVE relocations are produced by the linker only");
        };
    }

    /** Whether {@code value} survives truncation to the field of {@code type}. */
    static boolean fits(RelocationType type, long value) {
        return switch (type) {
            case ABSOLUTE_64, RELATIVE -> true;
            case ABSOLUTE_32 -> (value >>> 32) == 0;
            case ABSOLUTE_32_SIGNED, PC_RELATIVE_32, PLT_32 -> value == (int) value;
        };
    }

    private static String addend(long addend) {
        if (addend == 0) {
            return "";
        }
        return addend < 0 ? "-0x" + Long.toHexString(-addend) : "+0x" + Long.toHexString(addend);
    }
}
