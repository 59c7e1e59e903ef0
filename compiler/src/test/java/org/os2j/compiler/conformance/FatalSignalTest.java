package org.os2j.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;

/**
 * The last way out of a compiled program: a hardware fault (here from a raw memory intrinsic; Java
 * code cannot cause one) still flushes the output already written, reports the signal and the Java
 * frames, and exits with status 134.
 */
class FatalSignalTest {
    @Test
    void aFaultFlushesOutputAndReports(@TempDir Path work) throws Exception {
        Path source = work.resolve("Crash.java");
        Files.writeString(source, """
                import org.os2j.runtime.intrinsic.Memory;

                public class Crash {
                    static long peek(long address) { return Memory.loadLong(address); }

                    public static void main(String[] args) {
                        for (int i = 0; i < 3; i++) System.out.println("line " + i);
                        System.out.println(peek(8));
                    }
                }
                """);
        Path classes = JavaSourceCompiler.compileWithRuntime(work.resolve("classes"), source);
        Path executable = work.resolve("crash");
        Compiler.compile(CompileOptions.linux(List.of(classes), "Crash", executable));
        ProgramRunner.Result result = ProgramRunner.runExecutable(executable, List.of(), work, Duration.ofSeconds(30));
        assertEquals(134, result.exitCode(), result.describe());
        assertEquals("line 0\nline 1\nline 2\n", new String(result.stdout(), StandardCharsets.UTF_8));
        assertTrue(result.stderrText().startsWith("os2j: fatal error: signal 11 (SIGSEGV) at address 0x8\n"),
                result.describe());
        assertTrue(result.stderrText().contains("\n\tat Crash.peek(Crash.java)\n\tat Crash.main(Crash.java:8)\n"),
                "the faulting method, then its caller:\n" + result.describe());
    }
}
