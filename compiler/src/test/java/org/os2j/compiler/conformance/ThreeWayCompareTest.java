package org.os2j.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;

/**
 * lcmp, fcmpl, fcmpg, dcmpl and dcmpg whose -1/0/1 result is returned as a value, which javac never
 * emits (it always branches on them, and those pairs are fused into one branch): a class built
 * with ASM holds one method per instruction, a javac-compiled main prints their results for
 * NaN, infinities, signed zeros and ordinary values, and HotSpot is the oracle.
 */
class ThreeWayCompareTest {
    private static final String MAIN = """
            public class CompareMain {
                public static void main(String[] args) {
                    double[] values = {Double.NEGATIVE_INFINITY, -2.5, -0.0, 0.0, 1e-320, 3.0, Double.POSITIVE_INFINITY,
                        Double.NaN};
                    long[] longs = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
                    for (double a : values) {
                        StringBuilder line = new StringBuilder();
                        for (double b : values) {
                            line.append(ThreeWay.dcmpl(a, b)).append(',').append(ThreeWay.dcmpg(a, b)).append(',')
                                    .append(ThreeWay.fcmpl((float) a, (float) b)).append(',')
                                    .append(ThreeWay.fcmpg((float) a, (float) b)).append(' ');
                        }
                        System.out.println(line.toString());
                    }
                    for (long a : longs) {
                        for (long b : longs) {
                            System.out.print(ThreeWay.lcmp(a, b) + " ");
                        }
                    }
                    System.out.println();
                }
            }
            """;

    private static byte[] threeWayClass() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "ThreeWay", null, "java/lang/Object", null);
        method(writer, "dcmpl", "(DD)I", Opcodes.DLOAD, 2, Opcodes.DCMPL);
        method(writer, "dcmpg", "(DD)I", Opcodes.DLOAD, 2, Opcodes.DCMPG);
        method(writer, "fcmpl", "(FF)I", Opcodes.FLOAD, 1, Opcodes.FCMPL);
        method(writer, "fcmpg", "(FF)I", Opcodes.FLOAD, 1, Opcodes.FCMPG);
        method(writer, "lcmp", "(JJ)I", Opcodes.LLOAD, 2, Opcodes.LCMP);
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static void method(ClassWriter writer, String name, String descriptor, int load, int secondSlot,
                               int compare) {
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, descriptor, null, null);
        method.visitCode();
        method.visitVarInsn(load, 0);
        method.visitVarInsn(load, secondSlot);
        method.visitInsn(compare);
        method.visitInsn(Opcodes.IRETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    @Test
    void threeWayResultsMatchHotSpot(@TempDir Path dir) throws IOException, CompileError {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve("ThreeWay.class"), threeWayClass());
        Path source = JavaSourceCompiler.writeSource(dir, "CompareMain.java", MAIN);
        JavaSourceCompiler.compile(classes, List.of(classes), List.of(source));
        ProgramRunner.Result expected = ProgramRunner.runOnHotSpot(classes, "CompareMain", List.of(), dir,
                ProgramRunner.DEFAULT_TIMEOUT);
        Path executable = dir.resolve("compare");
        Compiler.compile(CompileOptions.linux(List.of(classes), "CompareMain", executable));
        ProgramRunner.Result actual = ProgramRunner.runExecutable(executable, List.of(), dir,
                ProgramRunner.DEFAULT_TIMEOUT);
        assertEquals(0, expected.exitCode(), expected.describe());
        assertEquals(expected.stdoutText(), actual.stdoutText(), actual.describe());
        assertEquals(expected.exitCode(), actual.exitCode(), actual.describe());
    }
}
