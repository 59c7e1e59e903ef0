package org.os2j.compiler.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.conformance.JavaSourceCompiler;
import org.os2j.compiler.conformance.ProgramRunner;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;

/**
 * A value live across two calls of one block is saved to its register's slot once: after the
 * first call reloads it, the slot still holds it, so the second call does not store it again
 * (checked in the machine code with objdump), and the program still computes the right result.
 */
class SavesAcrossCallsTest {
    private static final String PROGRAM = """
            import org.os2j.runtime.annotation.NeverInline;

            public class Saves {
                @NeverInline
                static int next(int x) { return x + 1; }

                @NeverInline
                static int chain(int a) {
                    int b = next(a);
                    int c = next(b);
                    return a * 100 + b * 10 + c;
                }

                public static void main(String[] args) {
                    System.out.println(chain(args.length + 4));
                }
            }
            """;

    @Test
    void aValueUnchangedSinceTheLastCallIsNotSavedAgain(@TempDir Path work) throws Exception {
        assumeTrue(ProgramRunner.toolAvailable("objdump"), "objdump is not installed");
        Path source = JavaSourceCompiler.writeSource(work, "Saves.java", PROGRAM);
        Path classes = JavaSourceCompiler.compileWithRuntime(work.resolve("classes"), source);
        Path executable = work.resolve("saves");
        Compiler.compile(CompileOptions.linux(List.of(classes), "Saves", executable));
        ProgramRunner.Result run = ProgramRunner.runExecutable(executable, List.of(), work, Duration.ofSeconds(30));
        assertEquals("456\n", new String(run.stdout(), StandardCharsets.UTF_8), run.describe());

        String code = ProgramRunner.disassembly(executable, "Saves.chain(I)I", work);
        // a is live across both calls, b across the second: two stores to save slots, not three.
        long stores = code.lines().filter(line -> line.matches("\\s*mov\\s+%\\w+,-0x[0-9a-f]+\\(%rbp\\)")).count();
        long calls = code.lines().filter(line -> line.contains("call") && line.contains("Saves.next")).count();
        assertEquals(2, calls, code);
        assertEquals(2, stores, code);
    }
}
