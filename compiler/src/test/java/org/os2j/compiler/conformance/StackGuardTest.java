package org.os2j.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;
import org.os2j.runtime.StackLayout;

/**
 * StackOverflowError from the guard zones (runtime StackLayout, linux/LinuxStack): methods probe
 * the stack below their frame (checked in the machine code with objdump), the stack has the
 * process's stack-size limit (checked by running under {@code ulimit -s}), and a probe of a frame
 * larger than a page faults in the yellow zone and becomes a catchable StackOverflowError.
 */
class StackGuardTest {
    private static final String PROGRAM = """
            import org.os2j.runtime.annotation.NeverInline;

            public class Deep {
                static long depth;

                static long down(long n) { depth++; return down(n + 1) + n; }

                @NeverInline // Its own code is checked: inlined wherever it is called, it would have none.
                static long leaf(long x) { return x * 3 + 1; }

                static long wide(long x) {
            %s
                    long sum = wide(x + 1);
            %s
                    return sum;
                }

                public static void main(String[] args) {
                    try {
                        down(0);
                    } catch (StackOverflowError e) {
                        System.out.println("depth " + depth);
                    }
                    try {
                        wide(1);
                    } catch (StackOverflowError e) {
                        System.out.println("wide frames overflowed too");
                    }
                    System.out.println(leaf(depth) > 0);
                }
            }
            """;

    @TempDir
    static Path work;
    private static Path executable;

    /** Builds Deep: {@code wide} keeps 600 longs live across its call, a frame above a page. */
    @BeforeAll
    static void compile() throws Exception {
        StringBuilder define = new StringBuilder();
        StringBuilder use = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            define.append("        long v").append(i).append(" = x * ").append(i + 7).append(";\n");
            use.append("        sum += v").append(i).append(";\n");
        }
        Path source = JavaSourceCompiler.writeSource(work, "Deep.java", PROGRAM.formatted(define, use));
        Path classes = JavaSourceCompiler.compileWithRuntime(work.resolve("classes"), source);
        executable = work.resolve("deep");
        Compiler.compile(CompileOptions.linux(List.of(classes), "Deep", executable));
    }

    @Test
    void callersProbeBelowTheirFrameAndLeavesDoNot() {
        String probe = String.format("mov    %%eax,-0x%x(%%rsp)", StackLayout.PROBE_DISTANCE);
        List<String> down = disassembly("Deep.down(J)J");
        assertTrue(down.get(3).endsWith(probe), "probe right after the frame is built:\n" + String.join("\n", down));
        assertFalse(String.join("\n", disassembly("Deep.leaf(J)J")).contains("(%rsp)"), "a leaf has no probe");
        List<String> wide = disassembly("Deep.wide(J)J");
        Matcher frame = Pattern.compile("sub +\\$0x([0-9a-f]+),%rsp").matcher(wide.get(2));
        assertTrue(frame.find(), wide.get(2));
        long frameSize = Long.parseLong(frame.group(1), 16);
        assertTrue(frameSize > StackLayout.PROBE_STEP, "wide's frame is larger than a page: " + frameSize);
        long probes = wide.stream().filter(line -> line.matches("mov +%eax,-?0x[0-9a-f]+\\(%rsp\\)")).count();
        assertEquals((frameSize + StackLayout.PROBE_STEP - 1) / StackLayout.PROBE_STEP, probes,
                "one probe per page of the frame:\n" + String.join("\n", wide.subList(0, (int) probes + 4)));
    }

    @Test
    void overflowsAreCaughtAndTheStackFollowsTheLimit() {
        long large = depthUnder(8192);
        long small = depthUnder(256);
        assertTrue(small > 1000, "a 256 KiB stack still holds frames: " + small);
        assertTrue(small * 16 < large, "the stack follows ulimit -s: depth " + small + " at 256 KiB, " + large
                + " at 8 MiB");
    }

    /**
     * The red zone is never opened: a fault there (here from a raw memory intrinsic, just below
     * the yellow zone under the frame that caught an overflow) ends the program as a fatal error.
     */
    @Test
    void theRedZoneIsFatal() throws Exception {
        Path source = JavaSourceCompiler.writeSource(work, "RedZone.java", """
                import org.os2j.runtime.intrinsic.Magic;
                import org.os2j.runtime.intrinsic.Memory;

                public class RedZone {
                    static long frame;

                    static void down() {
                        try {
                            down();
                        } catch (StackOverflowError e) {
                            frame = Magic.framePointer();
                        }
                    }

                    static long peek(long address) { return Memory.loadLong(address); }

                    public static void main(String[] args) {
                        down();
                        System.out.println("caught");
                        System.out.println(peek(frame - %d - %d - %d / 2));
                    }
                }
                """.formatted(StackLayout.PROBE_DISTANCE, StackLayout.YELLOW_ZONE, StackLayout.RED_ZONE));
        Path classes = JavaSourceCompiler.compileWithRuntime(work.resolve("red"), source);
        Path redZone = work.resolve("red-zone");
        Compiler.compile(CompileOptions.linux(List.of(classes), "RedZone", redZone));
        ProgramRunner.Result result = ProgramRunner.runExecutable(redZone, List.of(), work, Duration.ofSeconds(30));
        assertEquals(134, result.exitCode(), result.describe());
        assertEquals("caught\n", new String(result.stdout(), StandardCharsets.UTF_8));
        assertTrue(result.stderrText().startsWith("os2j: fatal error: stack overflow while handling a "
                + "StackOverflowError (red zone reached at 0x"), result.describe());
        assertTrue(result.stderrText().contains("\tat RedZone.main(RedZone.java:20)"), result.describe());
    }

    /** Runs Deep with a stack limit of {@code kibibytes} and returns the recursion depth it reached. */
    private static long depthUnder(int kibibytes) {
        ProgramRunner.Result result = ProgramRunner.run(List.of("bash", "-c",
                "ulimit -s " + kibibytes + " && exec " + executable), work, Duration.ofSeconds(60));
        String stdout = new String(result.stdout(), StandardCharsets.UTF_8);
        assertEquals(0, result.exitCode(), result.describe());
        String[] lines = stdout.split("\n");
        assertEquals(3, lines.length, stdout);
        assertEquals("wide frames overflowed too", lines[1]);
        assertEquals("true", lines[2]);
        return Long.parseLong(lines[0].substring("depth ".length()));
    }

    /** The instructions of one function, as objdump prints them (AT&T syntax, no addresses). */
    private static List<String> disassembly(String symbol) {
        List<String> instructions = new ArrayList<>();
        boolean inside = false;
        for (String line : ProgramRunner.disassembly(executable, symbol, work).split("\n")) {
            if (line.startsWith("<" + symbol + ">:")) {
                inside = true;
            } else if (inside && !line.isBlank()) {
                instructions.add(line.strip());
            } else if (inside) {
                break;
            }
        }
        assertFalse(instructions.isEmpty(), "no code for " + symbol);
        return instructions;
    }
}
