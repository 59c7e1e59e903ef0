package org.os2j.compiler.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stack traces through call sites on lines past 32767, whose entries do not fit the call-site
 * table's compact form and live in its wide table (runtime CallSiteLayout): generated programs
 * (too long to keep as files), compared with HotSpot like every conformance program.
 */
class FarLineNumbersTest {
    @Test
    void stackTracesNameLinesPastTheCompactForm(@TempDir Path work) throws Exception {
        String blank = "\n".repeat(40_000);
        String program = """
                public class FarLines {
                    public static void main(String[] args) {
                        try {
                            thrower(args.length);
                        } catch (IllegalStateException e) {
                            e.printStackTrace(System.out);
                        }
                """ + blank + """
                        Object kept = new StringBuilder("kept");
                        System.out.println(near(args.length) + " " + kept);
                """ + blank + """
                        thrower(args.length + 1);
                    }

                    static int near(int n) {
                        return n + 1;
                    }

                    static void thrower(int n) {
                """ + blank + """
                        throw new IllegalStateException("thrown at a far line " + n);
                    }
                }
                """;
        Path source = work.resolve("FarLines.java");
        Files.writeString(source, program);
        DifferentialTest.check(new TestProgram("FarLines", "generated", source, List.of()));
    }
}
