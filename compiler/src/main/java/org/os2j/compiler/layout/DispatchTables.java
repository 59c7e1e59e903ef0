package org.os2j.compiler.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.Hierarchy;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.Resolver;
import org.os2j.compiler.world.RuntimeSupport;

/**
 * The dispatch tables of the closed world, computed once after it is complete.
 *
 * <p><b>Virtual tables</b>: a class's vtable is its superclass's with an entry replaced for each
 * method it overrides (JVMS 5.4.5) and one appended for each new virtual method, so a method keeps
 * its index in every subclass and invokevirtual is two loads and an indirect call. Arrays use
 * Object's table. An entry whose method RTA never reached, or is abstract, runs the runtime's
 * no-method stub: no object the program creates can select it.
 *
 * <p><b>Interface tables</b> by selector coloring: every method name and descriptor called through
 * an interface is a selector; two selectors conflict when one instantiated class answers both;
 * greedy coloring gives conflicting selectors different colors, and each instantiated class gets a
 * table indexed by color holding the methods selection (JVMS 5.4.6) picks for its selectors. So
 * invokeinterface is three loads and an indirect call, with no search, and tables stay as short as
 * the most selectors one class answers.
 */
public final class DispatchTables {
    private final ClosedWorld world;
    private final Map<String, List<Resolver.ResolvedMethod>> vtables = new LinkedHashMap<>();
    /** The vtable index of each virtual method, by symbol. */
    private final Map<String, Integer> vtableIndexes = new HashMap<>();
    private final Map<String, Integer> colors = new LinkedHashMap<>();
    private final Map<String, List<String>> interfaceTables = new HashMap<>();

    public DispatchTables(ClosedWorld world) throws CompileError {
        this.world = world;
        for (ClassNode type : world.classes()) {
            if (!Hierarchy.isInterface(type)) {
                buildVtable(type);
            }
        }
        buildInterfaceTables();
    }

    private static boolean isVirtual(MethodNode method) {
        return (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !method.name.startsWith("<");
    }

    private void buildVtable(ClassNode type) {
        List<Resolver.ResolvedMethod> table = type.superName == null ? new ArrayList<>()
                : new ArrayList<>(vtables.get(type.superName));
        for (MethodNode method : type.methods) {
            if (!isVirtual(method)) {
                continue;
            }
            Resolver.ResolvedMethod own = new Resolver.ResolvedMethod(type, method);
            boolean overrode = false;
            for (int i = 0; i < table.size(); i++) {
                Resolver.ResolvedMethod inherited = table.get(i);
                if (Hierarchy.overrides(type, method, inherited.owner(), inherited.method())) {
                    table.set(i, own);
                    vtableIndexes.putIfAbsent(own.reference().symbol(), i);
                    overrode = true;
                }
            }
            if (!overrode) {
                vtableIndexes.put(own.reference().symbol(), table.size());
                table.add(own);
            }
        }
        vtables.put(type.name, table);
    }

    /** The vtable index of a virtual method of a class (the method a call resolved to). */
    public int vtableIndex(MethodReference method) {
        Integer index = vtableIndexes.get(method.symbol());
        if (index == null) {
            throw new IllegalStateException("no vtable entry for " + method);
        }
        return index;
    }

    /** The code symbols of a class's vtable; arrays use java.lang.Object's. */
    public List<String> vtable(String internalName) {
        List<Resolver.ResolvedMethod> table = vtables.get(internalName.startsWith("[") ? "java/lang/Object"
                : internalName);
        if (table == null) {
            return List.of();
        }
        List<String> symbols = new ArrayList<>();
        for (Resolver.ResolvedMethod method : table) {
            symbols.add(codeOf(method));
        }
        return symbols;
    }

    private String codeOf(Resolver.ResolvedMethod method) {
        if (method == null || (method.method().access & Opcodes.ACC_ABSTRACT) != 0
                || !world.isReachable(method.reference())) {
            return RuntimeSupport.NO_METHOD.symbol();
        }
        return method.reference().symbol();
    }

    private void buildInterfaceTables() throws CompileError {
        Map<String, Resolver.ResolvedMethod> selectors = new LinkedHashMap<>();
        Map<String, Set<String>> selectorsOfClass = new LinkedHashMap<>();
        List<String> receivers = new ArrayList<>(world.instantiated());
        for (ClosedWorld.VirtualCall call : world.virtualCalls()) {
            Resolver.ResolvedMethod resolved = world.resolved(call);
            if (!Hierarchy.isInterface(resolved.owner())) {
                continue;
            }
            String selector = resolved.method().name + resolved.method().desc;
            selectors.putIfAbsent(selector, resolved);
            for (String receiver : receivers) {
                ClassNode type = world.resolver().findClass(receiver);
                if (world.hierarchy().isSubtype(type, call.receiverType())) {
                    selectorsOfClass.computeIfAbsent(receiver, k -> new LinkedHashSet<>()).add(selector);
                }
            }
        }
        Map<String, BitSet> usedColorsBySelectorNeighbours = new HashMap<>();
        for (String selector : selectors.keySet()) {
            BitSet taken = new BitSet();
            for (Set<String> group : selectorsOfClass.values()) {
                if (group.contains(selector)) {
                    for (String other : group) {
                        Integer color = colors.get(other);
                        if (color != null) {
                            taken.set(color);
                        }
                    }
                }
            }
            colors.put(selector, taken.nextClearBit(0));
        }
        usedColorsBySelectorNeighbours.clear();
        for (Map.Entry<String, Set<String>> entry : selectorsOfClass.entrySet()) {
            ClassNode type = world.resolver().findClass(entry.getKey());
            int size = 0;
            for (String selector : entry.getValue()) {
                size = Math.max(size, colors.get(selector) + 1);
            }
            List<String> table = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                table.add(RuntimeSupport.NO_METHOD.symbol());
            }
            for (String selector : entry.getValue()) {
                table.set(colors.get(selector), codeOf(world.hierarchy().select(type, selectors.get(selector))));
            }
            interfaceTables.put(entry.getKey(), table);
        }
    }

    /** The color of an interface method: its index in every interface table. */
    public int color(MethodReference interfaceMethod) {
        Integer color = colors.get(interfaceMethod.name() + interfaceMethod.descriptor());
        if (color == null) {
            throw new IllegalStateException("no interface table color for " + interfaceMethod);
        }
        return color;
    }

    /** The code symbols of a class's interface table, or an empty list when it needs none. */
    public List<String> interfaceTable(String internalName) {
        return interfaceTables.getOrDefault(internalName, List.of());
    }
}
