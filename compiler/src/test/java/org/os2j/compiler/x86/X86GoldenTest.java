package org.os2j.compiler.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Encodes every row of the golden table (bytes produced by GNU as, see scripts/x86-golden) with
 * {@link Assembler} and compares; all mismatches are reported together.
 */
class X86GoldenTest {

    @Test
    void everyGoldenRowEncodesLikeGnuAs() {
        List<GoldenTable.Row> rows = GoldenTable.load();
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (GoldenTable.Row row : rows) {
            String actual;
            try {
                AssembledCode code = IntelSyntax.assembleOne(row.instruction());
                actual = GoldenTable.hex(code.code());
                if (!code.relocations().isEmpty()) {
                    actual += " (unexpected relocations " + code.relocations() + ")";
                }
            } catch (RuntimeException e) {
                actual = "threw " + e;
            }
            if (!actual.equals(row.hex())) {
                failed++;
                failures.append(String.format("%n  golden.txt:%d  %-45s expected %s%n%52s got      %s",
                    row.line(), row.instruction(), row.hex(), "", actual));
            }
        }
        if (failed > 0) {
            fail(failed + " of " + rows.size() + " golden rows differ from GNU as:" + failures);
        }
    }

    @Test
    void goldenTableIsLargeAndCoversEveryMnemonic() {
        List<GoldenTable.Row> rows = GoldenTable.load();
        assertTrue(rows.size() >= 350, "golden table has only " + rows.size() + " rows");
        Set<Mnemonic> missing = EnumSet.allOf(Mnemonic.class);
        // Branches to labels and symbols are tested by X86BinutilsTest and AssemblerTest.
        missing.remove(Mnemonic.JCC);
        for (GoldenTable.Row row : rows) {
            String text = row.instruction().toLowerCase(Locale.ROOT);
            for (String word : text.split("[ ,]+")) {
                String name = word.toUpperCase(Locale.ROOT);
                if (word.startsWith("set")) {
                    missing.remove(Mnemonic.SETCC);
                } else if (word.startsWith("cmov")) {
                    missing.remove(Mnemonic.CMOVCC);
                } else if (word.equals("sysretq")) {
                    missing.remove(Mnemonic.SYSRET);
                }
                for (Mnemonic m : Mnemonic.values()) {
                    if (m.name().equals(name) || m.name().equals("REP_" + name) && text.startsWith("rep ")) {
                        missing.remove(m);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "mnemonics without a golden row");
    }
}
