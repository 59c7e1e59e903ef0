package org.os2j.compiler.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.conformance.JavaSourceCompiler;
import org.os2j.compiler.conformance.ProgramRunner;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;

/**
 * {@code new} and {@code newarray} bump the allocation pointer inline (runtime AllocationLayout)
 * and call the allocator only when the object does not fit (or the length is negative), except where every path throws, which keeps the
 * plain call: checked in the machine code with objdump, and by running the program with a
 * collection every 16 KiB (the slow path, its stack map and the registers it reloads).
 */
class InlineAllocationTest {
    private static final String PROGRAM = """
            import org.os2j.runtime.annotation.NeverInline;

            public class Allocations {
                static final class Pair {
                    final Object first;
                    final long second;
                    Pair(Object first, long second) { this.first = first; this.second = second; }
                }

                @NeverInline
                static Pair make(Object first, long second) {
                    return new Pair(first, second);
                }

                @NeverInline
                static long[] makeArray(int length) {
                    return new long[length];
                }

                @NeverInline
                static void fail(int code) {
                    throw new IllegalStateException();
                }

                public static void main(String[] args) {
                    Pair chain = null;
                    long sum = 0;
                    for (int i = 0; i < 200_000; i++) {
                        Pair next = make(chain, i);
                        chain = i % 1000 == 0 ? next : chain;
                        sum += next.second;
                    }
                    int kept = 0;
                    for (Pair p = chain; p != null; p = (Pair) p.first) {
                        kept++;
                    }
                    System.out.println(sum + " " + kept);
                    long lengths = 0;
                    for (int i = 0; i < 50_000; i++) {
                        long[] array = makeArray(i % 37);
                        lengths += array.length + (array.length > 0 ? array[array.length - 1] : 0);
                    }
                    System.out.println(lengths + " " + makeArray(1 << 22).length);
                    try {
                        makeArray(-3);
                    } catch (NegativeArraySizeException e) {
                        System.out.println("negative: " + e.getMessage());
                    }
                    try {
                        fail(args.length);
                    } catch (IllegalStateException e) {
                        System.out.println("caught");
                    }
                }
            }
            """;

    @Test
    void newBumpsThePointerInlineOutsideThrowingPaths(@TempDir Path work) throws Exception {
        assumeTrue(ProgramRunner.toolAvailable("objdump"), "objdump is not installed");
        Path source = JavaSourceCompiler.writeSource(work, "Allocations.java", PROGRAM);
        Path classes = JavaSourceCompiler.compileWithRuntime(work.resolve("classes"), source);
        Path executable = work.resolve("allocations");
        Compiler.compile(CompileOptions.linux(List.of(classes), "Allocations", executable));
        ProgramRunner.Result run = ProgramRunner.runExecutable(executable, List.of(), work, Duration.ofSeconds(60),
                null, Map.of("OS2J_GC_INTERVAL", "16k", "OS2J_GC_VERIFY", "1"));
        assertEquals("19999900000 200\n899844 4194304\nnegative: -3\ncaught\n",
                new String(run.stdout(), StandardCharsets.UTF_8), run.describe());

        String make = ProgramRunner.disassembly(executable, "Allocations.make(Ljava/lang/Object;J)LAllocations$Pair;", work);
        assertTrue(make.contains("<os2j.heap.top>") && make.contains("<os2j.heap.limit>"), make);
        assertEquals(1, make.lines().filter(line -> line.contains("call") && line.contains("allocateInstance")).count(),
                make);
        String makeArray = ProgramRunner.disassembly(executable, "Allocations.makeArray(I)[J", work);
        assertTrue(makeArray.contains("<os2j.heap.top>") && makeArray.contains("<os2j.heap.limit>"), makeArray);
        assertEquals(1, makeArray.lines().filter(line -> line.contains("call") && line.contains("allocateArray"))
                .count(), makeArray);
        String fail = ProgramRunner.disassembly(executable, "Allocations.fail(I)V", work);
        assertTrue(!fail.contains("<os2j.heap.top>"), fail);
        assertEquals(1, fail.lines().filter(line -> line.contains("call") && line.contains("allocateInstance")).count(),
                fail);
    }
}
