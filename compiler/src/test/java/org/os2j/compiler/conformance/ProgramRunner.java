package org.os2j.compiler.conformance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external process to completion with a timeout and captures its stdout and stderr
 * completely. Both streams are redirected to temporary files (never pipes), so a process that
 * writes a lot cannot dead-lock against us; stdin is empty ({@code /dev/null}) unless an input file is given.
 */
public final class ProgramRunner {
    /** The default time limit for one run. Overridable with {@code -Dos2j.timeoutSeconds=N}. */
    public static final Duration DEFAULT_TIMEOUT =
            Duration.ofSeconds(Long.getLong("os2j.timeoutSeconds", 30L));

    private ProgramRunner() {
    }

    /** What one run produced. {@code exitCode} is meaningless when {@code timedOut}. */
    public record Result(List<String> command, int exitCode, byte[] stdout, byte[] stderr,
                         boolean timedOut, Duration elapsed) {
        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        public String stderrText() {
            return new String(stderr, StandardCharsets.UTF_8);
        }

        /** A short human-readable account of the run, for assertion messages. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append("command: ").append(String.join(" ", command)).append('\n');
            sb.append(timedOut ? "TIMED OUT after " + elapsed.toMillis() + " ms"
                                : "exit status " + exitCode + " after " + elapsed.toMillis() + " ms");
            sb.append(", ").append(stdout.length).append(" stdout bytes\n");
            if (stderr.length > 0) {
                sb.append("stderr:\n").append(abbreviate(stderrText(), 4000));
                if (sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
            }
            return sb.toString();
        }
    }

    /** Runs {@code command} in {@code workDir} with {@link #DEFAULT_TIMEOUT}. */
    public static Result run(List<String> command, Path workDir) {
        return run(command, workDir, DEFAULT_TIMEOUT);
    }

    /**
     * Runs {@code command} in {@code workDir} and waits at most {@code timeout}; on timeout the
     * process (and its descendants) is killed and the output captured so far is returned.
     */
    public static Result run(List<String> command, Path workDir, Duration timeout) {
        return run(command, workDir, timeout, null);
    }

    /** As {@link #run(List, Path, Duration)}, with standard input read from {@code input} (null: empty). */
    public static Result run(List<String> command, Path workDir, Duration timeout, Path input) {
        return run(command, workDir, timeout, input, java.util.Map.of());
    }

    /** As above, with {@code environment} added to the process's environment. */
    public static Result run(List<String> command, Path workDir, Duration timeout, Path input,
                             java.util.Map<String, String> environment) {
        Path outFile = null;
        Path errFile = null;
        try {
            outFile = Files.createTempFile("os2j-run-", ".stdout");
            errFile = Files.createTempFile("os2j-run-", ".stderr");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(input != null ? input.toFile() : new File("/dev/null")))
                    .redirectOutput(outFile.toFile())
                    .redirectError(errFile.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = start(builder);
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!finished) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running " + command, e);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            int exit = finished ? process.exitValue() : -1;
            return new Result(List.copyOf(command), exit, Files.readAllBytes(outFile),
                    Files.readAllBytes(errFile), !finished, elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } finally {
            deleteQuietly(outFile);
            deleteQuietly(errFile);
        }
    }

    /**
     * Starts the process, retrying while exec fails with ETXTBSY: with tests running in parallel,
     * a child forked by another thread can briefly hold the just-written executable open.
     */
    private static Process start(ProcessBuilder builder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return builder.start();
            } catch (IOException e) {
                if (attempt == 50 || e.getMessage() == null || !e.getMessage().contains("error=26")) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The {@code java} launcher of the JVM running the tests: the oracle. */
    public static Path javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Runs {@code mainClass} from {@code classDir} on HotSpot with {@code args}. */
    public static Result runOnHotSpot(Path classDir, String mainClass, List<String> args, Path workDir,
                                      Duration timeout) {
        return runOnHotSpot(classDir, mainClass, args, workDir, timeout, null);
    }

    /** As above, with standard input from {@code input} (null: empty). */
    public static Result runOnHotSpot(Path classDir, String mainClass, List<String> args, Path workDir,
                                      Duration timeout, Path input) {
        List<String> command = new ArrayList<>();
        command.add(javaLauncher().toString());
        // Startup speed only; none of these change program semantics.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(classDir.toString());
        command.add(mainClass);
        command.addAll(args);
        return run(command, workDir, timeout, input);
    }

    /** Runs a native executable with {@code args}. */
    public static Result runExecutable(Path executable, List<String> args, Path workDir, Duration timeout) {
        return runExecutable(executable, args, workDir, timeout, null);
    }

    /** As above, with standard input from {@code input} (null: empty). */
    public static Result runExecutable(Path executable, List<String> args, Path workDir, Duration timeout,
                                       Path input) {
        return runExecutable(executable, args, workDir, timeout, input, java.util.Map.of());
    }

    /** As above, with {@code environment} added (the collector's settings: runtime gc/Heap). */
    public static Result runExecutable(Path executable, List<String> args, Path workDir, Duration timeout,
                                       Path input, java.util.Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(executable.toAbsolutePath().toString());
        command.addAll(args);
        return run(command, workDir, timeout, input, environment);
    }

    /**
     * The collector's stress settings (docs/GC.md): a collection at least every 256 KiB of
     * allocation, with the heap and its roots verified before and after each. The conformance
     * programs run with them, so every one checks the stack maps of the code it runs.
     */
    public static final java.util.Map<String, String> GC_STRESS =
            java.util.Map.of("OS2J_GC_VERIFY", "1", "OS2J_GC_INTERVAL", "256k");

    /** GNU objdump's disassembly of one function of {@code executable} (its symbol), without addresses. */
    public static String disassembly(Path executable, String symbol, Path workDir) {
        Result result = run(List.of("objdump", "-d", "--no-show-raw-insn", "--no-addresses",
                "--disassemble=" + symbol, executable.toString()), workDir);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("objdump failed\n" + result.describe());
        }
        return new String(result.stdout(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether {@code tool --version} can be started (for Assumptions on readelf, objdump, ...). */
    public static boolean toolAvailable(String tool) {
        try {
            Result r = run(List.of(tool, "--version"), Path.of(System.getProperty("java.io.tmpdir")),
                    Duration.ofSeconds(20));
            return !r.timedOut() && r.exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** {@code s}, cut to {@code max} characters with a note of how much was left off. */
    public static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\n... (" + (s.length() - max) + " more chars)";
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }
}
