package org.os2j.compiler.driver;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One compilation: the user class path (directories and jars), the class whose
 * {@code public static void main(String[])} starts the program, the output file and the target.
 * {@code dumpIrFilter}, when not null, selects methods whose IR is printed to {@code dumpOut}
 * after every pass (a substring of {@code owner.name} or {@code owner.name+descriptor});
 * {@code printReachable} prints every reachable method there with the first path that reached it;
 * {@code printInitialization} prints when each class is initialized (heap/BuildTimeInitialization);
 * {@code initializeAtRunTime} names classes (binary names) to initialize at run time whatever their initializer;
 * {@code maximumHeapSize} is the executable's default maximum heap in bytes (0: a quarter of the
 * physical memory; the OS2J_MAX_HEAP_SIZE environment variable overrides it at run time).
 */
public record CompileOptions(List<Path> classPath, String mainClass, Path output, Target target,
                             String dumpIrFilter, PrintStream dumpOut, boolean printReachable,
                             boolean printInitialization, java.util.Set<String> initializeAtRunTime,
                             long maximumHeapSize) {
    public CompileOptions {
        if (maximumHeapSize < 0) {
            throw new IllegalArgumentException("maximumHeapSize " + maximumHeapSize);
        }
        classPath = List.copyOf(classPath);
        initializeAtRunTime = java.util.Set.copyOf(initializeAtRunTime);
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(target, "target");
    }

    public CompileOptions(List<Path> classPath, String mainClass, Path output, Target target, String dumpIrFilter,
                          PrintStream dumpOut) {
        this(classPath, mainClass, output, target, dumpIrFilter, dumpOut, false, false, java.util.Set.of(), 0);
    }

    public static CompileOptions linux(List<Path> classPath, String mainClass, Path output) {
        return new CompileOptions(classPath, mainClass, output, Target.LINUX, null, System.out);
    }
}
