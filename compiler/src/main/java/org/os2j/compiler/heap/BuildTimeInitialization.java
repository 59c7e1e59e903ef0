package org.os2j.compiler.heap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.layout.FieldLayout;
import org.os2j.compiler.world.Resolver;

/**
 * Which classes are initialized at build time, and their static fields and objects, the image
 * heap. The rule: a class is initialized at build time when its static initializer (and its
 * superclass's, and those of the superinterfaces JVMS 5.5 initializes with it) runs to completion
 * in the {@link BuildTimeInterpreter}, that is, only computes: no I/O, clock, environment,
 * identity hash or exception; no static of a class initialized at run time, nor a non-final
 * static of another class; no change to objects another initializer made. Every other class is
 * initialized at run time, when the program first uses it, with exact Java semantics; so are the
 * classes {@link #ALWAYS_AT_RUN_TIME} and {@link #LARGE_AND_RARELY_USED} name and those the user names ({@code
 * --initialize-at-run-time}). The outcome cannot differ from running the initializer at run time:
 * what it computes depends on nothing the run can change first.
 *
 * <p>Guarantees: a class decided at build time has all its static fields here (defaults,
 * constants, then what its initializer stored); decisions are made in the order classes are
 * reached, so builds are deterministic. Invariant: a class is never decided while its own
 * initializer runs (a cycle decides the later class at run time).
 */
public final class BuildTimeInitialization {
    /**
     * Classes whose static state the start-up changes after their initializer (System.initPhase1
     * sets System's streams and properties): initialized at run time whatever their initializer does.
     */
    private static final Set<String> ALWAYS_AT_RUN_TIME = Set.of("java/lang/System", "java/lang/Thread",
            "java/lang/ThreadGroup");

    /**
     * Classes whose initializer builds large tables that few runs use: left to run time (on first
     * use, exactly as HotSpot does) to keep them out of every executable's image. Each with why.
     */
    private static final Map<String, String> LARGE_AND_RARELY_USED = Map.of(
            "jdk/internal/math/FDBigInteger", "its 340 cached powers of five (47 KB in the image) serve only the"
                    + " float-to-text and text-to-float cases that need big integers");

    private final Resolver resolver;
    /** The image's field layout (FieldLayout is a function of the classes), for Unsafe's field offsets. */
    private final FieldLayout layout;
    private final Set<String> atRunTimeByRequest;
    /** Class to its decision, in decision order. */
    private final Map<String, Boolean> decisions = new LinkedHashMap<>();
    /** Class decided at run time to the reason. */
    private final Map<String, String> reasons = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final Set<String> withInitializer = new HashSet<>();
    private final Map<String, Map<String, Object>> statics = new HashMap<>();
    private final Map<String, HeapObject> literals = new HashMap<>();

    /** @param atRunTime internal names of classes the user wants initialized at run time */
    public BuildTimeInitialization(Resolver resolver, Set<String> atRunTime) {
        this.resolver = resolver;
        this.layout = new FieldLayout(resolver);
        this.atRunTimeByRequest = Set.copyOf(atRunTime);
    }

    /**
     * Whether {@code type} is initialized at build time (true also for a class with nothing to
     * initialize); decides it, running its initializer, the first time it is asked.
     */
    public boolean initializeAtBuildTime(ClassNode type) throws CompileError {
        Boolean decided = decisions.get(type.name);
        if (decided != null) {
            return decided;
        }
        if (inProgress.contains(type.name)) {
            return false; // A cycle: the other class waits for this one, so it is initialized at run time.
        }
        inProgress.add(type.name);
        String reason;
        try {
            reason = tryInitialize(type);
        } catch (NotAtBuildTime stop) {
            reason = stop.getMessage();
        } finally {
            inProgress.remove(type.name);
        }
        if (reason != null) {
            statics.remove(type.name);
            reasons.put(type.name, reason);
        }
        decisions.put(type.name, reason == null);
        return reason == null;
    }

    /** Null on success, else why the class must wait for run time. */
    private String tryInitialize(ClassNode type) throws CompileError {
        if (type.methods.stream().anyMatch(m -> m.name.equals("<clinit>"))) {
            withInitializer.add(type.name);
        }
        if (ALWAYS_AT_RUN_TIME.contains(type.name)) {
            return "its static state is set at start-up";
        }
        if (atRunTimeByRequest.contains(type.name)) {
            return "requested (--initialize-at-run-time)";
        }
        if (LARGE_AND_RARELY_USED.containsKey(type.name)) {
            return LARGE_AND_RARELY_USED.get(type.name);
        }
        if (type.superName != null && !initializeAtBuildTime(resolver.findClass(type.superName))) {
            return "its superclass " + type.superName.replace('/', '.') + " is initialized at run time";
        }
        for (String superinterface : type.interfaces) {
            ClassNode node = resolver.findClass(superinterface);
            if (node != null && hasDefaultMethods(node) && !initializeAtBuildTime(node)) {
                return "its superinterface " + superinterface.replace('/', '.') + " is initialized at run time";
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldNode field : type.fields) {
            if ((field.access & Opcodes.ACC_STATIC) != 0) {
                fields.put(field.name, field.value != null ? constantValue(field) : BuildTimeInterpreter.zeroOf(field.desc));
            }
        }
        statics.put(type.name, fields);
        for (MethodNode method : type.methods) {
            if (method.name.equals("<clinit>")) {
                withInitializer.add(type.name);
                new BuildTimeInterpreter(this, resolver, type.name).invoke(type, method, new Object[0]);
            }
        }
        return null;
    }

    private Object constantValue(FieldNode field) {
        Object value = field.value;
        if (value instanceof String text) {
            return literal(text);
        }
        return BuildTimeInterpreter.narrow(field.desc, value);
    }

    private static boolean hasDefaultMethods(ClassNode type) {
        return type.methods.stream().anyMatch(m -> (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0
                && !m.name.startsWith("<"));
    }

    FieldLayout layout() {
        return layout;
    }

    /** Whether {@code internalName} was decided at build time (false for classes never asked about). */
    public boolean isBuildTime(String internalName) {
        return Boolean.TRUE.equals(decisions.get(internalName));
    }

    /** The static fields of a class initialized at build time (or being initialized), by name. */
    public Map<String, Object> statics(String internalName) {
        Map<String, Object> fields = statics.get(internalName);
        if (fields == null) {
            throw new IllegalStateException("no build-time statics for " + internalName);
        }
        return fields;
    }

    /**
     * Every class with a static initializer decided so far, in order, with "build time" or the
     * reason it is initialized at run time.
     */
    public Map<String, String> decisions() {
        Map<String, String> all = new LinkedHashMap<>();
        decisions.forEach((name, buildTime) -> {
            if (withInitializer.contains(name)) {
                all.put(name, buildTime ? "build time" : "run time: " + reasons.get(name));
            }
        });
        return Collections.unmodifiableMap(all);
    }

    /** The String object of a literal: one per text, as the image's literals. */
    HeapObject literal(String text) {
        return literals.computeIfAbsent(text, value -> {
            HeapObject string = HeapObject.instance("java/lang/String", "java/lang/String", value);
            try {
                addDefaultFields(resolver.findClass("java/lang/String"), string);
            } catch (CompileError e) {
                throw new IllegalStateException(e);
            }
            boolean latin1 = value.chars().allMatch(c -> c <= 0xFF);
            HeapObject bytes = HeapObject.array("[B", latin1 ? value.length() : 2 * value.length(), "java/lang/String");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (latin1) {
                    bytes.elements[i] = (int) (byte) c;
                } else {
                    bytes.elements[2 * i] = (int) (byte) c;
                    bytes.elements[2 * i + 1] = (int) (byte) (c >>> 8);
                }
            }
            string.fields.put("java/lang/String.value", bytes);
            string.fields.put("java/lang/String.coder", latin1 ? 0 : 1);
            return string;
        });
    }

    /** Gives {@code object} every instance field of {@code type} and its superclasses, at its default value. */
    void addDefaultFields(ClassNode type, HeapObject object) throws CompileError {
        for (ClassNode current = type; current != null;
             current = current.superName == null ? null : resolver.findClass(current.superName)) {
            for (FieldNode field : current.fields) {
                if ((field.access & Opcodes.ACC_STATIC) == 0) {
                    object.fields.put(current.name + "." + field.name, BuildTimeInterpreter.zeroOf(field.desc));
                }
            }
        }
    }

    /** Every heap object and class literal reachable from static {@code field} of {@code internalName}, each once. */
    public List<Object> reachableFrom(String internalName, String field) {
        List<Object> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> work = new ArrayDeque<>(nonNull(Collections.singletonList(statics(internalName).get(field))));
        while (!work.isEmpty()) {
            Object value = work.pop();
            if (!(value instanceof HeapObject || value instanceof ClassLiteral) || !seen.add(value)) {
                continue;
            }
            found.add(value);
            if (value instanceof HeapObject object) {
                work.addAll(nonNull(object.isArray() ? java.util.Arrays.asList(object.elements) : object.fields.values()));
            }
        }
        return found;
    }

    private static List<Object> nonNull(java.util.Collection<Object> values) {
        List<Object> result = new ArrayList<>();
        for (Object value : values) {
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }
}
