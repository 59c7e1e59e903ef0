package org.os2j.compiler.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One differential test program: {@code src/test/programs/<family>/<Name>.java}, a package-less
 * class {@code Name} with {@code public static void main(String[])}, in the folder of its family
 * (objects, interfaces, exceptions, ...; a short program per rule, and whole programs in
 * {@code programs/}). An optional first line {@code // args: a b c} gives its command-line
 * arguments (split on white space); a file {@code Name.stdin} beside it is its standard input
 * (else the input is empty). Names are unique across families.
 */
public record TestProgram(String name, String family, Path source, List<String> args) {
    /** Relative to the compiler module. */
    static final String PROGRAMS_DIR = "src/test/programs";
    private static final String ARGS_PREFIX = "// args:";

    public static TestProgram load(Path source) {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - ".java".length());
        return new TestProgram(name, source.getParent().getFileName().toString(), source, parseArgs(source));
    }

    /** The program's standard input, {@code Name.stdin} beside the source, or null when there is none. */
    public Path stdin() {
        Path input = source.resolveSibling(name + ".stdin");
        return Files.isRegularFile(input) ? input : null;
    }

    static List<String> parseArgs(Path source) {
        String firstLine;
        try (Stream<String> lines = Files.lines(source, StandardCharsets.UTF_8)) {
            firstLine = lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String trimmed = firstLine.strip();
        if (!trimmed.startsWith(ARGS_PREFIX)) {
            return List.of();
        }
        String rest = trimmed.substring(ARGS_PREFIX.length()).strip();
        return rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
    }

    /**
     * The directory of test programs: {@code ${basedir}/src/test/programs} when Maven sets
     * {@code basedir}, else searched from the working directory (module or project root).
     */
    public static Path programsDirectory() {
        List<Path> candidates = new ArrayList<>();
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            candidates.add(Path.of(basedir).resolve(PROGRAMS_DIR));
        }
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        candidates.add(cwd.resolve(PROGRAMS_DIR));
        candidates.add(cwd.resolve("compiler").resolve(PROGRAMS_DIR));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("test programs not found; looked in " + candidates);
    }

    /** All programs, sorted by family and name. */
    public static List<TestProgram> all() {
        List<TestProgram> programs;
        try (Stream<Path> files = Files.walk(programsDirectory())) {
            programs = files.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(Files::isRegularFile)
                    .map(TestProgram::load)
                    .sorted(Comparator.comparing(TestProgram::family).thenComparing(TestProgram::name))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new java.util.HashSet<>();
        for (TestProgram program : programs) {
            if (!names.add(program.name())) {
                throw new IllegalStateException("two test programs are named " + program.name());
            }
        }
        return programs;
    }

    /**
     * The programs chosen by {@code -Dos2j.programs=Name1,family,Name2} (names or whole families;
     * all when the property is unset or blank). Naming a program that does not exist is an error, so a typo cannot pass silently.
     */
    public static List<TestProgram> selected() {
        List<TestProgram> all = all();
        String property = System.getProperty("os2j.programs", "").strip();
        if (property.isEmpty()) {
            return all;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : property.split("[,\\s]+")) {
            if (!name.isEmpty()) {
                wanted.add(name.endsWith(".java") ? name.substring(0, name.length() - 5) : name);
            }
        }
        Set<String> known = all.stream().map(TestProgram::name).collect(Collectors.toSet());
        all.forEach(program -> known.add(program.family()));
        List<String> unknown = wanted.stream().filter(n -> !known.contains(n)).collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("-Dos2j.programs names unknown programs " + unknown
                    + "; known: " + Arrays.toString(known.stream().sorted().toArray()));
        }
        return all.stream().filter(p -> wanted.contains(p.name()) || wanted.contains(p.family()))
                .collect(Collectors.toList());
    }
}
