package org.os2j.compiler.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in-process with the JDK's own {@code javac}
 * ({@link ToolProvider#getSystemJavaCompiler()}) for {@code --release 17} with full debug
 * information ({@code -g}: source lines are needed for error messages that name a use site).
 */
public final class JavaSourceCompiler {
    private JavaSourceCompiler() {
    }

    /** javac failed; the message holds its diagnostics. */
    public static final class CompilationFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CompilationFailed(String message) {
            super(message);
        }
    }

    /** Compiles {@code sources} into {@code outputDir} (created if needed); returns {@code outputDir}. */
    public static Path compile(Path outputDir, Path... sources) {
        return compile(outputDir, List.of(), List.of(sources));
    }

    /**
     * Compiles a program that uses os2j's runtime intrinsics ({@code org.os2j.runtime.intrinsic}),
     * against the test JVM's class path, which holds the runtime; returns {@code outputDir}.
     */
    public static Path compileWithRuntime(Path outputDir, Path source) {
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
        return compile(outputDir, classPath, List.of(source));
    }

    /**
     * Compiles {@code sources} into {@code outputDir} against {@code classPath} (may be empty);
     * returns {@code outputDir}.
     */
    public static Path compile(Path outputDir, List<Path> classPath, List<Path> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: the tests must run on a JDK, not a JRE");
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of(
                "--release", "17", "-g", "-encoding", "UTF-8", "-nowarn", "-implicit:none",
                "-d", outputDir.toString()));
        // Without an explicit class path javac would search the test JVM's class path; keep it closed.
        args.add("-cp");
        args.add(classPath.isEmpty() ? outputDir.toString()
                : classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        for (Path source : sources) {
            args.add(source.toString());
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc;
        try (PrintStream err = new PrintStream(diagnostics, true, StandardCharsets.UTF_8)) {
            rc = javac.run(null, err, err, args.toArray(new String[0]));
        }
        if (rc != 0) {
            throw new CompilationFailed("javac failed (exit " + rc + ") for " + sources + ":\n"
                    + diagnostics.toString(StandardCharsets.UTF_8));
        }
        return outputDir;
    }

    /** Writes {@code text} to {@code dir/fileName} (creating {@code dir}) and returns the file. */
    public static Path writeSource(Path dir, String fileName, String text) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
