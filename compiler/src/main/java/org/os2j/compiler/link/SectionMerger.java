package org.os2j.compiler.link;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.os2j.compiler.elf.Elf;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;

/**
 * Concatenates the same-kind sections of all modules into one {@link OutputSection} per kind, in
 * module order, the way a default linker script combines input sections into output sections
 * (gABI "Sections"; sh_addralign of the result is the maximum of the inputs).
 *
 * <p>Requires validated modules. Guarantees: output sections are in {@link SectionKind} order and
 * exist exactly for the kinds some module created; each contribution starts at a multiple of its
 * section's alignment; padding is {@link SectionKind#paddingByte()} ({@code int3} between code).
 */
final class SectionMerger {
    private SectionMerger() {
    }

    static List<OutputSection> merge(List<ObjectModule> modules) {
        List<OutputSection> merged = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            long[] contributions = new long[modules.size()];
            Arrays.fill(contributions, -1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long size = 0;
            long alignment = 1;
            boolean present = false;
            for (int i = 0; i < modules.size(); i++) {
                Optional<Section> found = modules.get(i).findSection(kind);
                if (found.isEmpty()) {
                    continue;
                }
                present = true;
                Section section = found.get();
                long start = Elf.alignUp(size, section.alignment());
                if (kind.hasContents()) {
                    for (long pad = size; pad < start; pad++) {
                        bytes.write(kind.paddingByte());
                    }
                    bytes.writeBytes(section.bytes());
                }
                contributions[i] = start;
                size = start + section.size();
                alignment = Math.max(alignment, section.alignment());
            }
            if (!present) {
                continue;
            }
            if (size > Integer.MAX_VALUE - 8 && kind.hasContents()) {
                throw new IllegalStateException(kind.sectionName() + " would exceed 2 GiB");
            }
            merged.add(new OutputSection(kind.sectionName(), kind, Elf.sectionType(kind), Elf.sectionFlags(kind),
                    alignment, kind.hasContents() ? bytes.toByteArray() : new byte[0], size, contributions));
        }
        return merged;
    }
}
