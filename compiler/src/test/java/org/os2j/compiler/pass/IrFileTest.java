package org.os2j.compiler.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.os2j.compiler.conformance.JavaSourceCompiler;
import org.os2j.compiler.conformance.TestProgram;
import org.os2j.compiler.driver.Compiler;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.IrPrinter;
import org.os2j.compiler.ir.IrReader;
import org.os2j.compiler.ir.IrVerifier;

/**
 * IR file tests, one folder per pass under {@code src/test/resources/ir/}: each {@code .ir} file
 * holds comment lines saying what it checks, an input function, the line
 * {@code ; ---- after PASS}, and the expected output of that pass. The input must verify and read
 * back to the same text (which tests {@link IrReader}); the output must verify and match. A pass
 * that consults the whole program gets the closed world of the test program a {@code ; world:}
 * line names (a path under {@code src/test/programs}). Functions after the first are the rest of
 * the program a whole-program step is prepared with (callees); only the first is transformed.
 *
 * <p>After an intended change of a pass, {@code scripts/bless-ir-tests} rewrites the expected
 * sections from the current output (then review the diff).
 */
class IrFileTest {
    static final Path ROOT = Path.of("src/test/resources/ir");
    private static final String MARKER = "; ---- after ";

    @org.junit.jupiter.api.Test
    void everyPassHasFileTests() throws IOException {
        List<String> names = new java.util.ArrayList<>(Pipeline.WHOLE_PROGRAM_STEPS);
        names.addAll(Pipeline.PASSES);
        for (String name : names) {
            Path folder = ROOT.resolve(name);
            try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
                assertEquals(true, files.anyMatch(file -> file.toString().endsWith(".ir")), "no IR file tests for " + name);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> passes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(path -> path.toString().endsWith(".ir")).sorted().toList();
        }
        boolean bless = Boolean.getBoolean("os2j.bless");
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
            String text = Files.readString(file);
            int marker = text.indexOf(MARKER);
            if (marker < 0) {
                throw new AssertionError(file + " has no line '" + MARKER + "PASS'");
            }
            String input = text.substring(0, marker);
            int lineEnd = text.indexOf('\n', marker);
            String passName = text.substring(marker + MARKER.length(), lineEnd).strip();
            String expected = text.substring(lineEnd + 1);
            assertEquals(file.getParent().getFileName().toString(), passName, "folder names the pass");

            List<Function> functions = readFunctions(withoutComments(input));
            Function function = functions.get(0);
            StringBuilder readBack = new StringBuilder();
            for (Function each : functions) {
                IrVerifier.verify(each);
                readBack.append(IrPrinter.format(each));
            }
            assertEquals(withoutComments(input), readBack.toString(), "the input reads back as written");
            String world = headerValue(input, WORLD);
            if (world == null) {
                Pass pass = Pipeline.named(passName);
                pass.prepare(functions);
                pass.run(function);
            } else {
                try (Compiler.Analysis analysis = analyze(world)) {
                    Pass pass = Pipeline.create(passName, analysis.context());
                    pass.prepare(functions);
                    pass.run(function);
                }
            }
            IrVerifier.verify(function);
            String actual = IrPrinter.format(function);
            if (bless) {
                Files.writeString(file, input + MARKER + passName + "\n" + actual);
            } else {
                assertEquals(expected, actual, file + " (re-record with scripts/bless-ir-tests)");
            }
        }));
    }

    /** A header line naming the program whose closed world a pass consults: a path under src/test/programs. */
    private static final String WORLD = "; world: ";

    private static String headerValue(String text, String prefix) {
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    /** The closed world of a test program, compiled by javac into a temporary directory. */
    private static Compiler.Analysis analyze(String program) throws Exception {
        Path source = TestProgram.programsDirectory().resolve(program);
        Path classes = Files.createTempDirectory("os2j-ir-world-");
        JavaSourceCompiler.compile(classes, source);
        String main = source.getFileName().toString().replace(".java", "");
        return Compiler.analyze(List.of(classes), main);
    }

    /**
     * The functions of the input: the first is the one the pass transforms (and whose output is
     * expected); the others are the rest of the world a whole-program step sees (callees).
     */
    private static List<Function> readFunctions(String text) {
        List<Function> functions = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int next = text.indexOf("\nfunction ", start);
            int end = next < 0 ? text.length() : next + 1;
            functions.add(IrReader.read(text.substring(start, end)));
            start = end;
        }
        return functions;
    }

    private static String withoutComments(String text) {
        StringBuilder result = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith(";")) {
                result.append(line).append('\n');
            }
        }
        return result.toString();
    }
}
