package org.os2j.compiler.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.os2j.compiler.conformance.JavaSourceCompiler;
import org.os2j.compiler.conformance.ProgramRunner;
import org.os2j.compiler.driver.CompileOptions;
import org.os2j.compiler.driver.Compiler;

/**
 * The stack maps at call sites, checked on real stacks: a compiled program walks its own frames
 * with the runtime's StackMaps and prints the marker objects found as roots; the references the
 * program keeps live across each call must be found, in the right frame, and the dead ones must not.
 */
class StackMapTest {
    private static final String PROGRAM = """
            import org.os2j.runtime.annotation.NeverInline;
            import org.os2j.runtime.unwind.StackMaps;

            public class RootsProbe {
                static final class Marker {
                    final String label;
                    Marker(String label) { this.label = label; }
                    public String toString() { return label; }
                }

                static String report() {
                    Object[] roots = new Object[256];
                    String[] frames = new String[256];
                    int count = StackMaps.roots(roots, frames);
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < count; i++) {
                        if (roots[i] instanceof Marker) {
                            text.append(frames[i]).append(' ').append(roots[i]).append('\\n');
                        }
                    }
                    return text.toString();
                }

                @NeverInline // Each method keeps its frame: the roots are checked frame by frame.
                static int inner(Marker kept, Marker deadAfterwards, double spillPressure) {
                    int length = deadAfterwards.label.length();
                    String text = report();
                    System.out.print(text);
                    return length + kept.label.length() + (int) spillPressure;
                }

                @NeverInline
                static int loop(Marker[] many, Marker last) {
                    int total = 0;
                    for (int i = 0; i < many.length; i++) {
                        total += inner(many[i], new Marker("temporary" + i), i);
                    }
                    return total + last.label.length();
                }

                public static void main(String[] args) {
                    Marker a = new Marker("a");
                    Marker b = new Marker("b");
                    Marker dead = new Marker("dead");
                    System.out.println(dead.label);
                    int x = inner(a, new Marker("temporary"), 1.0);
                    System.out.println(b.label + x);
                    Marker[] many = {new Marker("m0"), new Marker("m1")};
                    System.out.println(loop(many, new Marker("last")));
                }
            }
            """;

    @Test
    void rootsAtCallSitesAreExactlyTheLiveReferences(@TempDir Path work) throws Exception {
        checkRoots(work, PROGRAM);
    }

    /**
     * The same with main's calls past line 32767, whose call-site entries do not fit the compact
     * form and live in the wide table (CallSiteLayout): the maps found there are the same.
     */
    @Test
    void rootsAtCallSitesOnLinesPastTheCompactForm(@TempDir Path work) throws Exception {
        String far = PROGRAM.replace("        Marker dead = new Marker(\"dead\");",
                "\n".repeat(40_000) + "        Marker dead = new Marker(\"dead\");");
        assertNotEquals(PROGRAM, far);
        checkRoots(work, far);
    }

    private static void checkRoots(Path work, String program) throws Exception {
        Path source = work.resolve("RootsProbe.java");
        Files.writeString(source, program);
        Path classes = JavaSourceCompiler.compileWithRuntime(work.resolve("classes"), source);
        Path executable = work.resolve("probe");
        Compiler.compile(CompileOptions.linux(List.of(classes), "RootsProbe", executable));
        ProgramRunner.Result result = ProgramRunner.runExecutable(executable, List.of(), work, Duration.ofSeconds(30));
        assertEquals(0, result.exitCode(), result.describe());
        // inner keeps "kept" across report(); main keeps b (not a, dead or the temporary); loop keeps
        // the array and "last", not the temporaries it passes on.
        assertEquals("""
                dead
                RootsProbe.inner a
                RootsProbe.main b
                b11
                RootsProbe.inner m0
                RootsProbe.loop last
                RootsProbe.inner m1
                RootsProbe.loop last
                29
                """, new String(result.stdout(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
