package org.os2j.compiler.classes;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The lists of runtime classes the compiler merges into the class library (the substitution
 * classes, common and per target): a runtime resource with one binary name per line ({@code #}
 * starts a comment), each class naming its target in an annotation.
 */
final class RuntimeClassLists {
    private RuntimeClassLists() {
    }

    /**
     * Listed class internal name to target internal name, in list order.
     *
     * @param kind what the list holds, for messages ("substitution")
     * @param annotation the annotation that names the target, for messages
     * @param targetOf the target a class file's annotation names, or null
     */
    static Map<String, String> read(ClassPath classPath, String resource, String kind, String annotation,
                                    Function<byte[], String> targetOf) {
        Map<String, String> targets = new LinkedHashMap<>();
        byte[] list = ClassPath.runtimeResource(resource);
        if (list == null) {
            return targets;
        }
        for (String line : new String(list, StandardCharsets.UTF_8).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String internalName = name.replace('.', '/');
            byte[] bytes = classPath.find(internalName);
            if (bytes == null) {
                throw new IllegalStateException("runtime " + kind + " " + name + " is listed but missing");
            }
            String target = targetOf.apply(bytes);
            if (target == null) {
                throw new IllegalStateException("runtime " + kind + " " + name + " has no " + annotation);
            }
            targets.put(internalName, target);
        }
        return targets;
    }
}
