package org.os2j.compiler.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;
import org.os2j.compiler.driver.Target;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code os2j compile}: class files to a native executable. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        customSynopsis = "os2j compile -cp PATH --main CLASS -o FILE [--target linux|kernel] [--print-reachable] [--print-initialization] [--initialize-at-run-time CLASS,...] [--dump-ir FILTER]",
        description = "Compile a Java program (its main class and everything it reaches) to an executable.",
        footerHeading = "%n", footer = {
            "Example:",
            "  javac -d out examples/Hello.java",
            "  os2j compile -cp out --main Hello -o hello && ./hello",
            "",
            "Exit status: 0 compiled; 1 the program cannot be compiled (one line names",
            "what and where); 2 bad command line (the usage is printed)."})
final class CompileCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-cp", "--classpath"}, required = true, paramLabel = "PATH",
            description = "Directories and jars holding the program's classes, separated by ':'.")
    String classPath;

    @Option(names = "--main", required = true, paramLabel = "CLASS",
            description = "The class whose public static void main(String[]) starts the program.")
    String mainClass;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The executable to write.")
    Path output;

    @Option(names = "--target", defaultValue = "linux", paramLabel = "TARGET",
            description = "What to produce: linux, a static Linux x86-64 executable (the default); "
                    + "kernel, a Multiboot kernel image whose main runs on the bare machine.")
    Target target;

    @Option(names = "--print-reachable",
            description = "Print every reachable class and method, each method with the first path that reached it.")
    boolean printReachable;

    @Option(names = "--print-initialization",
            description = "Print, for every class with something to initialize, whether its static initializer ran at build time"
                    + " (its objects are in the executable) or runs at run time, and why.")
    boolean printInitialization;

    @Option(names = "--initialize-at-run-time", paramLabel = "CLASS", split = ",",
            description = "Classes (binary names, comma-separated) whose static initializers run at run time even when"
                    + " they could run at build time.")
    List<String> initializeAtRunTime = new ArrayList<>();

    @Option(names = "--max-heap-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "The executable's default maximum heap (as HotSpot's -Xmx): bytes, or with k, m or g, as in"
                    + " 512m. Without it, a quarter of the physical memory. The environment variable"
                    + " OS2J_MAX_HEAP_SIZE overrides it when the program runs.")
    long maximumHeapSize;

    @Option(names = "--dump-ir", paramLabel = "FILTER",
            description = "Print the IR after every pass of the methods whose symbol contains FILTER.")
    String dumpIr;

    @Override
    public Integer call() {
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        var out = new java.io.PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true);
        try {
            java.util.Set<String> atRunTime = new java.util.HashSet<>();
            for (String name : initializeAtRunTime) {
                atRunTime.add(name.strip().replace('.', '/'));
            }
            Compiler.compile(new CompileOptions(entries, mainClass, output, target, dumpIr, out, printReachable,
                    printInitialization, atRunTime, maximumHeapSize));
            out.flush();
            return 0;
        } catch (CompileError e) {
            out.flush();
            spec.commandLine().getErr().println("os2j: error: " + e.getMessage());
            return 1;
        } catch (RuntimeException | Error e) { // A compiler bug: one line, not a stack trace, unless asked.
            out.flush();
            spec.commandLine().getErr().println("os2j: internal compiler error while compiling " + mainClass + ": " + e
                    + (Boolean.getBoolean("os2j.stacktrace") ? "" : " (set -Dos2j.stacktrace=true for details)"));
            if (Boolean.getBoolean("os2j.stacktrace")) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            return 1;
        }
    }

    /** A size in bytes: digits with an optional k, m or g (KiB, MiB, GiB), as HotSpot's -Xmx takes it. */
    static final class SizeConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("([0-9]{1,12})([kKmMgG]?)").matcher(value);
            if (!matcher.matches()) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a size (digits with an optional k, m or g, as in 512m)");
            }
            int shift = switch (matcher.group(2).toLowerCase(java.util.Locale.ROOT)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            long size = Long.parseLong(matcher.group(1)) << shift;
            if (size < (1L << 20)) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is less than 1m");
            }
            return size;
        }
    }

    /** Lets the IR dump go through picocli's configured output writer. */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final java.io.PrintWriter writer;

        WriterOutputStream(java.io.PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b);
        }

        @Override
        public void flush() {
            writer.flush();
        }
    }
}
