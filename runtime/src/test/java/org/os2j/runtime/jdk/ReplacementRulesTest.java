package org.os2j.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks, on the compiled class files, the rules runtime code must follow for os2j to compile it:
 * the replacement list, final classes without interfaces, no native methods but the ones the
 * compiler expands inline, only the supported bytecode (no monitors;
 * string concatenation only outside the replacements), only calls into runtime code, into JDK
 * classes compiled as they are (the compiler reports what it cannot compile), or into replaced JDK
 * members that the replacements actually declare, no member collisions after the compiler's renaming, and JDK-compatible public
 * signatures.
 */
class ReplacementRulesTest {
    private static final String PREFIX = "org/os2j/runtime/";
    /** Replacement internal name to target internal name. */
    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("org/os2j/runtime/jdk/PrintStreamReplacement", "java/io/PrintStream"),
            Map.entry("org/os2j/runtime/jdk/SystemReplacement", "java/lang/System"));
    /** The natives the compiler expands inline (compiler world/RuntimeSupport.isExpandedInline). */
    private static final Set<String> INLINE_NATIVES = Set.of();
    /** JDK classes the runtime calls that os2j compiles from the JDK itself (methods of the others it replaces). */
    private static final Set<String> COMPILED_JDK_CLASSES = Set.of("java/lang/StrictMath");
    private static final Set<String> LINUX_CLASSES = Set.of("LinuxConsole", "LinuxClock", "LinuxProcess", "LinuxStart");
    private static final Map<Integer, String> FORBIDDEN_OPCODES = Map.of(
            0xc2, "monitorenter", 0xc3, "monitorexit", 0xa8, "jsr", 0xc9, "jsr_w", 0xa9, "ret");

    private static final Map<String, ClassFileReader> CLASSES = new HashMap<>();

    @BeforeAll
    static void readClasses() throws Exception {
        Path root = Path.of(Utf8.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String directory : List.of("jdk", "report", "linux")) {
            try (Stream<Path> files = Files.list(root.resolve(PREFIX + directory))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
                    String simpleName = file.getFileName().toString().replace(".class", "");
                    if (directory.equals("linux") && !LINUX_CLASSES.contains(simpleName)) {
                        continue; // other engineers' platform classes
                    }
                    try (InputStream in = Files.newInputStream(file)) {
                        ClassFileReader reader = new ClassFileReader(in);
                        CLASSES.put(reader.name, reader);
                    }
                }
            }
        }
    }

    @Test
    void scansEveryRuntimeClassOfThisIssue() {
        assertEquals(10, CLASSES.size(), CLASSES.keySet().toString());
    }

    private static String rename(String descriptor) {
        for (Map.Entry<String, String> entry : TARGETS.entrySet()) {
            descriptor = descriptor.replace("L" + entry.getKey() + ";", "L" + entry.getValue() + ";");
        }
        return descriptor;
    }

    private static String replacementOf(String target) {
        for (Map.Entry<String, String> entry : TARGETS.entrySet()) {
            if (entry.getValue().equals(target)) {
                return entry.getKey();
            }
        }
        return null;
    }

    @Test
    void replacementListNamesExactlyTheAnnotatedClasses() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("META-INF/os2j/replacements"), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(line -> !line.isEmpty())
                    .forEach(line -> listed.add(line.replace('.', '/')));
        }
        Set<String> annotated = new TreeSet<>();
        for (ClassFileReader reader : CLASSES.values()) {
            if (reader.utf8Constants.contains("Lorg/os2j/runtime/annotation/ReplaceClass;")) {
                annotated.add(reader.name);
                assertTrue(reader.utf8Constants.contains("L" + TARGETS.get(reader.name) + ";"),
                        reader.name + " replaces " + TARGETS.get(reader.name));
            }
        }
        assertEquals(new TreeSet<>(TARGETS.keySet()), annotated);
        assertEquals(annotated, listed);
    }

    @Test
    void classesAreFinalAndExtendOnlyObject() {
        for (ClassFileReader reader : CLASSES.values()) {
            assertTrue((reader.access & Modifier.FINAL) != 0, reader.name + " is final");
            assertEquals("java/lang/Object", reader.superName, reader.name);
            assertEquals(0, reader.interfaceCount, reader.name + " implements nothing");
            for (ClassFileReader.Member method : reader.methods) {
                int forbidden = Modifier.ABSTRACT | Modifier.SYNCHRONIZED;
                String name = reader.name + "." + method.name() + method.descriptor();
                assertEquals(0, method.access() & forbidden, name);
                if (!INLINE_NATIVES.contains(name)) {
                    assertEquals(0, method.access() & Modifier.NATIVE, name + " is native");
                }
            }
        }
    }

    @Test
    void codeUsesOnlyTheSupportedSubset() {
        List<String> violations = new ArrayList<>();
        for (ClassFileReader reader : CLASSES.values()) {
            boolean replacementPackage = reader.name.startsWith(PREFIX + "jdk/");
            for (ClassFileReader.Member field : reader.fields) {
                checkDescriptor(reader.name + "." + field.name(), field.descriptor(), violations);
            }
            for (ClassFileReader.Member method : reader.methods) {
                String where = reader.name + "." + method.name() + method.descriptor();
                checkDescriptor(where, method.descriptor(), violations);
                if (method.exceptionHandlers() != 0) {
                    violations.add(where + ": try/catch");
                }
                for (ClassFileReader.Instruction instruction : method.code()) {
                    String at = where + " @" + instruction.offset() + ": ";
                    int opcode = instruction.opcode();
                    if (FORBIDDEN_OPCODES.containsKey(opcode)) {
                        violations.add(at + FORBIDDEN_OPCODES.get(opcode));
                    }
                    ClassFileReader.Reference reference = instruction.reference();
                    if (reference == null) {
                        continue;
                    }
                    if (reference.tag() == 18 && replacementPackage) {
                        violations.add(at + "string concatenation inside org.os2j.runtime.jdk");
                    } else if (reference.tag() == 7) {
                        checkClass(at, reference.owner(), violations);
                    } else if (reference.tag() == 9 || reference.tag() == 10) {
                        checkMember(at, opcode, reference, violations);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static void checkDescriptor(String where, String descriptor, List<String> violations) {
        for (int i = 0; i < descriptor.length(); i++) {
            char c = descriptor.charAt(i);
            if (c == 'L') {
                int end = descriptor.indexOf(';', i);
                checkClass(where + ": ", descriptor.substring(i + 1, end), violations);
                i = end;
            }
        }
    }

    private static void checkClass(String at, String name, List<String> violations) {
        String element = name.replaceAll("^\\[+", "");
        if (element.startsWith("L")) {
            element = element.substring(1, element.length() - 1);
        } else if (element.length() == 1) {
            return; // a primitive array
        }
        if (!element.startsWith("org/os2j/") && !element.startsWith("java/")) {
            violations.add(at + "uses " + element + ", outside the runtime and java.base's java packages");
        }
    }

    private static void checkMember(String at, int opcode, ClassFileReader.Reference reference,
                                    List<String> violations) {
        String owner = reference.owner();
        String member = owner + "." + reference.name() + reference.descriptor();
        if (owner.startsWith("org/os2j/")) {
            if (opcode == 0xb6 && !isFinal(owner)) {
                violations.add(at + "virtual call into non-final " + member);
            }
            return;
        }
        if (COMPILED_JDK_CLASSES.contains(owner)) {
            return;
        }
        if (owner.equals("java/lang/Object")) {
            return; // Compiled from the JDK with its natives substituted (runtime/substitutions).
        }
        String replacement = replacementOf(owner);
        if (replacement == null) {
            return; // Compiled from the JDK; the compiler names anything it cannot compile.
        }
        ClassFileReader replacementClass = CLASSES.get(replacement);
        List<ClassFileReader.Member> candidates = reference.tag() == 9 ? replacementClass.fields : replacementClass.methods;
        boolean found = candidates.stream().anyMatch(m -> m.name().equals(reference.name())
                && rename(m.descriptor()).equals(rename(reference.descriptor())));
        if (!found) {
            violations.add(at + member + " is not declared by " + replacement);
        }
    }

    private static boolean isFinal(String internalName) {
        try {
            return Modifier.isFinal(Class.forName(internalName.replace('/', '.'), false,
                    ReplacementRulesTest.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void membersStayDistinctAfterRenaming() {
        for (ClassFileReader reader : CLASSES.values()) {
            Set<String> seen = new HashSet<>();
            for (ClassFileReader.Member method : reader.methods) {
                assertTrue(seen.add(method.name() + rename(method.descriptor())),
                        reader.name + " has two methods " + method.name() + rename(method.descriptor()));
            }
            Set<String> fieldNames = new HashSet<>();
            for (ClassFileReader.Member field : reader.fields) {
                assertTrue(fieldNames.add(field.name()), reader.name + "." + field.name());
            }
        }
    }

    @Test
    void publicMembersHaveTheJdkSignatures() throws Exception {
        for (Map.Entry<String, String> entry : TARGETS.entrySet()) {
            Class<?> replacement = Class.forName(entry.getKey().replace('/', '.'), false,
                    ReplacementRulesTest.class.getClassLoader());
            Class<?> target = Class.forName(entry.getValue().replace('/', '.'));
            for (Method method : replacement.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                for (Method jdkMethod : target.getMethods()) {
                    if (!jdkMethod.isBridge() && jdkMethod.getName().equals(method.getName())
                            && parameters(jdkMethod).equals(rename(parameters(method)))) {
                        assertEquals(jdkMethod.getReturnType(), method.getReturnType(), method.toString());
                        assertEquals(Modifier.isStatic(jdkMethod.getModifiers()), Modifier.isStatic(method.getModifiers()),
                                method.toString());
                    }
                }
            }
            for (Field field : replacement.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())) {
                    Field jdkField = target.getField(field.getName());
                    assertEquals(jdkField.getType(), field.getType(), field.toString());
                    assertEquals(Modifier.isStatic(jdkField.getModifiers()), Modifier.isStatic(field.getModifiers()));
                    if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                            && field.getType().isPrimitive()) {
                        assertEquals(jdkField.get(null), field.get(null), field.toString());
                    }
                }
            }
        }
    }

    private static String parameters(Method method) {
        StringBuilder builder = new StringBuilder();
        for (Class<?> type : method.getParameterTypes()) {
            builder.append(type.descriptorString());
        }
        return builder.toString();
    }
}
