package org.os2j.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.conformance.JavaSourceCompiler;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;

/**
 * {@code @NoAllocation} as a build error: an allocation two calls down, through a virtual call,
 * or in a static initializer the path triggers, is reported with the path; allocating only to
 * throw is allowed; and nothing is written when the check fails.
 */
class NoAllocationCheckTest {
    private static final String PROGRAM = """
            import org.os2j.runtime.annotation.NoAllocation;

            public class Rule {
                static int[] buffer = new int[8];
                static int count;

                interface Sink { void accept(int value); }
                static final class Quiet implements Sink { public void accept(int value) { count += value; } }
                static final class Loud implements Sink {
                    public void accept(int value) { buffer[0] = new int[] {value}.length; }
                }
                static final class Table {
                    static final int[] ENTRIES = new int[(int) (System.nanoTime() & 3) + 1];
                    static int first() { return ENTRIES[0]; }
                }
                static Sink sink = args() ? new Quiet() : new Loud();

                static boolean args() { return System.nanoTime() != 0; }

                @NoAllocation
                static void record(int value) {
                    if (count == buffer.length) {
                        throw new IllegalStateException("full at " + count);
                    }
                    buffer[count++] = value;
                    log(value);
                }

                static void log(int value) {
                    if (value < 0) {
                        describe(value);
                    }
                }

                static void describe(int value) {
                    System.out.println("negative: " + value);
                }

                @NoAllocation
                static void dispatch(int value) {
                    sink.accept(value);
                }

                @NoAllocation
                static int lookup() {
                    return Table.first();
                }

                @NoAllocation
                static int clean(int value) {
                    if (value < 0) {
                        throw new IllegalArgumentException("negative: " + value);
                    }
                    return buffer[value & 7] + count;
                }

                public static void main(String[] args) {
                    record(3);
                    dispatch(2);
                    System.out.println(lookup() + clean(1));
                }
            }
            """;

    @Test
    void eachAnnotatedMethodGetsItsPathToAnAllocation(@TempDir Path work) throws Exception {
        Path source = JavaSourceCompiler.writeSource(work, "Rule.java", PROGRAM);
        Path classes = JavaSourceCompiler.compileWithRuntime(work.resolve("classes"), source);
        Path output = work.resolve("rule");
        CompileError error = assertThrows(CompileError.class,
                () -> Compiler.compile(CompileOptions.linux(List.of(classes), "Rule", output)));
        assertEquals(List.of(
                "@NoAllocation method Rule.record can allocate on the path Rule.record -> Rule.log (called at line 26)"
                        + " -> Rule.describe (called at line 31), which allocates at line 36: new java.lang.StringBuilder",
                "@NoAllocation method Rule.dispatch can allocate on the path Rule.dispatch -> Rule$Loud.accept "
                        + "(called at line 41), which allocates at line 10: new int[]",
                "@NoAllocation method Rule.lookup can allocate on the path Rule.lookup -> Rule$Table.<clinit> "
                        + "(class initialized at line 46), which allocates at line 13: new int[]"),
                error.getMessage().lines().toList());
        assertFalse(Files.exists(output), "no output on failure");
    }
}
