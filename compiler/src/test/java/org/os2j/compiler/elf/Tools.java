package org.os2j.compiler.elf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** External tools (GNU binutils as oracles) and running produced executables, for tests. */
public final class Tools {
    private Tools() {
    }

    /** The captured outcome of a process. */
    public record Result(int exitCode, String stdout, String stderr) {
        /** Both streams, for assertion messages and "Warning"/"Error" scans. */
        public String output() {
            return stdout + stderr;
        }
    }

    /** Whether an executable called {@code tool} is on the PATH. */
    public static boolean toolOnPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this machine can run static x86-64 Linux executables. */
    public static boolean canRunLinuxX8664() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /** Runs {@code command} in {@code dir} and waits (at most 60 s) for it. */
    public static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    public static Result run(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, List.of(command));
    }

    /** Writes {@code image} to {@code dir/name} with mode 0755 and returns its path. */
    public static Path writeExecutable(Path dir, String name, byte[] image) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, image);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** The lines of {@code text} that mention a readelf/objdump/ld warning or error. */
    public static List<String> complaints(String text) {
        return text.lines().filter(line -> line.contains("Warning") || line.contains("Error")
                || line.contains("warning:") || line.contains("error:")).toList();
    }
}
