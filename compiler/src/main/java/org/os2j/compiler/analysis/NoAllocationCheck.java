package org.os2j.compiler.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.AnnotationNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.ir.Block;
import org.os2j.compiler.ir.Cfg;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.ir.InlinedCall;
import org.os2j.compiler.ir.Instruction;
import org.os2j.compiler.ir.Opcode;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.Resolver;

/**
 * Checks {@code @NoAllocation} (runtime annotation) over the whole world's IR, after the
 * whole-program steps (so devirtualized calls have their one target): from each annotated method,
 * a search through every call it can make (direct calls, every possible target of a virtual or
 * interface call by rapid type analysis, the static initializer a class-initialization check can
 * run) for an instruction that allocates ({@code new}, arrays). Instructions in blocks from which
 * every path ends in a throw or in unreachable code are not followed: building and throwing an
 * exception is not the work the rule protects. An indirect call cannot be followed and is
 * rejected. Requires: SSA IR with Java-level operations. Guarantees: when it returns, no
 * annotated method can reach an allocation on a path that completes; otherwise a
 * {@link CompileError} names each annotated method's path to its first allocation, with lines.
 */
public final class NoAllocationCheck {
    private static final String ANNOTATION = "Lorg/os2j/runtime/annotation/NoAllocation;";

    private final ClosedWorld world;
    private final Map<String, Function> functions = new HashMap<>();
    private final Map<String, Set<String>> virtualTargets = new HashMap<>();

    private NoAllocationCheck(ClosedWorld world, List<Function> functions) {
        this.world = world;
        for (Function function : functions) {
            this.functions.put(function.symbol(), function);
        }
    }

    /** Checks every annotated method of {@code members} ({@code functions} holds their IR, in the same order). */
    public static void check(ClosedWorld world, List<ClosedWorld.Member> members, List<Function> functions)
            throws CompileError {
        NoAllocationCheck check = new NoAllocationCheck(world, functions);
        List<String> problems = new ArrayList<>();
        for (ClosedWorld.Member member : members) {
            if (isAnnotated(member)) {
                String problem = check.search(member.reference().symbol());
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CompileError(String.join("\n", problems));
        }
    }

    private static boolean isAnnotated(ClosedWorld.Member member) {
        List<AnnotationNode> annotations = member.method().invisibleAnnotations;
        return annotations != null && annotations.stream().anyMatch(annotation -> annotation.desc.equals(ANNOTATION));
    }

    /** Breadth-first from {@code root}: the first allocation reachable, described with its path, or null. */
    private String search(String root) throws CompileError {
        Map<String, String> reachedFrom = new LinkedHashMap<>();
        Map<String, Integer> callLine = new HashMap<>();
        Map<String, InlinedCall> callInlinedIn = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        reachedFrom.put(root, null);
        queue.add(root);
        while (!queue.isEmpty()) {
            String symbol = queue.poll();
            Function function = functions.get(symbol);
            if (function == null) {
                continue; // Intrinsics and generated stubs have no IR; they do not allocate.
            }
            Set<Block> failing = Cfg.blocksThatOnlyFail(function);
            for (Block block : function.blocks()) {
                if (failing.contains(block)) {
                    continue;
                }
                for (Instruction instruction : block.instructions()) {
                    String allocation = allocation(instruction);
                    if (allocation != null) {
                        return describe(root, symbol, reachedFrom, callLine, callInlinedIn)
                                + inlinedPath(instruction.inlinedCall()) + ", which allocates at line "
                                + instruction.line() + ": " + allocation;
                    }
                    for (String callee : callees(instruction)) {
                        if (!reachedFrom.containsKey(callee)) {
                            reachedFrom.put(callee, symbol);
                            callLine.put(callee, instruction.line());
                            callInlinedIn.put(callee, instruction.inlinedCall());
                            queue.add(callee);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String allocation(Instruction instruction) {
        return switch (instruction.opcode()) {
            case NEW -> "new " + instruction.symbol().replace('/', '.');
            case NEW_ARRAY, NEW_MULTI_ARRAY -> "new " + org.objectweb.asm.Type.getType(instruction.symbol()).getClassName();
            case CALL_INDIRECT -> "an indirect call, which the check cannot follow";
            default -> null;
        };
    }

    private List<String> callees(Instruction instruction) throws CompileError {
        return switch (instruction.opcode()) {
            case CALL, INVOKE_DIRECT -> List.of(instruction.symbol());
            case INVOKE_VIRTUAL, INVOKE_INTERFACE -> List.copyOf(targets(instruction.symbol()));
            case CLASS_INIT -> {
                MethodReference initializer = new MethodReference(instruction.symbol(), "<clinit>", "()V");
                yield functions.containsKey(initializer.symbol()) ? List.of(initializer.symbol()) : List.of();
            }
            default -> List.of();
        };
    }

    private Set<String> targets(String symbol) throws CompileError {
        Set<String> cached = virtualTargets.get(symbol);
        if (cached == null) {
            int separator = symbol.indexOf("::");
            ClosedWorld.VirtualCall call = new ClosedWorld.VirtualCall(symbol.substring(0, separator),
                    MethodReference.parseSymbol(symbol.substring(separator + 2)));
            cached = new HashSet<>();
            for (Resolver.ResolvedMethod target : world.targets(call)) {
                cached.add(target.reference().symbol());
            }
            virtualTargets.put(symbol, cached);
        }
        return cached;
    }

    private static String describe(String root, String symbol, Map<String, String> reachedFrom,
                                   Map<String, Integer> callLine, Map<String, InlinedCall> callInlinedIn) {
        List<String> path = new ArrayList<>();
        for (String at = symbol; at != null; at = reachedFrom.get(at)) {
            Integer line = callLine.get(at);
            MethodReference method = MethodReference.parseSymbol(at);
            String how = method.name().equals("<clinit>") ? " (class initialized at line " : " (called at line ";
            path.add(0, method.displayName() + (line != null && line > 0 ? how + line + ")" : ""));
            String inlined = inlinedPath(callInlinedIn.get(at));
            if (!inlined.isEmpty()) {
                path.add(0, inlined.substring(" -> ".length()));
            }
        }
        return "@NoAllocation method " + MethodReference.parseSymbol(root).displayName()
                + " can allocate on the path " + String.join(" -> ", path);
    }

    /**
     * The methods inlined around an instruction (pass/InlineSmallMethods), outermost first, as path
     * steps: the path names them as if they had not been inlined.
     */
    private static String inlinedPath(InlinedCall call) {
        StringBuilder path = new StringBuilder();
        for (; call != null; call = call.outer()) {
            String step = MethodReference.parseSymbol(call.method()).displayName()
                    + (call.callLine() > 0 ? " (called at line " + call.callLine() + ")" : "");
            path.insert(0, " -> " + step);
        }
        return path.toString();
    }
}
