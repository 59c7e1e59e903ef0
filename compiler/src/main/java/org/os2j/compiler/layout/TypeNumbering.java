package org.os2j.compiler.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.ClassNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.Hierarchy;

/**
 * Numbers for constant-time subtype tests (JVMS 6.5 instanceof/checkcast), computed once for the
 * closed world. Classes are numbered in a preorder walk of the class tree, so the subclasses of a
 * class are exactly the numbers from its own to its last descendant's: "is C a subclass of D" is
 * one range test. Interfaces get dense indexes, and each class records the set of every interface
 * it implements as a bit set: "does C implement I" is one bit test. Arrays are handled by the
 * runtime (TypeChecks) from their element types.
 *
 * <p>Guarantees: deterministic (world order); java.lang.Object is number 0 and every class number
 * lies in its range.
 */
public final class TypeNumbering {
    private final Map<String, int[]> ranges = new HashMap<>();
    private final Map<String, Integer> interfaceIndexes = new LinkedHashMap<>();
    private final Map<String, byte[]> interfaceSets = new HashMap<>();

    public TypeNumbering(ClosedWorld world) throws CompileError {
        Map<String, List<ClassNode>> children = new LinkedHashMap<>();
        ClassNode root = null;
        for (ClassNode type : world.classes()) {
            if (Hierarchy.isInterface(type)) {
                interfaceIndexes.put(type.name, interfaceIndexes.size());
            } else if (type.superName == null) {
                root = type;
            } else {
                children.computeIfAbsent(type.superName, k -> new ArrayList<>()).add(type);
            }
        }
        if (root != null) {
            number(root, children, new int[] {0});
        }
        Hierarchy hierarchy = world.hierarchy();
        for (ClassNode type : world.classes()) {
            Set<String> supertypes = hierarchy.supertypes(type);
            byte[] set = new byte[(interfaceIndexes.size() + 7) / 8];
            for (String supertype : supertypes) {
                Integer index = interfaceIndexes.get(supertype);
                if (index != null) {
                    set[index / 8] |= (byte) (1 << (index % 8));
                }
            }
            interfaceSets.put(type.name, set);
        }
    }

    private void number(ClassNode type, Map<String, List<ClassNode>> children, int[] next) {
        int[] range = {next[0]++, 0};
        ranges.put(type.name, range);
        for (ClassNode child : children.getOrDefault(type.name, List.of())) {
            number(child, children, next);
        }
        range[1] = next[0] - 1;
    }

    /** The preorder number of a class (0 for interfaces, which no object has as its class). */
    public int number(String internalName) {
        int[] range = ranges.get(internalName);
        return range == null ? 0 : range[0];
    }

    /** The largest number in a class's subtree; -1 for interfaces (an empty range). */
    public int lastDescendant(String internalName) {
        int[] range = ranges.get(internalName);
        return range == null ? -1 : range[1];
    }

    /** The index of an interface in the interface sets, or -1 for a class. */
    public int interfaceIndex(String internalName) {
        return interfaceIndexes.getOrDefault(internalName, -1);
    }

    /** The interfaces a class or interface implements (itself included), as a bit set of indexes. */
    public byte[] interfaceSet(String internalName) {
        return interfaceSets.getOrDefault(internalName, new byte[0]);
    }
}
