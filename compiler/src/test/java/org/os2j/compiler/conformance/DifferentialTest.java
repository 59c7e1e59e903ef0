package org.os2j.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;

/**
 * Differential conformance test: every program in {@code src/test/programs} is compiled by javac,
 * run on HotSpot (the oracle), compiled by os2j into a static executable and run natively with
 * the same arguments; stdout and stderr (an uncaught exception's line and stack trace) must be
 * byte-identical and the exit status equal. Nothing expected is written by hand. The executables
 * run with the collector's stress settings ({@link ProgramRunner#GC_STRESS}).
 *
 * <p>System properties: {@code os2j.programs=Name1,Name2} runs only those programs;
 * {@code os2j.timeoutSeconds=N} changes the per-run time limit (default 30);
 * {@code os2j.compileTimeoutSeconds=N} the limit for one os2j compile (default 120);
 * {@code os2j.keep=true} keeps every work directory (failed ones are always kept).
 */
class DifferentialTest {
    private static final Duration TIMEOUT = ProgramRunner.DEFAULT_TIMEOUT;
    private static final Duration COMPILE_TIMEOUT =
            Duration.ofSeconds(Long.getLong("os2j.compileTimeoutSeconds", 120L));
    private static final boolean KEEP = Boolean.getBoolean("os2j.keep");

    /**
     * One dynamic test per program. The checks run on one worker per processor, started together
     * and in program order (each compile is independent); a test reports its own check's outcome.
     */
    @TestFactory
    Stream<DynamicTest> programs() {
        List<TestProgram> programs = TestProgram.selected();
        assertFalse(programs.isEmpty(), "no test programs in " + TestProgram.programsDirectory());
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
                    Thread thread = new Thread(runnable, "differential-test");
                    thread.setDaemon(true);
                    return thread;
                });
        List<java.util.concurrent.Future<Throwable>> outcomes = new java.util.ArrayList<>();
        for (TestProgram program : programs) {
            outcomes.add(workers.submit(() -> {
                try {
                    check(program);
                    return null;
                } catch (Throwable failure) {
                    return failure;
                }
            }));
        }
        workers.shutdown();
        return java.util.stream.IntStream.range(0, programs.size()).mapToObj(i -> {
            TestProgram p = programs.get(i);
            return DynamicTest.dynamicTest(p.family() + "/" + p.name() + (p.args().isEmpty() ? "" : " " + p.args()),
                    p.source().toUri(), () -> {
                        Throwable failure = outcomes.get(i).get();
                        if (failure != null) {
                            throw failure;
                        }
                    });
        });
    }

    static void check(TestProgram program) throws IOException {
        Path dir = Files.createTempDirectory("os2j-diff-" + program.name() + "-");
        boolean passed = false;
        try {
            // 1. javac
            JavaSourceCompiler.compile(dir, program.source());

            // 2. the oracle
            ProgramRunner.Result expected =
                    ProgramRunner.runOnHotSpot(dir, program.name(), program.args(), dir, TIMEOUT, program.stdin());
            if (expected.timedOut()) {
                fail("the program does not finish on HotSpot within " + TIMEOUT.toSeconds()
                        + " s; fix the program\n" + expected.describe());
            }
            if (expected.stdout().length == 0) {
                fail("the program prints nothing on HotSpot; a test program must print checkable output\n"
                        + expected.describe());
            }

            // 3. os2j
            Path executable = dir.resolve(program.name() + ".exe");
            CompileError error = assertTimeoutPreemptively(COMPILE_TIMEOUT, () -> {
                try {
                    Compiler.compile(CompileOptions.linux(List.of(dir), program.name(), executable));
                    return null;
                } catch (CompileError e) {
                    return e;
                }
            }, () -> "os2j did not finish compiling " + program.name() + " within " + COMPILE_TIMEOUT.toSeconds() + " s");
            if (error != null) {
                fail("os2j cannot compile " + program.name() + ": " + error.getMessage() + "\n(work dir " + dir + ")");
            }
            if (!Files.isRegularFile(executable)) {
                fail("os2j reported success but wrote no executable at " + executable);
            }
            ProgramRunner.Result actual = ProgramRunner.runExecutable(executable, program.args(), dir, TIMEOUT,
                    program.stdin(), ProgramRunner.GC_STRESS);

            // 4. compare
            String failure = compare(expected, actual);
            if (failure != null) {
                fail(program.name() + ": " + failure + "(work dir kept: " + dir + ")");
            }
            passed = true;
        } finally {
            if (passed && !KEEP) {
                deleteRecursively(dir);
            }
        }
    }

    /** Null when stdout and exit status agree, else a readable account of every difference. */
    static String compare(ProgramRunner.Result expected, ProgramRunner.Result actual) {
        StringBuilder sb = new StringBuilder();
        if (actual.timedOut()) {
            sb.append("the executable did not finish within ").append(TIMEOUT.toSeconds())
                    .append(" s (HotSpot needed ").append(expected.elapsed().toMillis()).append(" ms)\n");
        } else if (actual.exitCode() != expected.exitCode()) {
            sb.append("exit status differs: expected ").append(expected.exitCode())
                    .append(" (HotSpot), actual ").append(actual.exitCode()).append(describeSignal(actual.exitCode()))
                    .append('\n');
        }
        String diff = OutputDiff.describe(expected.stdout(), actual.stdout());
        if (diff != null) {
            sb.append(diff);
        }
        String errorDiff = OutputDiff.describe(expected.stderr(), actual.stderr());
        if (errorDiff != null) {
            sb.append("stderr: ").append(errorDiff);
        }
        if (sb.length() == 0) {
            return null;
        }
        sb.append("HotSpot run: ").append(expected.describe());
        sb.append("os2j run: ").append(actual.describe());
        return sb.toString();
    }

    private static String describeSignal(int exitCode) {
        // ProcessBuilder reports death by signal N as 128 + N.
        return switch (exitCode) {
            case 134 -> " (SIGABRT)";
            case 135 -> " (SIGBUS)";
            case 136 -> " (SIGFPE)";
            case 137 -> " (SIGKILL)";
            case 139 -> " (SIGSEGV)";
            case 132 -> " (SIGILL)";
            case 133 -> " (SIGTRAP)";
            default -> "";
        };
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // leftovers in the temp directory are harmless
        }
    }
}
