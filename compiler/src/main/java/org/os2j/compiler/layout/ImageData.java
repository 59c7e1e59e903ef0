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
import org.os2j.compiler.heap.BuildTimeInitialization;
import org.os2j.compiler.heap.ClassLiteral;
import org.os2j.compiler.heap.HeapObject;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.Resolver;
import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.InternedStrings;
import org.os2j.runtime.ObjectLayout;
import org.os2j.runtime.TextLayout;

/**
 * Pipeline step 4b: the data of the image, created on demand while methods are compiled and
 * completed by {@link #finish()}: string literals as ready-made {@code java.lang.String} objects
 * (Latin-1 or UTF-16 {@code byte[]} value, as the JDK with compact strings), class descriptors
 * ({@link ClassDescriptorLayout}, with their dispatch tables and subtype-test data) for every type
 * of the closed world, static field blocks (with
 * {@code ConstantValue} initial values, JVMS 4.7.2) and class-initialization flags.
 *
 * <p>Guarantees: one symbol per distinct string, type and class; symbols are created in request
 * order, so the image is deterministic; every descriptor a descriptor points to is emitted.
 */
public final class ImageData {
    private static final Type STRING = Type.getObjectType("java/lang/String");
    private static final Type BYTE_ARRAY = Type.getType("[B");
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");
    private static final Type CLASS = Type.getObjectType("java/lang/Class");

    private final ObjectModule module;
    private final FieldLayout fields;
    private final Resolver resolver;
    private final ClosedWorld world;
    private final TypeNumbering numbering;
    private final DispatchTables dispatch;
    private final Map<String, String> strings = new HashMap<>();
    /** Image texts by value (the map's size numbers the next one). */
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Type> requestedDescriptors = new LinkedHashMap<>();
    private final Map<String, String> emittedDescriptors = new HashMap<>();
    private final Map<String, String> staticBlocks = new HashMap<>();
    private final Map<String, String> flags = new HashMap<>();
    /** Build-time objects already emitted, by identity. */
    private final Map<HeapObject, String> heapObjects = new java.util.IdentityHashMap<>();
    private final HeapRootTables roots = new HeapRootTables();

    public ImageData(ObjectModule module, FieldLayout fields, ClosedWorld world, TypeNumbering numbering,
                     DispatchTables dispatch) {
        this.module = module;
        this.fields = fields;
        this.resolver = world.resolver();
        this.world = world;
        this.numbering = numbering;
        this.dispatch = dispatch;
    }

    /** Whether every char of {@code value} is Latin-1 (JDK 17's compact strings store it a byte a char). */
    private static boolean isLatin1(String value) {
        return value.chars().allMatch(c -> c <= 0xFF);
    }

    /** The chars of {@code value} as a String's value array holds them: Latin-1 bytes, or UTF-16 little-endian. */
    private static byte[] chars(String value, boolean latin1) {
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
        return content;
    }

    /** The symbol of the String object holding {@code value}. */
    public String stringConstant(String value) throws CompileError {
        String known = strings.get(value);
        if (known != null) {
            return known;
        }
        String symbol = Symbols.string(strings.size());
        strings.put(value, symbol);
        boolean latin1 = isLatin1(value);
        byte[] content = chars(value, latin1);
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

    /**
     * The symbol of {@code value} as image text (runtime TextLayout: a header and the chars in
     * read-only data, no String object), emitted once per distinct value.
     */
    public String text(String value) {
        return texts.computeIfAbsent(value, key -> {
            String symbol = Symbols.text(texts.size());
            boolean latin1 = isLatin1(value);
            byte[] chars = chars(value, latin1);
            ByteBuffer bytes = buffer(TextLayout.HEADER_SIZE + chars.length);
            bytes.putInt(0, value.length() << 1 | (latin1 ? 0 : TextLayout.CODER_UTF16));
            bytes.put(TextLayout.HEADER_SIZE, chars);
            Section rodata = module.section(SectionKind.RODATA);
            long start = rodata.append(bytes.array(), 4);
            module.define(symbol, SectionKind.RODATA, start, bytes.capacity(), SymbolType.OBJECT, SymbolBinding.LOCAL);
            return symbol;
        });
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
        BuildTimeInitialization buildTime = world.buildTime();
        boolean initializedAtBuildTime = buildTime.isBuildTime(type.name);
        for (FieldNode field : type.fields) {
            if ((field.access & Opcodes.ACC_STATIC) == 0) {
                continue;
            }
            // A class initialized at build time has every static from its initializer (null for an
            // object nothing reads: ClosedWorld.readStatics); another one only its ConstantValue
            // attributes (JVMS 4.7.2); the rest start at zero.
            Object value = initializedAtBuildTime ? buildTime.statics(type.name).get(field.name) : field.value;
            if (initializedAtBuildTime && isReference(field.desc) && !world.isStaticRead(type.name, field.name)) {
                value = null;
            }
            if (value != null) {
                putHeapValue(block, relocations, placement.offsetOf(field.name), field.desc, value);
            }
            if (isReference(field.desc)) {
                roots.addStatic(symbol, placement.offsetOf(field.name));
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

    private static boolean isReference(String descriptor) {
        return descriptor.charAt(0) == 'L' || descriptor.charAt(0) == '[';
    }

    /**
     * Writes a static's or an element's value into {@code block} at {@code offset}: a primitive's
     * bits, or a relocation to an object (build-time object, class literal, String constant).
     */
    private void putHeapValue(ByteBuffer block, List<Relocation> relocations, int offset, String descriptor, Object value)
            throws CompileError {
        switch (descriptor.charAt(0)) {
            case 'Z', 'B' -> block.put(offset, (byte) (int) (Integer) value);
            case 'C', 'S' -> block.putShort(offset, (short) (int) (Integer) value);
            case 'I' -> block.putInt(offset, (Integer) value);
            case 'J' -> block.putLong(offset, (Long) value);
            case 'F' -> block.putInt(offset, Float.floatToRawIntBits((Float) value));
            case 'D' -> block.putLong(offset, Double.doubleToRawLongBits((Double) value));
            default -> {
                if (value != null) {
                    relocations.add(new Relocation(offset, RelocationType.ABSOLUTE_64, heapSymbol(value), 0));
                }
            }
        }
    }

    /** The symbol of a build-time object (emitted on first request), class literal, or String constant. */
    private String heapSymbol(Object value) throws CompileError {
        if (value instanceof String constant) {
            return stringConstant(constant);
        }
        if (value instanceof ClassLiteral literal) {
            return descriptor(literal.type());
        }
        HeapObject object = (HeapObject) value;
        if (object.literal() != null) {
            return stringConstant(object.literal());
        }
        String known = heapObjects.get(object);
        if (known != null) {
            return known;
        }
        String symbol = Symbols.heapObject(heapObjects.size());
        heapObjects.put(object, symbol);
        Section data = module.section(SectionKind.DATA);
        List<Relocation> relocations = new ArrayList<>();
        byte[] body;
        if (object.isArray()) {
            String element = object.type().substring(1);
            int size = FieldLayout.sizeOf(element);
            ByteBuffer array = buffer((ObjectLayout.ARRAY_ELEMENTS_OFFSET + size * object.elements().length + 7) & ~7);
            array.putInt(ObjectLayout.ARRAY_LENGTH_OFFSET, object.elements().length);
            for (int i = 0; i < object.elements().length; i++) {
                putHeapValue(array, relocations, ObjectLayout.ARRAY_ELEMENTS_OFFSET + size * i, element,
                        object.elements()[i]);
            }
            body = array.array();
        } else {
            ClassNode type = resolver.findClass(object.type());
            ByteBuffer instance = buffer(fields.instanceLayout(type).size());
            for (Map.Entry<String, Object> field : object.fields().entrySet()) {
                String key = field.getKey();
                int dot = key.lastIndexOf('.');
                ClassNode declaring = resolver.findClass(key.substring(0, dot));
                String name = key.substring(dot + 1);
                FieldNode declared = declaring.fields.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
                putHeapValue(instance, relocations, fields.instanceLayout(declaring).offsetOf(name), declared.desc,
                        field.getValue());
            }
            body = instance.array();
        }
        long start = emitObject(data, object.isArray() ? Type.getType(object.type()) : Type.getObjectType(object.type()),
                body, symbol);
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

    /**
     * Emits the descriptors of every class and array type of the world, and every descriptor those
     * reference, until none is missing.
     */
    public void finish() throws CompileError {
        for (ClassNode type : world.classes()) {
            descriptor(Type.getObjectType(type.name));
        }
        for (String array : world.arrayTypes()) {
            descriptor(Type.getType(array));
        }
        for (Type primitive : PRIMITIVES) {
            descriptor(primitive); // The Class objects of Integer.TYPE and the like (Class.getPrimitiveClass).
        }
        emitDescriptors();
        emitStringLiterals();
        emitDescriptors();
        roots.emit(module);
    }

    /** The String[] of every literal so far, in symbol order, at InternedStrings.LITERALS (String.intern's pool). */
    private void emitStringLiterals() throws CompileError {
        List<String> symbols = new ArrayList<>(strings.values());
        symbols.sort(java.util.Comparator.comparingInt(symbol -> Integer.parseInt(symbol.substring(symbol.indexOf(':') + 1))));
        ByteBuffer array = buffer(ObjectLayout.ARRAY_ELEMENTS_OFFSET + 8 * symbols.size());
        array.putInt(ObjectLayout.ARRAY_LENGTH_OFFSET, symbols.size());
        Section data = module.section(SectionKind.DATA);
        long start = emitObject(data, Type.getType("[Ljava/lang/String;"), array.array(), InternedStrings.LITERALS);
        for (int i = 0; i < symbols.size(); i++) {
            data.addRelocation(new Relocation(start + ObjectLayout.ARRAY_ELEMENTS_OFFSET + 8L * i,
                    RelocationType.ABSOLUTE_64, symbols.get(i), 0));
        }
    }

    private void emitDescriptors() throws CompileError {
        while (!requestedDescriptors.isEmpty()) {
            Map.Entry<String, Type> next = requestedDescriptors.entrySet().iterator().next();
            requestedDescriptors.remove(next.getKey());
            if (!emittedDescriptors.containsKey(next.getKey())) {
                emitDescriptor(next.getKey(), next.getValue());
            }
        }
    }

    /**
     * Emits the descriptor of {@code type} ({@link ClassDescriptorLayout}): vtable and VM fields
     * below the symbol, the type's {@code java.lang.Class} object from it, all in writable data
     * (the JDK's Class caches values in its own fields).
     */
    private void emitDescriptor(String symbol, Type type) throws CompileError {
        emittedDescriptors.put(symbol, symbol);
        if (type.getSort() < Type.ARRAY) {
            emitPrimitiveDescriptor(symbol, type);
            return;
        }
        boolean isArray = type.getSort() == Type.ARRAY;
        String internalName = isArray ? type.getDescriptor() : type.getInternalName();
        ClassNode node = isArray ? null : resolver.findClass(internalName);
        if (!isArray && node == null) {
            throw new CompileError("class " + type.getClassName() + " not found (needed for its descriptor)");
        }
        List<String> vtable = dispatch.vtable(internalName);
        int below = ClassDescriptorLayout.VM_SIZE + 8 * vtable.size();
        ClassNode classClass = resolver.findClass(CLASS.getInternalName());
        boolean classObjects = world.instantiated().contains(CLASS.getInternalName());
        int classSize = classObjects ? fields.instanceLayout(classClass).size() : ObjectLayout.HEADER_SIZE;
        ByteBuffer record = buffer(below + classSize);
        List<Relocation> relocations = new ArrayList<>();
        int flagsValue = 0;
        String superSymbol = null;
        String interfaceSetOwner = internalName;
        byte[] interfaceSet;
        int number;
        int lastDescendant;
        if (isArray) {
            Type element = Type.getType(type.getDescriptor().substring(1));
            flagsValue |= ClassDescriptorLayout.FLAG_ARRAY;
            putInt(record, below, ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET,
                    Integer.numberOfTrailingZeros(FieldLayout.sizeOf(element.getDescriptor())));
            if (element.getSort() == Type.ARRAY || element.getSort() == Type.OBJECT) {
                flagsValue |= ClassDescriptorLayout.FLAG_REFERENCE_ELEMENTS;
                relocations.add(new Relocation(below + ClassDescriptorLayout.ELEMENT_DESCRIPTOR_OFFSET,
                        RelocationType.ABSOLUTE_64, descriptor(element), 0));
            }
            superSymbol = descriptor(OBJECT);
            interfaceSet = arrayInterfaceSet();
            number = numbering.number(OBJECT.getInternalName());
            lastDescendant = -1;
            flagsValue |= ClassDescriptorLayout.FLAG_JDK;
        } else {
            putInt(record, below, ClassDescriptorLayout.INSTANCE_SIZE_OFFSET, fields.instanceLayout(node).size());
            if ((node.access & Opcodes.ACC_INTERFACE) != 0) {
                flagsValue |= ClassDescriptorLayout.FLAG_INTERFACE;
            } else if (node.superName != null) {
                superSymbol = descriptor(Type.getObjectType(node.superName));
            }
            if (isJdkClass(internalName)) {
                flagsValue |= ClassDescriptorLayout.FLAG_JDK;
            }
            interfaceSet = numbering.interfaceSet(internalName);
            number = numbering.number(internalName);
            lastDescendant = numbering.lastDescendant(internalName);
            int[] references = referenceFieldOffsets(node);
            if (references.length > 0) {
                ByteBuffer map = buffer(4 * references.length);
                for (int i = 0; i < references.length; i++) {
                    map.putInt(4 * i, references[i]);
                }
                relocations.add(new Relocation(below + ClassDescriptorLayout.REFERENCE_MAP_OFFSET,
                        RelocationType.ABSOLUTE_64, rodataBlock(symbol + ".references", map.array(), 4), 0));
                putInt(record, below, ClassDescriptorLayout.REFERENCE_MAP_LENGTH_OFFSET, references.length);
            }
        }
        flagsValue |= modifiers(type) << ClassDescriptorLayout.MODIFIERS_SHIFT;
        putInt(record, below, ClassDescriptorLayout.FLAGS_OFFSET, flagsValue);
        putInt(record, below, ClassDescriptorLayout.CLASS_NUMBER_OFFSET, number);
        putInt(record, below, ClassDescriptorLayout.LAST_DESCENDANT_OFFSET, lastDescendant);
        putInt(record, below, ClassDescriptorLayout.INTERFACE_INDEX_OFFSET, numbering.interfaceIndex(internalName));
        if (superSymbol != null) {
            relocations.add(new Relocation(below + ClassDescriptorLayout.SUPER_OFFSET, RelocationType.ABSOLUTE_64,
                    superSymbol, 0));
        }
        if (interfaceSet.length > 0) {
            relocations.add(new Relocation(below + ClassDescriptorLayout.INTERFACE_SET_OFFSET,
                    RelocationType.ABSOLUTE_64, rodataBlock(symbol + ".interfaces", interfaceSet, 1), 0));
            putInt(record, below, ClassDescriptorLayout.INTERFACE_SET_LENGTH_OFFSET, interfaceSet.length);
        }
        List<String> interfaceTable = dispatch.interfaceTable(interfaceSetOwner);
        if (!interfaceTable.isEmpty()) {
            relocations.add(new Relocation(below + ClassDescriptorLayout.INTERFACE_TABLE_OFFSET,
                    RelocationType.ABSOLUTE_64, addressTable(symbol + ".itable", interfaceTable), 0));
        }
        for (int i = 0; i < vtable.size(); i++) {
            relocations.add(new Relocation(below + ClassDescriptorLayout.vtableEntryOffset(i),
                    RelocationType.ABSOLUTE_64, vtable.get(i), 0));
        }
        String name = isArray ? type.getDescriptor().replace('/', '.') : type.getClassName();
        relocations.add(new Relocation(below + ClassDescriptorLayout.NAME_OFFSET, RelocationType.ABSOLUTE_64,
                text(name), 0));
        relocations.add(new Relocation(below + ClassDescriptorLayout.SIMPLE_NAME_OFFSET, RelocationType.ABSOLUTE_64,
                text(simpleName(type, node)), 0));
        List<String> directInterfaces = isArray ? List.of("java/lang/Cloneable", "java/io/Serializable")
                : node == null ? List.of() : node.interfaces;
        List<String> recorded = new ArrayList<>();
        for (String implemented : directInterfaces) {
            if (world.classes().stream().anyMatch(c -> c.name.equals(implemented))) {
                recorded.add(implemented);
            }
        }
        if (!recorded.isEmpty()) {
            List<String> descriptors = new ArrayList<>();
            for (String implemented : recorded) {
                descriptors.add(descriptor(Type.getObjectType(implemented)));
            }
            relocations.add(new Relocation(below + ClassDescriptorLayout.INTERFACES_OFFSET, RelocationType.ABSOLUTE_64,
                    addressTable(symbol + ".directInterfaces", descriptors), 0));
            putInt(record, below, ClassDescriptorLayout.INTERFACES_LENGTH_OFFSET, recorded.size());
        }
        String canonicalName = canonicalName(type);
        if (canonicalName != null) {
            relocations.add(new Relocation(below + ClassDescriptorLayout.CANONICAL_NAME_OFFSET,
                    RelocationType.ABSOLUTE_64, text(canonicalName), 0));
        }
        if (node != null && ClosedWorld.enumValues(node) != null) {
            relocations.add(new Relocation(below + ClassDescriptorLayout.ENUM_VALUES_OFFSET, RelocationType.ABSOLUTE_64,
                    Symbols.enumValues(internalName), 0));
        }
        String arrayOfThis = "[" + type.getDescriptor();
        if (world.arrayTypes().contains(arrayOfThis)) {
            relocations.add(new Relocation(below + ClassDescriptorLayout.ARRAY_TYPE_OFFSET, RelocationType.ABSOLUTE_64,
                    descriptor(Type.getType(arrayOfThis)), 0));
        }
        if (classObjects) {
            roots.addObject(symbol); // Class objects have fields the JDK sets at run time (name, enumConstants, ...).
            relocations.add(new Relocation(below + ObjectLayout.DESCRIPTOR_OFFSET, RelocationType.ABSOLUTE_64,
                    descriptor(CLASS), 0));
            Type element = isArray ? Type.getType(type.getDescriptor().substring(1)) : null;
            if (element != null) {
                // Class.getComponentType() reads this field of the JDK's Class.
                relocations.add(new Relocation(below + fields.instanceLayout(classClass).offsetOf("componentType"),
                        RelocationType.ABSOLUTE_64, descriptor(element), 0));
            }
        }
        Section data = module.section(SectionKind.DATA);
        long start = data.append(record.array(), 16);
        module.define(symbol, SectionKind.DATA, start + below, classSize, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        for (Relocation relocation : relocations) {
            data.addRelocation(relocation.shiftedBy(start));
        }
    }

    /** The primitive types and void, whose Class objects Class.getPrimitiveClass returns. */
    /** Class.getModifiers of {@code type} (ClassDescriptorLayout.MODIFIERS_SHIFT says how HotSpot computes it). */
    private int modifiers(Type type) throws CompileError {
        int publicAbstractFinal = Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_FINAL;
        switch (type.getSort()) {
            case Type.ARRAY -> {
                int visibility = Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED;
                return modifiers(type.getElementType()) & visibility | Opcodes.ACC_ABSTRACT | Opcodes.ACC_FINAL;
            }
            case Type.OBJECT -> {
                ClassNode node = resolver.findClass(type.getInternalName());
                int access = node.access;
                if (node.innerClasses != null) {
                    for (org.objectweb.asm.tree.InnerClassNode inner : node.innerClasses) {
                        if (inner.name.equals(node.name)) {
                            access = inner.access;
                            break;
                        }
                    }
                }
                return access & 0x7fff & ~Opcodes.ACC_SUPER; // JVMS-defined bits only (ASM adds pseudo-flags above)
            }
            default -> {
                return publicAbstractFinal;
            }
        }
    }

    private static final List<Type> PRIMITIVES = List.of(Type.BOOLEAN_TYPE, Type.BYTE_TYPE, Type.CHAR_TYPE,
            Type.SHORT_TYPE, Type.INT_TYPE, Type.LONG_TYPE, Type.FLOAT_TYPE, Type.DOUBLE_TYPE, Type.VOID_TYPE);

    /**
     * A primitive type's descriptor: only a Class object with its name, FLAG_PRIMITIVE and an empty
     * class-number range (no object is an instance of it).
     */
    private void emitPrimitiveDescriptor(String symbol, Type type) throws CompileError {
        ClassNode classClass = resolver.findClass(CLASS.getInternalName());
        boolean classObjects = world.instantiated().contains(CLASS.getInternalName());
        int classSize = classObjects ? fields.instanceLayout(classClass).size() : ObjectLayout.HEADER_SIZE;
        int below = ClassDescriptorLayout.VM_SIZE;
        ByteBuffer record = buffer(below + classSize);
        List<Relocation> relocations = new ArrayList<>();
        putInt(record, below, ClassDescriptorLayout.FLAGS_OFFSET, ClassDescriptorLayout.FLAG_PRIMITIVE
                | ClassDescriptorLayout.FLAG_JDK | modifiers(type) << ClassDescriptorLayout.MODIFIERS_SHIFT);
        putInt(record, below, ClassDescriptorLayout.CLASS_NUMBER_OFFSET, -1);
        putInt(record, below, ClassDescriptorLayout.LAST_DESCENDANT_OFFSET, -2);
        putInt(record, below, ClassDescriptorLayout.INTERFACE_INDEX_OFFSET, -1);
        for (int offset : new int[] {ClassDescriptorLayout.NAME_OFFSET, ClassDescriptorLayout.SIMPLE_NAME_OFFSET,
                ClassDescriptorLayout.CANONICAL_NAME_OFFSET}) {
            relocations.add(new Relocation(below + offset, RelocationType.ABSOLUTE_64, text(type.getClassName()), 0));
        }
        if (classObjects) {
            roots.addObject(symbol);
            relocations.add(new Relocation(below + ObjectLayout.DESCRIPTOR_OFFSET, RelocationType.ABSOLUTE_64,
                    descriptor(CLASS), 0));
        }
        Section data = module.section(SectionKind.DATA);
        long start = data.append(record.array(), 16);
        module.define(symbol, SectionKind.DATA, start + below, classSize, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        for (Relocation relocation : relocations) {
            data.addRelocation(relocation.shiftedBy(start));
        }
    }

    /** Classes of the JDK's boot layer (module java.base, loader 'bootstrap'), for messages that name modules. */
    public static boolean isJdkClass(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/") || internalName.startsWith("jdk/")
                || internalName.startsWith("sun/");
    }

    /** Arrays implement Cloneable and Serializable (JLS 10.8). */
    private byte[] arrayInterfaceSet() {
        byte[] set = new byte[numbering.interfaceSet(OBJECT.getInternalName()).length];
        for (String name : List.of("java/lang/Cloneable", "java/io/Serializable")) {
            int index = numbering.interfaceIndex(name);
            if (index >= 0) {
                if (set.length <= index / 8) {
                    set = java.util.Arrays.copyOf(set, index / 8 + 1);
                }
                set[index / 8] |= (byte) (1 << (index % 8));
            }
        }
        return set;
    }

    /** Class.getSimpleName(): the InnerClasses name of a member or local class, "" for an anonymous one. */
    private String simpleName(Type type, ClassNode node) throws CompileError {
        if (type.getSort() == Type.ARRAY) {
            Type element = type.getElementType();
            String elementName = element.getSort() == Type.OBJECT
                    ? simpleNameOfClass(element.getInternalName(), resolver.findClass(element.getInternalName()))
                    : element.getClassName();
            return elementName + "[]".repeat(type.getDimensions());
        }
        return simpleNameOfClass(type.getInternalName(), node);
    }

    /**
     * Class.getCanonicalName (JLS 6.7): a top-level class's binary name; a member class's enclosing
     * canonical name, a dot and its simple name; null for local and anonymous classes and what they
     * enclose; an array's element canonical name with "[]".
     */
    private String canonicalName(Type type) throws CompileError {
        if (type.getSort() == Type.ARRAY) {
            String element = canonicalName(type.getElementType());
            return element == null ? null : element + "[]".repeat(type.getDimensions());
        }
        if (type.getSort() != Type.OBJECT) {
            return type.getClassName();
        }
        ClassNode node = resolver.findClass(type.getInternalName());
        if (node != null && node.innerClasses != null) {
            for (var inner : node.innerClasses) {
                if (inner.name.equals(node.name)) {
                    if (inner.outerName == null || inner.innerName == null) {
                        return null; // local or anonymous
                    }
                    String outer = canonicalName(Type.getObjectType(inner.outerName));
                    return outer == null ? null : outer + "." + inner.innerName;
                }
            }
        }
        return type.getClassName();
    }

    private static String simpleNameOfClass(String internalName, ClassNode node) {
        if (node != null && node.innerClasses != null) {
            for (var inner : node.innerClasses) {
                if (inner.name.equals(internalName)) {
                    return inner.innerName == null ? "" : inner.innerName;
                }
            }
        }
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    /** Offsets of every reference field of an instance, superclass fields included, ascending. */
    private int[] referenceFieldOffsets(ClassNode node) throws CompileError {
        List<Integer> offsets = new ArrayList<>();
        for (ClassNode current = node; current != null;
             current = current.superName == null ? null : resolver.findClass(current.superName)) {
            FieldLayout.Placement placement = fields.instanceLayout(current);
            for (FieldNode field : current.fields) {
                if ((field.access & Opcodes.ACC_STATIC) == 0
                        && (field.desc.startsWith("L") || field.desc.startsWith("["))) {
                    offsets.add(placement.offsetOf(field.name));
                }
            }
        }
        return offsets.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** A read-only table of the addresses of {@code targets} (8 bytes each), defined as {@code symbol}. */
    private String addressTable(String symbol, List<String> targets) {
        Section rodata = module.section(SectionKind.RODATA);
        long start = rodata.append(new byte[8 * targets.size()], 8);
        module.define(symbol, SectionKind.RODATA, start, 8L * targets.size(), SymbolType.OBJECT, SymbolBinding.GLOBAL);
        for (int i = 0; i < targets.size(); i++) {
            rodata.addRelocation(new Relocation(start + 8L * i, RelocationType.ABSOLUTE_64, targets.get(i), 0));
        }
        return symbol;
    }

    private String rodataBlock(String symbol, byte[] bytes, int alignment) {
        Section rodata = module.section(SectionKind.RODATA);
        long start = rodata.append(bytes, alignment);
        module.define(symbol, SectionKind.RODATA, start, bytes.length, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        return symbol;
    }

    private static void putInt(ByteBuffer record, int below, int offset, int value) {
        record.putInt(below + offset, value);
    }

    /** Emits an object (header descriptor relocated) and defines {@code symbol} at it. */
    private long emitObject(Section data, Type type, byte[] body, String symbol) throws CompileError {
        if (holdsChangeableReferences(type)) {
            roots.addObject(symbol);
        }
        long offset = data.append(body, ObjectLayout.OBJECT_ALIGNMENT);
        data.addRelocation(new Relocation(offset + ObjectLayout.DESCRIPTOR_OFFSET, RelocationType.ABSOLUTE_64,
                descriptor(type), 0));
        module.define(symbol, SectionKind.DATA, offset, body.length, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        return offset;
    }

    /** Whether objects of {@code type} can be changed to point into the collected heap (HeapRootsLayout.OBJECTS). */
    private boolean holdsChangeableReferences(Type type) throws CompileError {
        if (type.getSort() == Type.ARRAY) {
            return type.getDimensions() > 1 || type.getElementType().getSort() == Type.OBJECT;
        }
        return !type.equals(STRING) && referenceFieldOffsets(resolver.findClass(type.getInternalName())).length > 0;
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
