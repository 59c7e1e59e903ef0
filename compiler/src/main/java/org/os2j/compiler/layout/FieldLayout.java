package org.os2j.compiler.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.world.Resolver;
import org.os2j.runtime.ObjectLayout;

/**
 * Pipeline step 4a: where each field lives. Instance fields follow the object header
 * ({@link ObjectLayout}), superclass fields first (so a subclass instance is a valid superclass
 * instance), then this class's fields by decreasing size (8, 4, 2, 1 bytes) in declaration order.
 * Static fields of a class form one block in the image's data, laid out the same way from 0.
 * Guarantees: every field is aligned to its size; sizes are rounded to 8 bytes.
 */
public final class FieldLayout {
    /** The placement of one class's fields. */
    public record Placement(Map<String, Integer> offsets, int size) {
        public int offsetOf(String fieldName) {
            Integer offset = offsets.get(fieldName);
            if (offset == null) {
                throw new IllegalStateException("no field " + fieldName);
            }
            return offset;
        }
    }

    private final Resolver resolver;
    private final Map<String, Placement> instances = new HashMap<>();
    private final Map<String, Placement> statics = new HashMap<>();

    public FieldLayout(Resolver resolver) {
        this.resolver = resolver;
    }

    /** Bytes a field of this descriptor occupies. */
    public static int sizeOf(String descriptor) {
        return switch (Type.getType(descriptor).getSort()) {
            case Type.BOOLEAN, Type.BYTE -> 1;
            case Type.CHAR, Type.SHORT -> 2;
            case Type.INT, Type.FLOAT -> 4;
            default -> 8;
        };
    }

    public Placement instanceLayout(ClassNode type) throws CompileError {
        Placement known = instances.get(type.name);
        if (known != null) {
            return known;
        }
        int start = ObjectLayout.HEADER_SIZE;
        if (type.superName != null) {
            start = instanceLayout(resolver.findClass(type.superName)).size();
        }
        Placement placement = place(type, false, start);
        instances.put(type.name, placement);
        return placement;
    }

    public Placement staticLayout(ClassNode type) {
        return statics.computeIfAbsent(type.name, name -> place(type, true, 0));
    }

    private static Placement place(ClassNode type, boolean isStatic, int start) {
        List<FieldNode> fields = new ArrayList<>();
        for (FieldNode field : type.fields) {
            if (((field.access & Opcodes.ACC_STATIC) != 0) == isStatic) {
                fields.add(field);
            }
        }
        fields.sort(Comparator.comparingInt((FieldNode field) -> -sizeOf(field.desc)));
        Map<String, Integer> offsets = new LinkedHashMap<>();
        int offset = start;
        for (FieldNode field : fields) {
            int size = sizeOf(field.desc);
            offset = (offset + size - 1) / size * size;
            offsets.put(field.name, offset);
            offset += size;
        }
        int size = (offset + ObjectLayout.OBJECT_ALIGNMENT - 1) / ObjectLayout.OBJECT_ALIGNMENT
                * ObjectLayout.OBJECT_ALIGNMENT;
        return new Placement(offsets, size);
    }
}
