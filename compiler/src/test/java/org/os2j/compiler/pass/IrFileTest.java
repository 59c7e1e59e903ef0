package org.os2j.compiler.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.IrPrinter;
import org.os2j.compiler.ir.IrReader;
import org.os2j.compiler.ir.IrVerifier;

/**
 * IR file tests, one folder per pass under {@code src/test/resources/ir/}: each {@code .ir} file
 * holds comment lines saying what it checks, an input function, the line
 * {@code ; ---- after PASS}, and the expected output of that pass. The input must verify and read
 * back to the same text (which tests {@link IrReader}); the output must verify and match.
 *
 * <p>After an intended change of a pass, {@code scripts/bless-ir-tests} rewrites the expected
 * sections from the current output (then review the diff).
 */
class IrFileTest {
    static final Path ROOT = Path.of("src/test/resources/ir");
    private static final String MARKER = "; ---- after ";

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

            Function function = IrReader.read(input);
            IrVerifier.verify(function);
            assertEquals(withoutComments(input), IrPrinter.format(function), "the input reads back as written");
            Pipeline.named(passName).run(function);
            IrVerifier.verify(function);
            String actual = IrPrinter.format(function);
            if (bless) {
                Files.writeString(file, input + MARKER + passName + "\n" + actual);
            } else {
                assertEquals(expected, actual, file + " (re-record with scripts/bless-ir-tests)");
            }
        }));
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
