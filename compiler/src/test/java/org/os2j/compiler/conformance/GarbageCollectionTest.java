package org.os2j.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;
import org.os2j.compiler.driver.Target;

/**
 * The collector under a maximum heap (docs/GC.md): OutOfMemoryError as HotSpot raises it with the
 * same -Xmx, caught and recovered from or uncaught; memory bounded by what is live, not by what
 * was allocated; the maximum's compile option and environment variable. The collection rules
 * themselves are checked by the conformance programs of family gc (and every conformance program
 * runs with collections every 256 KiB and verification: ProgramRunner.GC_STRESS).
 */
class GarbageCollectionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static final String OUT_OF_MEMORY_RECOVERED = """
            import java.util.ArrayList;
            import java.util.List;

            public class OutOfMemoryRecovered {
                public static void main(String[] args) {
                    List<long[]> hoard = new ArrayList<>();
                    try {
                        while (true) {
                            hoard.add(new long[1 << 17]);
                        }
                    } catch (OutOfMemoryError e) {
                        boolean many = hoard.size() > 16;
                        hoard = null;
                        System.out.println("caught " + e + ", many: " + many);
                    }
                    List<long[]> again = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        again.add(new long[1 << 17]);
                    }
                    System.out.println("recovered: " + again.size());
                    try {
                        long[] huge = new long[1 << 28];
                        System.out.println(huge.length);
                    } catch (OutOfMemoryError e) {
                        System.out.println("too large: " + e.getMessage());
                    }
                }
            }
            """;

    private static final String OUT_OF_MEMORY_UNCAUGHT = """
            public class OutOfMemoryUncaught {
                static long[][] table = new long[64][];

                static void fill(int index) {
                    table[index] = new long[1 << 20];
                }

                public static void main(String[] args) {
                    for (int i = 0; i < table.length; i++) {
                        fill(i);
                    }
                    System.out.println("not reached");
                }
            }
            """;

    /** 10 GiB allocated in all, about 50 MiB live at any time; waits for its input to end, for the test to read its peak. */
    private static final String TEN_GIBIBYTES = """
            public class TenGibibytes {
                public static void main(String[] args) throws Exception {
                    int[][] live = new int[400][];
                    long allocated = 0;
                    long checksum = 0;
                    for (int i = 0; allocated < (10L << 30); i++) {
                        int[] chunk = new int[32 * 1024 - 6];
                        chunk[i % chunk.length] = i;
                        if (i % 8 == 0) {
                            int slot = (i / 8) % live.length;
                            if (live[slot] != null) {
                                checksum += live[slot][(i - 8 * live.length) % chunk.length];
                            }
                            live[slot] = chunk;
                        }
                        allocated += 4L * chunk.length + 24;
                        String garbage = "item " + i;
                        checksum += garbage.length();
                    }
                    System.out.println("done " + checksum);
                    System.out.flush();
                    System.in.read();
                }
            }
            """;

    private static final String MAXIMUM = """
            public class Maximum {
                public static void main(String[] args) {
                    System.out.println(Runtime.getRuntime().maxMemory());
                }
            }
            """;

    @Test
    void outOfMemoryErrorIsCaughtAndTheProgramGoesOn(@TempDir Path work) throws Exception {
        Path classes = compileJava(work, "OutOfMemoryRecovered", OUT_OF_MEMORY_RECOVERED);
        Path executable = compileNative(work, classes, "OutOfMemoryRecovered", 0);
        ProgramRunner.Result expected = hotSpot(work, classes, "OutOfMemoryRecovered", "-Xmx64m");
        ProgramRunner.Result actual = ProgramRunner.runExecutable(executable, List.of(), work, TIMEOUT, null,
                Map.of("OS2J_MAX_HEAP_SIZE", "64m", "OS2J_GC_VERIFY", "1"));
        assertEquals(0, expected.exitCode(), expected.describe());
        assertEquals(text(expected.stdout()), text(actual.stdout()), actual.describe());
        assertEquals(expected.exitCode(), actual.exitCode(), actual.describe());
    }

    @Test
    void uncaughtOutOfMemoryErrorIsReportedAsHotSpotReportsIt(@TempDir Path work) throws Exception {
        Path classes = compileJava(work, "OutOfMemoryUncaught", OUT_OF_MEMORY_UNCAUGHT);
        Path executable = compileNative(work, classes, "OutOfMemoryUncaught", 0);
        ProgramRunner.Result expected = hotSpot(work, classes, "OutOfMemoryUncaught", "-Xmx32m");
        ProgramRunner.Result actual = ProgramRunner.runExecutable(executable, List.of(), work, TIMEOUT, null,
                Map.of("OS2J_MAX_HEAP_SIZE", "32m"));
        assertEquals(1, expected.exitCode(), expected.describe());
        assertEquals(text(expected.stderr()), text(actual.stderr()), actual.describe());
        assertEquals(text(expected.stdout()), text(actual.stdout()), actual.describe());
        assertEquals(1, actual.exitCode(), actual.describe());
    }

    /** Issue #9: 10 GiB allocated with under 50 MiB live stays under 256 MiB of peak resident memory. */
    @Test
    void peakMemoryFollowsTheLiveDataNotTheAllocation(@TempDir Path work) throws Exception {
        Path classes = compileJava(work, "TenGibibytes", TEN_GIBIBYTES);
        Path executable = compileNative(work, classes, "TenGibibytes", 0);
        Process process = new ProcessBuilder(executable.toString()).directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        long peakKibibytes;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            line = output.readLine();
            peakKibibytes = peakResidentKibibytes(process.pid());
            process.getOutputStream().close();
            assertTrue(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the program did not end");
        } finally {
            process.destroyForcibly();
        }
        ProgramRunner.Result expected = hotSpot(work, classes, "TenGibibytes", "-Xmx256m");
        assertEquals(text(expected.stdout()).strip(), line);
        assertEquals(0, process.exitValue());
        assertTrue(peakKibibytes < 256 * 1024, "peak resident memory " + peakKibibytes + " KiB, not under 256 MiB");
    }

    @Test
    void theMaximumComesFromTheCompileOptionAndTheEnvironmentOverridesIt(@TempDir Path work) throws Exception {
        Path classes = compileJava(work, "Maximum", MAXIMUM);
        Path executable = compileNative(work, classes, "Maximum", 96L << 20);
        ProgramRunner.Result byOption = ProgramRunner.runExecutable(executable, List.of(), work, TIMEOUT);
        assertEquals(String.valueOf(96L << 20), text(byOption.stdout()).strip(), byOption.describe());
        ProgramRunner.Result byEnvironment = ProgramRunner.runExecutable(executable, List.of(), work, TIMEOUT, null,
                Map.of("OS2J_MAX_HEAP_SIZE", "1g"));
        assertEquals(String.valueOf(1L << 30), text(byEnvironment.stdout()).strip(), byEnvironment.describe());
        ProgramRunner.Result bad = ProgramRunner.runExecutable(executable, List.of(), work, TIMEOUT, null,
                Map.of("OS2J_MAX_HEAP_SIZE", "lots"));
        assertEquals(1, bad.exitCode(), bad.describe());
        assertEquals("", text(bad.stdout()));
        assertTrue(text(bad.stderr()).startsWith("Error: the environment variable OS2J_MAX_HEAP_SIZE is not a size"),
                bad.describe());
    }

    /** VmHWM of /proc/PID/status: the peak resident set. */
    private static long peakResidentKibibytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmHWM in /proc/" + pid + "/status");
    }

    private static ProgramRunner.Result hotSpot(Path work, Path classes, String mainClass, String maximum) {
        List<String> command = new ArrayList<>(List.of(ProgramRunner.javaLauncher().toString(), maximum,
                "-XX:+UseSerialGC", "-cp", classes.toString(), mainClass));
        return ProgramRunner.run(command, work, TIMEOUT);
    }

    private static Path compileJava(Path work, String name, String source) throws Exception {
        Path file = work.resolve(name + ".java");
        Files.writeString(file, source);
        return JavaSourceCompiler.compile(work.resolve("classes"), file);
    }

    private static Path compileNative(Path work, Path classes, String mainClass, long maximumHeapSize) throws Exception {
        Path executable = work.resolve(mainClass.toLowerCase());
        Compiler.compile(new CompileOptions(List.of(classes), mainClass, executable, Target.LINUX, null, System.out,
                false, false, java.util.Set.of(), maximumHeapSize));
        return executable;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
