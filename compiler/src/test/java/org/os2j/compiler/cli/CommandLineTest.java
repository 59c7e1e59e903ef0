package org.os2j.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.os2j.compiler.conformance.JavaSourceCompiler;
import org.os2j.compiler.conformance.ProgramRunner;

/**
 * The command line as a user meets it: {@code org.os2j.compiler.cli.Main.run(out, err, args...)}
 * with captured streams. Usage errors exit 2 with usage on stderr; user errors (missing class or
 * method, unsupported construct) exit 1 with a short message naming the use site, never a Java
 * stack trace, and leave no output file behind.
 */
class CommandLineTest {
    /** Marks the line a diagnostic must name in the sources below. */
    private static final String MARK = "// <-";
    /** "ONE line (or a few)": more than this is a dump, not a message. */
    private static final int MAX_ERROR_LINES = 5;

    @TempDir
    Path tmp;

    // ------------------------------------------------------------------ help, version, usage

    @Test
    void helpExitsZeroAndListsTheCompileCommand() {
        Outcome r = cli("--help");
        assertEquals(0, r.exit, r.describe());
        assertTrue(r.out.contains("compile"), "usage on stdout must mention the compile command\n" + r.describe());
        assertNoStackTrace(r);
    }

    @Test
    void compileHelpExitsZeroAndListsItsOptions() {
        Outcome r = cli("compile", "--help");
        assertEquals(0, r.exit, r.describe());
        for (String option : List.of("--classpath", "--main", "--output")) {
            assertTrue(r.out.contains(option), "compile --help must list " + option + "\n" + r.describe());
        }
        assertNoStackTrace(r);
    }

    @Test
    void versionExitsZeroAndPrintsAVersion() {
        Outcome r = cli("--version");
        assertEquals(0, r.exit, r.describe());
        assertTrue(r.out.matches("(?s).*\\d+(\\.\\d+)*.*"), "--version must print a version\n" + r.describe());
        assertNoStackTrace(r);
    }

    @Test
    void unknownOptionOfCompileIsAUsageError() {
        Outcome r = cli("compile", "--frobnicate");
        assertUsageError(r);
    }

    @Test
    void unknownOptionBesideValidOptionsIsNamed() {
        Path output = tmp.resolve("a.out");
        Outcome r = cli("compile", "--frobnicate", "--classpath", tmp.toString(), "--main", "Hello",
                "--output", output.toString());
        assertUsageError(r, "--frobnicate");
        assertFalse(Files.exists(output), "a usage error must not compile anything");
    }

    @Test
    void maximumHeapSizeThatIsNotASizeIsAUsageError() {
        Path output = tmp.resolve("a.out");
        for (String value : new String[] {"lots", "12q", "100k"}) {
            Outcome r = cli("compile", "--max-heap-size=" + value, "--classpath", tmp.toString(), "--main", "Hello",
                    "--output", output.toString());
            assertUsageError(r, "--max-heap-size");
            assertTrue(r.err.contains("'" + value + "'"), "the message must quote the value\n" + r.describe());
            assertFalse(Files.exists(output), "a usage error must not compile anything");
        }
    }

    @Test
    void unknownTopLevelOptionIsAUsageError() {
        Outcome r = cli("--frobnicate");
        assertUsageError(r, "--frobnicate");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Outcome r = cli("compile", "--classpath", tmp.toString(), "--output", tmp.resolve("a.out").toString());
        assertEquals(2, r.exit, "compile without --main is a usage error\n" + r.describe());
        assertTrue(r.err.contains("--main"), "the message must name the missing option\n" + r.describe());
        assertNoStackTrace(r);
        assertFalse(Files.exists(tmp.resolve("a.out")));
    }

    // ------------------------------------------------------------------ user errors

    @Test
    void missingMainClassNamesTheClass() throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Path output = outDir.resolve("prog");
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", "NoSuchMainClass",
                "--output", output.toString());
        assertUserError(r, outDir, "NoSuchMainClass");
    }

    @Test
    void mainClassWithoutMainMethodNamesTheClassAndMain() throws IOException {
        Path classes = compile("nomain", "NoMain.java", """
                public class NoMain {
                    static int helper(int x) {
                        return x + 1;
                    }
                }
                """);
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", "NoMain",
                "--output", outDir.resolve("prog").toString());
        assertUserError(r, outDir, "NoMain", "main");
    }

    @Test
    void classFilesNewerThanJava17NameBothReleases() throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        byte[] bytes = Files.readAllBytes(classes.resolve("Hello.class"));
        bytes[6] = 0;
        bytes[7] = 66; // Java 22
        Files.write(classes.resolve("Hello.class"), bytes);
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Outcome r = cli("compile", "-cp", classes.toString(), "--main", "Hello", "-o", outDir.resolve("prog").toString());
        assertUserError(r, outDir, "Hello", "Java 22", "version 66", "Java 17");
    }

    @Test
    void outputInAMissingDirectoryIsAnError() throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        Path missing = tmp.resolve("no/such/dir");
        Outcome r = cli("compile", "-cp", classes.toString(), "--main", "Hello", "-o", missing.resolve("prog").toString());
        assertEquals(1, r.exit, r.describe());
        assertTrue(r.err.contains("cannot write " + missing.resolve("prog")) && r.err.contains("no such directory"),
                r.describe());
        assertFalse(Files.exists(tmp.resolve("no")), "the compiler created directories");
    }

    /** -o naming a pipe or device (/dev/null) writes into it, as other compilers do, instead of replacing it. */
    @Test
    void outputToAPipeWritesIntoIt() throws Exception {
        assumeTrue(ProgramRunner.toolAvailable("mkfifo"), "mkfifo is not installed");
        Path classes = compile("hello", "Hello.java", HELLO);
        Path fifo = tmp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Outcome r = cli("compile", "-cp", classes.toString(), "--main", "Hello", "-o", fifo.toString());
        assertEquals(0, r.exit, r.describe());
        byte[] bytes = read.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(bytes.length > 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F',
                "the executable went through the pipe");
        assertFalse(Files.isRegularFile(fifo), "the pipe was replaced by a file");
    }

    @Test
    void jdkNativeWithoutSubstitutionNamesItAndThePathFromMain() throws IOException {
        Path classes = compile("locks", "Locks.java", """
                public class Locks {
                    public static void main(String[] args) {
                        Object lock = new Object();
                        System.out.println(Thread.holdsLock(lock)); // <- Thread.holdsLock is native; no substitution yet
                    }
                }
                """);
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Outcome r = cli("compile", "-cp", classes.toString(), "--main", "Locks", "-o",
                outDir.resolve("prog").toString());
        assertUserError(r, outDir, "native method java.lang.Thread.holdsLock(Ljava/lang/Object;)Z has no os2j implementation",
                "Locks.main");
    }

    @Test
    void missingClassNamesTheClassAndTheUseSite() throws IOException {
        Path classes = compile("caller", List.of(new Source("Caller.java", CALLER), new Source("Helper.java", HELPER)));
        Files.delete(classes.resolve("Helper.class"));
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", "Caller",
                "--output", outDir.resolve("prog").toString());
        assertUserError(r, outDir, "Helper", "Caller", "main", "Caller.java:" + markedLine(CALLER));
    }

    @Test
    void missingMethodNamesTheMethodAndTheUseSite() throws IOException {
        Path classes = compile("caller", List.of(new Source("Caller.java", CALLER), new Source("Helper.java", HELPER)));
        // Replace Helper by a version without greet(int): Caller.class still calls it.
        Path helperV2 = compile("helper2", "Helper.java", """
                public class Helper {
                    public static void wave(int n) {
                        System.out.println(n);
                    }
                }
                """);
        Files.copy(helperV2.resolve("Helper.class"), classes.resolve("Helper.class"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", "Caller",
                "--output", outDir.resolve("prog").toString());
        assertUserError(r, outDir, "greet", "Helper", "Caller", "main", "Caller.java:" + markedLine(CALLER));
    }

    static Stream<Arguments> unsupportedPrograms() {
        return Stream.of(
                Arguments.of("UsesNative", "main", """
                        public class UsesNative {
                            static native int poke(int value);

                            public static void main(String[] args) {
                                System.out.println(poke(args.length)); // <- a native method of the program itself
                            }
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedPrograms")
    void unsupportedConstructNamesMethodAndLine(String className, String method, String source) throws IOException {
        Path classes = compile(className, className + ".java", source);
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", className,
                "--output", outDir.resolve(className).toString());
        assertUserError(r, outDir, className, method, className + ".java:" + markedLine(source));
    }

    // ------------------------------------------------------------------ successful compiles

    @Test
    void compiledExecutableRunsLikeHotSpot() throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        Path output = tmp.resolve("out").resolve("hello");
        Files.createDirectories(output.getParent());
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", "Hello",
                "--output", output.toString(), "--target", "linux");
        assertEquals(0, r.exit, r.describe());
        assertNoStackTrace(r);
        assertTrue(Files.isRegularFile(output), "no executable at " + output + "\n" + r.describe());
        assertTrue(Files.isExecutable(output), output + " is not executable");

        ProgramRunner.Result expected = ProgramRunner.runOnHotSpot(classes, "Hello", List.of("x", "yz"), tmp,
                ProgramRunner.DEFAULT_TIMEOUT);
        ProgramRunner.Result actual = ProgramRunner.runExecutable(output, List.of("x", "yz"), tmp,
                ProgramRunner.DEFAULT_TIMEOUT);
        assertEquals(expected.stdoutText(), actual.stdoutText(), actual.describe());
        assertEquals(expected.exitCode(), actual.exitCode(), actual.describe());
    }

    /** --print-reachable: the counts, every class, and each method with the path from a root that reached it. */
    @Test
    void printReachableShowsWhyEachMethodIsCompiled() throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        Path output = tmp.resolve("out").resolve("hello");
        Files.createDirectories(output.getParent());
        Outcome r = cli("compile", "-cp", classes.toString(), "--main", "Hello", "-o", output.toString(),
                "--print-reachable");
        assertEquals(0, r.exit, r.describe());
        List<String> lines = r.out.lines().toList();
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("(\\d+) reachable classes, (\\d+) reachable methods")
                .matcher(lines.get(0));
        assertTrue(counts.matches(), lines.get(0));
        int classCount = Integer.parseInt(counts.group(1));
        int methodCount = Integer.parseInt(counts.group(2));
        assertEquals(classCount, lines.stream().filter(line -> line.startsWith("class ")).count());
        assertEquals(methodCount, lines.size() - 1 - classCount);
        assertTrue(lines.contains("class Hello"), r.describe());
        assertTrue(lines.contains("Hello.main([Ljava/lang/String;)V"), "main is a root:\n" + r.describe());
        assertTrue(lines.contains("java.lang.String.length()I <- Hello.main([Ljava/lang/String;)V"), r.describe());
        assertTrue(lines.stream().anyMatch(line -> line.split(" <- ").length >= 3
                && line.endsWith(" <- Hello.main([Ljava/lang/String;)V")), "a path of several steps ends at main");
    }

    /** --print-initialization and --initialize-at-run-time: the rule, its reasons, and the override. */
    @Test
    void printInitializationShowsWhenEachClassIsInitialized() throws IOException {
        Path classes = compile("init", "Init.java", """
                public class Init {
                    static class Pure { static final int[] TABLE = {1, 2, 3}; }
                    static class Loud { static final int X; static { System.out.println("loud"); X = 1; } }
                    static class Mutable { static int value = 1; }
                    static class Reader { static final int SEEN = Mutable.value; }
                    static class Forced { static final int[] TABLE = {4}; }
                    public static void main(String[] args) {
                        System.out.println(Pure.TABLE[2] + Loud.X + Reader.SEEN + Forced.TABLE[0]);
                    }
                }
                """);
        Path output = tmp.resolve("out").resolve("init");
        Files.createDirectories(output.getParent());
        Outcome r = cli("compile", "-cp", classes.toString(), "--main", "Init", "-o", output.toString(),
                "--print-initialization", "--initialize-at-run-time=Init$Forced");
        assertEquals(0, r.exit, r.describe());
        List<String> lines = r.out.lines().toList();
        assertTrue(lines.contains("Init$Pure: build time"), r.describe());
        assertTrue(lines.contains("Init$Loud: run time: reads java.lang.System.out, of a class initialized at run time"),
                r.describe());
        assertTrue(lines.contains("Init$Reader: run time: reads Init$Mutable.value, a static the program may change first"),
                r.describe());
        assertTrue(lines.contains("Init$Forced: run time: requested (--initialize-at-run-time)"), r.describe());
        assertTrue(lines.contains("java.lang.String: build time"), r.describe());
        assertTrue(lines.contains("java.lang.System: run time: its static state is set at start-up"), r.describe());
    }

    @Test
    void readelfReportsAStaticElf64ExecutableForX8664() throws IOException {
        assumeTrue(ProgramRunner.toolAvailable("readelf"), "readelf is not installed");
        Path output = compileHelloThroughCli("hello");
        ProgramRunner.Result header = ProgramRunner.run(List.of("readelf", "-h", output.toString()), tmp);
        assertEquals(0, header.exitCode(), header.describe());
        String text = header.stdoutText();
        assertTrue(text.contains("ELF64"), "not ELF64:\n" + text);
        assertTrue(text.contains("EXEC"), "not an ET_EXEC executable:\n" + text);
        assertTrue(text.contains("X86-64"), "not x86-64:\n" + text);
        // Static: no program interpreter, no dynamic section.
        ProgramRunner.Result segments = ProgramRunner.run(List.of("readelf", "-l", output.toString()), tmp);
        assertEquals(0, segments.exitCode(), segments.describe());
        assertFalse(segments.stdoutText().contains("INTERP"), "the executable asks for a dynamic loader:\n"
                + segments.stdoutText());
        assertFalse(segments.stdoutText().contains("DYNAMIC"), "the executable is dynamically linked:\n"
                + segments.stdoutText());
    }

    @Test
    void objdumpDisassemblyNamesMain() throws IOException {
        assumeTrue(ProgramRunner.toolAvailable("objdump"), "objdump is not installed");
        Path output = compileHelloThroughCli("hello");
        ProgramRunner.Result dump = ProgramRunner.run(List.of("objdump", "-d", output.toString()), tmp);
        assertEquals(0, dump.exitCode(), dump.describe());
        assertTrue(dump.stdoutText().contains("main"),
                "objdump -d does not name main:\n" + ProgramRunner.abbreviate(dump.stdoutText(), 3000));
    }

    @Test
    void buildsAreDeterministic() throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        Path first = tmp.resolve("first").resolve("hello");
        Path second = tmp.resolve("second").resolve("hello");
        Files.createDirectories(first.getParent());
        Files.createDirectories(second.getParent());
        Outcome r1 = cli("compile", "--classpath", classes.toString(), "--main", "Hello", "--output", first.toString());
        assertEquals(0, r1.exit, r1.describe());
        Outcome r2 = cli("compile", "--classpath", classes.toString(), "--main", "Hello", "--output", second.toString());
        assertEquals(0, r2.exit, r2.describe());
        long mismatch = Files.mismatch(first, second);
        assertEquals(-1L, mismatch, "two compiles of the same program differ at byte " + mismatch);
    }

    @Test
    void shortOptionsAndAColonSeparatedClassPath() throws IOException {
        Path helperDir = compile("helper", "Helper.java", HELPER);
        Path callerDir = tmp.resolve("caller-classes");
        JavaSourceCompiler.compile(callerDir, List.of(helperDir),
                List.of(JavaSourceCompiler.writeSource(tmp.resolve("caller-src"), "Caller.java", CALLER)));
        Path output = tmp.resolve("caller.exe");
        Outcome r = cli("compile", "-cp", callerDir + ":" + helperDir, "--main", "Caller", "-o", output.toString());
        assertEquals(0, r.exit, r.describe());
        assertTrue(Files.isRegularFile(output), "no executable at " + output);

        ProgramRunner.Result expected = ProgramRunner.run(List.of(ProgramRunner.javaLauncher().toString(),
                "-cp", callerDir + ":" + helperDir, "Caller"), tmp);
        ProgramRunner.Result actual = ProgramRunner.runExecutable(output, List.of(), tmp, ProgramRunner.DEFAULT_TIMEOUT);
        assertEquals(expected.stdoutText(), actual.stdoutText(), actual.describe());
        assertEquals(expected.exitCode(), actual.exitCode(), actual.describe());
    }

    @Test
    void dumpIrPrintsTheChosenMethod() throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        Path output = tmp.resolve("hello.exe");
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", "Hello", "--output", output.toString(),
                "--dump-ir=Hello.main");
        assertEquals(0, r.exit, r.describe());
        assertNoStackTrace(r);
        assertFalse(r.out.isBlank(), "--dump-ir printed nothing\n" + r.describe());
        assertTrue(r.out.contains("main"), "the IR dump does not name the chosen method\n" + r.describe());
    }

    // ------------------------------------------------------------------ sources

    private static final String HELLO = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("hello from os2j");
                    for (int i = 0; i < args.length; i++) {
                        System.out.println(i + ": " + args[i] + " (" + args[i].length() + ")");
                    }
                    int sum = 0;
                    for (int i = 1; i <= 100; i++) {
                        sum += i * i;
                    }
                    System.out.println("sum of squares = " + sum);
                }
            }
            """;

    private static final String CALLER = """
            public class Caller {
                public static void main(String[] args) {
                    System.out.println("before the call");
                    Helper.greet(args.length + 3); // <- use site
                    System.out.println("after the call");
                }
            }
            """;

    private static final String HELPER = """
            public class Helper {
                public static void greet(int n) {
                    for (int i = 0; i < n; i++) {
                        System.out.println("greeting " + i);
                    }
                }
            }
            """;

    // ------------------------------------------------------------------ helpers

    private record Source(String fileName, String text) {
    }

    /** The captured result of one {@code Main.run}. */
    record Outcome(List<String> args, int exit, String out, String err) {
        String describe() {
            return "os2j " + String.join(" ", args) + "\n  exit " + exit
                    + "\n  --- stdout ---\n" + ProgramRunner.abbreviate(out, 3000)
                    + "\n  --- stderr ---\n" + ProgramRunner.abbreviate(err, 3000);
        }
    }

    /** Runs {@code Main.run} with captured streams. */
    static Outcome cli(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
             PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8)) {
            exit = Main.run(out, err, args.clone());
        }
        return new Outcome(List.of(args), exit, outBytes.toString(StandardCharsets.UTF_8),
                errBytes.toString(StandardCharsets.UTF_8));
    }

    private Path compileHelloThroughCli(String name) throws IOException {
        Path classes = compile("hello", "Hello.java", HELLO);
        Path output = tmp.resolve(name + "-out").resolve(name);
        Files.createDirectories(output.getParent());
        Outcome r = cli("compile", "--classpath", classes.toString(), "--main", "Hello", "--output", output.toString());
        assertEquals(0, r.exit, r.describe());
        assertTrue(Files.isRegularFile(output), "no executable at " + output + "\n" + r.describe());
        return output;
    }

    private Path compile(String label, String fileName, String text) throws IOException {
        return compile(label, List.of(new Source(fileName, text)));
    }

    /** Writes the sources into {@code tmp/label-src} and compiles them into {@code tmp/label-classes}. */
    private Path compile(String label, List<Source> sources) throws IOException {
        Path srcDir = tmp.resolve(label + "-src");
        Path classDir = tmp.resolve(label + "-classes");
        Path[] files = sources.stream()
                .map(s -> JavaSourceCompiler.writeSource(srcDir, s.fileName(), s.text()))
                .toArray(Path[]::new);
        return JavaSourceCompiler.compile(classDir, files);
    }

    /** The 1-based line of the single line holding {@link #MARK}. */
    static int markedLine(String source) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(MARK)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no " + MARK + " in\n" + source);
    }

    /** Exit 2, usage on stderr naming every one of {@code mentions}, no stack trace. */
    private static void assertUsageError(Outcome r, String... mentions) {
        assertEquals(2, r.exit, "a usage error exits 2\n" + r.describe());
        for (String mention : mentions) {
            assertTrue(r.err.contains(mention), "stderr must name " + mention + "\n" + r.describe());
        }
        assertTrue(r.err.toLowerCase(Locale.ROOT).contains("usage"), "usage must be printed on stderr\n" + r.describe());
        assertNoStackTrace(r);
    }

    /**
     * Exit 1; stderr is a short message naming every one of {@code mentions}; no stack trace; and
     * {@code outputDir} (empty before the compile) is still empty: no output, no temporary files.
     */
    private static void assertUserError(Outcome r, Path outputDir, String... mentions) throws IOException {
        assertEquals(1, r.exit, "a user error exits 1\n" + r.describe());
        assertFalse(r.err.isBlank(), "the error must be reported on stderr\n" + r.describe());
        for (String mention : mentions) {
            assertTrue(r.err.contains(mention), "stderr must name " + mention + "\n" + r.describe());
        }
        assertNoStackTrace(r);
        long lines = r.err.lines().filter(l -> !l.isBlank()).count();
        assertTrue(lines <= MAX_ERROR_LINES, "the error should be one line or a few, not " + lines + "\n" + r.describe());
        try (Stream<Path> left = Files.list(outputDir)) {
            List<Path> files = left.toList();
            assertTrue(files.isEmpty(), "a failed compile left files behind: " + files);
        }
    }

    private static void assertNoStackTrace(Outcome r) {
        for (String stream : List.of(r.out, r.err)) {
            assertFalse(stream.contains("\tat "), "a Java stack trace was printed\n" + r.describe());
            assertFalse(stream.contains("Exception in thread"), "an exception escaped\n" + r.describe());
        }
    }
}
