package org.os2j.compiler.layout;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;
import org.os2j.compiler.world.Resolver;
import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ObjectLayout;

/**
 * Pipeline step 4b: the data of the image, created on demand while methods are compiled and
 * completed by {@link #finish()}: string literals as ready-made {@code java.lang.String} objects
 * (Latin-1 or UTF-16 {@code byte[]} value, as the JDK with compact strings), class descriptors
 * ({@link ClassDescriptorLayout}) for every type the code names, static field blocks (with
 * {@code ConstantValue} initial values, JVMS 4.7.2) and class-initialization flags.
 *
 * <p>Guarantees: one symbol per distinct string, type and class; symbols are created in request
 * order, so the image is deterministic; every descriptor a descriptor points to is emitted.
 */
public final class ImageData {
    private static final Type STRING = Type.getObjectType("java/lang/String");
    private static final Type BYTE_ARRAY = Type.getType("[B");
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");

    private final ObjectModule module;
    private final FieldLayout fields;
    private final Resolver resolver;
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Type> requestedDescriptors = new LinkedHashMap<>();
    private final Map<String, String> emittedDescriptors = new HashMap<>();
    private final Map<String, String> staticBlocks = new HashMap<>();
    private final Map<String, String> flags = new HashMap<>();

    public ImageData(ObjectModule module, FieldLayout fields, Resolver resolver) {
        this.module = module;
        this.fields = fields;
        this.resolver = resolver;
    }

    /** The symbol of the String object holding {@code value}. */
    public String stringConstant(String value) throws CompileError {
        String known = strings.get(value);
        if (known != null) {
            return known;
        }
        String symbol = Symbols.string(strings.size());
        strings.put(value, symbol);
        boolean latin1 = value.chars().allMatch(c -> c <= 0xFF);
        byte[] content = new byte[latin1 ? value.length() : value.length() * 2];
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (latin1) {
                content[i] = (byte) c;
            } else {
                content[2 * i] = (byte) c;
                content[2 * i + 1] = (byte) (c >>> 8);
            }
        }
        Section data = module.section(SectionKind.DATA);
        long arrayOffset = emitObject(data, BYTE_ARRAY, arrayBytes(content), symbol + ".value");

        ClassNode stringClass = resolver.findClass(STRING.getInternalName());
        FieldLayout.Placement placement = fields.instanceLayout(stringClass);
        ByteBuffer object = buffer(placement.size());
        object.put(placement.offsetOf("coder"), (byte) (latin1 ? 0 : 1));
        long objectOffset = emitObject(data, STRING, object.array(), symbol);
        data.addRelocation(new Relocation(objectOffset + placement.offsetOf("value"), RelocationType.ABSOLUTE_64,
                symbol + ".value", 0));
        return symbol;
    }

    /** The symbol of the descriptor of {@code type} (a class or array type). */
    public String descriptor(Type type) {
        String symbol = Symbols.descriptor(type);
        if (!emittedDescriptors.containsKey(symbol)) {
            requestedDescriptors.putIfAbsent(symbol, type);
        }
        return symbol;
    }

    /** The symbol of the static field block of {@code type}, emitted on first request. */
    public String statics(ClassNode type) throws CompileError {
        String known = staticBlocks.get(type.name);
        if (known != null) {
            return known;
        }
        String symbol = Symbols.statics(type.name);
        staticBlocks.put(type.name, symbol);
        FieldLayout.Placement placement = fields.staticLayout(type);
        ByteBuffer block = buffer(Math.max(placement.size(), 8));
        List<Relocation> relocations = new ArrayList<>();
        for (FieldNode field : type.fields) {
            if ((field.access & Opcodes.ACC_STATIC) == 0 || field.value == null) {
                continue;
            }
            int offset = placement.offsetOf(field.name);
            Object value = field.value;
            switch (Type.getType(field.desc).getSort()) {
                case Type.BOOLEAN, Type.BYTE -> block.put(offset, (byte) (int) (Integer) value);
                case Type.CHAR, Type.SHORT -> block.putShort(offset, (short) (int) (Integer) value);
                case Type.INT -> block.putInt(offset, (Integer) value);
                case Type.LONG -> block.putLong(offset, (Long) value);
                case Type.FLOAT -> block.putInt(offset, Float.floatToRawIntBits((Float) value));
                case Type.DOUBLE -> block.putLong(offset, Double.doubleToRawLongBits((Double) value));
                default -> relocations.add(new Relocation(offset, RelocationType.ABSOLUTE_64,
                        stringConstant((String) value), 0));
            }
        }
        Section data = module.section(SectionKind.DATA);
        long start = data.append(block.array(), 8);
        module.define(symbol, SectionKind.DATA, start, block.capacity(), SymbolType.OBJECT, SymbolBinding.GLOBAL);
        for (Relocation relocation : relocations) {
            data.addRelocation(relocation.shiftedBy(start));
        }
        return symbol;
    }

    /** The symbol of the byte that records that a class's initialization has started. */
    public String initializedFlag(String internalName) {
        return flags.computeIfAbsent(internalName, name -> {
            String symbol = Symbols.initializedFlag(name);
            Section bss = module.section(SectionKind.BSS);
            long offset = bss.reserve(1, 1);
            module.define(symbol, SectionKind.BSS, offset, 1, SymbolType.OBJECT, SymbolBinding.GLOBAL);
            return symbol;
        });
    }

    /** Emits every requested descriptor, and those they reference, until none is missing. */
    public void finish() throws CompileError {
        while (!requestedDescriptors.isEmpty()) {
            Map.Entry<String, Type> next = requestedDescriptors.entrySet().iterator().next();
            requestedDescriptors.remove(next.getKey());
            if (!emittedDescriptors.containsKey(next.getKey())) {
                emitDescriptor(next.getKey(), next.getValue());
            }
        }
    }

    private void emitDescriptor(String symbol, Type type) throws CompileError {
        emittedDescriptors.put(symbol, symbol);
        ByteBuffer record = buffer(ClassDescriptorLayout.SIZE);
        List<Relocation> relocations = new ArrayList<>();
        String superSymbol = null;
        int flagsValue = 0;
        if (type.getSort() == Type.ARRAY) {
            Type element = Type.getType(type.getDescriptor().substring(1));
            flagsValue |= ClassDescriptorLayout.FLAG_ARRAY;
            record.putInt(ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET,
                    Integer.numberOfTrailingZeros(FieldLayout.sizeOf(element.getDescriptor())));
            if (element.getSort() == Type.ARRAY || element.getSort() == Type.OBJECT) {
                flagsValue |= ClassDescriptorLayout.FLAG_REFERENCE_ELEMENTS;
                relocations.add(new Relocation(ClassDescriptorLayout.ELEMENT_DESCRIPTOR_OFFSET,
                        RelocationType.ABSOLUTE_64, descriptor(element), 0));
            }
            superSymbol = descriptor(OBJECT);
        } else {
            ClassNode node = resolver.findClass(type.getInternalName());
            if (node == null) {
                throw new CompileError("class " + type.getClassName() + " not found (needed for its descriptor)");
            }
            record.putInt(ClassDescriptorLayout.INSTANCE_SIZE_OFFSET, fields.instanceLayout(node).size());
            if ((node.access & Opcodes.ACC_INTERFACE) != 0) {
                flagsValue |= ClassDescriptorLayout.FLAG_INTERFACE;
            }
            if (node.superName != null) {
                superSymbol = descriptor(Type.getObjectType(node.superName));
            }
        }
        record.putInt(ClassDescriptorLayout.FLAGS_OFFSET, flagsValue);
        if (superSymbol != null) {
            relocations.add(new Relocation(ClassDescriptorLayout.SUPER_OFFSET, RelocationType.ABSOLUTE_64,
                    superSymbol, 0));
        }
        relocations.add(new Relocation(ClassDescriptorLayout.NAME_OFFSET, RelocationType.ABSOLUTE_64,
                stringConstant(type.getClassName()), 0));
        Section rodata = module.section(SectionKind.RODATA);
        long start = rodata.append(record.array(), 8);
        module.define(symbol, SectionKind.RODATA, start, ClassDescriptorLayout.SIZE, SymbolType.OBJECT,
                SymbolBinding.GLOBAL);
        for (Relocation relocation : relocations) {
            rodata.addRelocation(relocation.shiftedBy(start));
        }
    }

    /** Emits an object (header descriptor relocated) and defines {@code symbol} at it. */
    private long emitObject(Section data, Type type, byte[] body, String symbol) {
        long offset = data.append(body, ObjectLayout.OBJECT_ALIGNMENT);
        data.addRelocation(new Relocation(offset + ObjectLayout.DESCRIPTOR_OFFSET, RelocationType.ABSOLUTE_64,
                descriptor(type), 0));
        module.define(symbol, SectionKind.DATA, offset, body.length, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        return offset;
    }

    private static byte[] arrayBytes(byte[] content) {
        int size = (ObjectLayout.ARRAY_ELEMENTS_OFFSET + content.length + 7) & ~7;
        ByteBuffer array = buffer(size);
        array.putInt(ObjectLayout.ARRAY_LENGTH_OFFSET, content.length);
        array.put(ObjectLayout.ARRAY_ELEMENTS_OFFSET, content);
        return array.array();
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
