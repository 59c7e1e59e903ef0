package org.os2j.compiler.layout;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.os2j.compiler.backend.CompiledMethod;
import org.os2j.compiler.driver.CompileError;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;
import org.os2j.runtime.CallSiteLayout;

/**
 * The image's call-site, landing-pad, method, inlined-frame and stack-map tables ({@link CallSiteLayout}), which the unwinder,
 * stack traces and the collector read. Equal stack maps are stored once. Methods are added in the order their code is appended to the text section and each
 * method's call sites are sorted by offset, so the table is sorted by return address.
 *
 * <p>A method whose code is not emitted (inlined wherever it was called: analysis/LiveFunctions)
 * still has a method-table entry, which the inlined frames of its callers name: size 0, at the
 * address of the first method with code, before every other entry, so the table stays sorted by
 * code address and no address is ever found in it.
 */
public final class CallSiteTable {
    /** {@code codeSize} is -1 for a method without code. */
    private record Method(String codeSymbol, int codeSize, String className, String methodName, String fileName,
                          List<CompiledMethod.CallSite> sites) {
        boolean hasCode() {
            return codeSize >= 0;
        }
    }

    private final List<Method> methods = new ArrayList<>();

    /** Adds a method's call sites; call in the order methods' code is laid out. */
    public void add(String codeSymbol, int codeSize, String className, String methodName, String fileName,
                    List<CompiledMethod.CallSite> sites) {
        methods.add(new Method(codeSymbol, codeSize, className, methodName, fileName, sites));
    }

    /** Adds a method whose code is not in the executable, for the inlined frames that name it. */
    public void addWithoutCode(String symbol, String className, String methodName, String fileName) {
        methods.add(new Method(symbol, -1, className, methodName, fileName, List.of()));
    }

    /** The offset of a stack map in the table, written once per distinct map. */
    private static int writeMap(java.io.ByteArrayOutputStream maps, java.util.Map<String, Integer> offsets, int[] slots) {
        return offsets.computeIfAbsent(java.util.Arrays.toString(slots), key -> {
            int offset = maps.size();
            ByteBuffer map = ByteBuffer.allocate(4 + 4 * slots.length).order(ByteOrder.LITTLE_ENDIAN);
            map.putInt(slots.length);
            for (int slot : slots) {
                map.putInt(slot);
            }
            maps.writeBytes(map.array());
            return offset;
        });
    }

    /**
     * The inlined-frame table (CallSiteLayout): one entry per distinct link of the inlined-call
     * chains of call sites, shared by every call site with the same chain.
     */
    private final class InlinedFrames {
        private final java.util.Map<String, Integer> methodIndex = new java.util.HashMap<>();
        private final java.util.Map<List<Object>, Integer> indexes = new java.util.HashMap<>();
        private final java.io.ByteArrayOutputStream entries = new java.io.ByteArrayOutputStream();
        private final List<Relocation> relocations = new ArrayList<>();

        InlinedFrames() {
            for (int index = 0; index < methods.size(); index++) {
                methodIndex.put(methods.get(index).codeSymbol(), index);
            }
        }

        /** The value of a line field for {@code line} of the innermost method of {@code call} (a plain line when null). */
        int lineField(int line, org.os2j.compiler.ir.InlinedCall call) {
            if (call == null) {
                return line;
            }
            int outer = lineField(call.callLine(), call.outer());
            Integer method = methodIndex.get(call.method());
            if (method == null) {
                throw new IllegalStateException("inlined method " + call.method() + " is not compiled");
            }
            int index = indexes.computeIfAbsent(List.of(method, line, outer), key -> {
                int at = entries.size();
                relocations.add(new Relocation(at + CallSiteLayout.INLINED_METHOD_OFFSET, RelocationType.PC_RELATIVE_32,
                        CallSiteLayout.METHODS, (long) method * CallSiteLayout.METHOD_ENTRY_SIZE));
                ByteBuffer bytes = ByteBuffer.allocate(CallSiteLayout.INLINED_ENTRY_SIZE).order(ByteOrder.LITTLE_ENDIAN);
                bytes.putInt(CallSiteLayout.INLINED_LINE_OFFSET, line);
                bytes.putInt(CallSiteLayout.INLINED_OUTER_OFFSET, outer);
                entries.writeBytes(bytes.array());
                return at / CallSiteLayout.INLINED_ENTRY_SIZE;
            });
            return -(index + 1);
        }

        void emit(ObjectModule module, Section rodata) {
            emitTable(module, rodata, entries.toByteArray(), relocations, CallSiteLayout.INLINED_FRAMES,
                    CallSiteLayout.INLINED_FRAMES_END);
        }
    }

    /** The wide call-site table (CallSiteLayout): the call sites whose line field or stack map need 32 bits. */
    private static final class WideSites {
        private final java.io.ByteArrayOutputStream entries = new java.io.ByteArrayOutputStream();
        private final List<Relocation> relocations = new ArrayList<>();

        /** Adds a call site; call in return-address order. */
        void add(String codeSymbol, int returnOffset, int line, int map) {
            int at = entries.size();
            relocations.add(new Relocation(at + CallSiteLayout.RETURN_ADDRESS_OFFSET, RelocationType.PC_RELATIVE_32,
                    codeSymbol, returnOffset));
            ByteBuffer bytes = ByteBuffer.allocate(CallSiteLayout.WIDE_ENTRY_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            bytes.putInt(CallSiteLayout.WIDE_LINE_OFFSET, line);
            bytes.putInt(CallSiteLayout.WIDE_STACK_MAP_OFFSET, map);
            entries.writeBytes(bytes.array());
        }

        void emit(ObjectModule module, Section rodata) {
            emitTable(module, rodata, entries.toByteArray(), relocations, CallSiteLayout.WIDE_TABLE,
                    CallSiteLayout.WIDE_TABLE_END);
        }
    }

    /** A table in read-only data between symbols {@code start} and {@code end}, with its relocations. */
    private static void emitTable(ObjectModule module, Section rodata, byte[] bytes, List<Relocation> relocations,
                                  String start, String end) {
        long at = rodata.append(bytes, 4);
        module.define(start, SectionKind.RODATA, at, bytes.length, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        module.define(end, SectionKind.RODATA, at + bytes.length, 0, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        relocations.forEach(relocation -> rodata.addRelocation(relocation.shiftedBy(at)));
    }

    /** Emits both tables into read-only data (before the image data is finished: it adds strings). */
    public void emit(ObjectModule module, ImageData image) throws CompileError {
        Section rodata = module.section(SectionKind.RODATA);
        List<Method> withCode = methods.stream().filter(Method::hasCode).toList();
        if (withCode.isEmpty()) {
            throw new IllegalStateException("no method has code");
        }
        String firstCode = withCode.get(0).codeSymbol();
        List<Method> ordered = new ArrayList<>(methods.stream().filter(method -> !method.hasCode()).toList());
        ordered.addAll(withCode);
        methods.clear();
        methods.addAll(ordered);
        int siteCount = methods.stream().mapToInt(method -> method.sites().size()).sum();
        ByteBuffer sites = ByteBuffer.allocate(Math.max(siteCount, 1) * CallSiteLayout.ENTRY_SIZE)
                .order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer names = ByteBuffer.allocate(Math.max(methods.size(), 1) * CallSiteLayout.METHOD_ENTRY_SIZE)
                .order(ByteOrder.LITTLE_ENDIAN);
        List<Relocation> siteRelocations = new ArrayList<>();
        List<Relocation> padRelocations = new ArrayList<>();
        int padCount = 0;
        java.io.ByteArrayOutputStream maps = new java.io.ByteArrayOutputStream();
        java.util.Map<String, Integer> mapOffsets = new java.util.HashMap<>();
        writeMap(maps, mapOffsets, new int[0]);
        List<Relocation> nameRelocations = new ArrayList<>();
        InlinedFrames inlined = new InlinedFrames();
        WideSites wide = new WideSites();
        int entry = 0;
        for (int index = 0; index < methods.size(); index++) {
            Method method = methods.get(index);
            long base = (long) index * CallSiteLayout.METHOD_ENTRY_SIZE;
            nameRelocations.add(new Relocation(base + CallSiteLayout.METHOD_CODE_START_OFFSET,
                    RelocationType.PC_RELATIVE_32, method.hasCode() ? method.codeSymbol() : firstCode, 0));
            nameRelocations.add(new Relocation(base + CallSiteLayout.METHOD_NAME_OFFSET, RelocationType.PC_RELATIVE_32,
                    image.text(method.methodName()), 0));
            if (method.fileName() != null) {
                nameRelocations.add(new Relocation(base + CallSiteLayout.FILE_NAME_OFFSET,
                        RelocationType.PC_RELATIVE_32, image.text(method.fileName()), 0));
            }
            nameRelocations.add(new Relocation(base + CallSiteLayout.CLASS_DESCRIPTOR_OFFSET, RelocationType.PC_RELATIVE_32,
                    image.descriptor(org.objectweb.asm.Type.getObjectType(method.className().replace('.', '/'))), 0));
            // The runtime's own frames, and lambda classes' (hidden, as HotSpot's), stay out of stack traces.
            boolean hidden = method.className().startsWith("org.os2j.runtime.") || method.className().contains("$$Lambda$");
            int flags = (hidden ? CallSiteLayout.METHOD_RUNTIME : 0)
                    | (method.methodName().equals("<init>") ? CallSiteLayout.METHOD_CONSTRUCTOR : 0)
                    | (method.methodName().equals("fillInStackTrace") ? CallSiteLayout.METHOD_FILL_IN_STACK_TRACE : 0);
            if (method.hasCode() && (method.codeSize() & ~CallSiteLayout.METHOD_CODE_SIZE_MASK) != 0) {
                throw new CompileError("the code of " + method.codeSymbol() + " is " + method.codeSize()
                        + " bytes, more than the method table can describe (16 MB)");
            }
            names.putInt((int) base + CallSiteLayout.METHOD_CODE_SIZE_AND_FLAGS_OFFSET,
                    Math.max(method.codeSize(), 0) | flags);
            for (CompiledMethod.CallSite site : method.sites()) {
                long at = (long) entry * CallSiteLayout.ENTRY_SIZE;
                siteRelocations.add(new Relocation(at + CallSiteLayout.RETURN_ADDRESS_OFFSET,
                        RelocationType.PC_RELATIVE_32, method.codeSymbol(), site.returnOffset()));
                if (site.landingPadOffset() >= 0) {
                    long pad = (long) padCount * CallSiteLayout.LANDING_PAD_ENTRY_SIZE;
                    padRelocations.add(new Relocation(pad + CallSiteLayout.RETURN_ADDRESS_OFFSET,
                            RelocationType.PC_RELATIVE_32, method.codeSymbol(), site.returnOffset()));
                    padRelocations.add(new Relocation(pad + CallSiteLayout.LANDING_PAD_OFFSET,
                            RelocationType.PC_RELATIVE_32, method.codeSymbol(), site.landingPadOffset()));
                    padCount++;
                }
                int line = inlined.lineField(site.line(), site.inlinedCall());
                int map = writeMap(maps, mapOffsets, site.referenceSlots());
                if (line > CallSiteLayout.WIDE_LINE && line <= Short.MAX_VALUE
                        && map / CallSiteLayout.STACK_MAP_ALIGNMENT <= 0xFFFF) {
                    sites.putShort((int) at + CallSiteLayout.LINE_OFFSET, (short) line);
                    sites.putShort((int) at + CallSiteLayout.STACK_MAP_OFFSET,
                            (short) (map / CallSiteLayout.STACK_MAP_ALIGNMENT));
                } else {
                    sites.putShort((int) at + CallSiteLayout.LINE_OFFSET, CallSiteLayout.WIDE_LINE);
                    wide.add(method.codeSymbol(), site.returnOffset(), line, map);
                }
                entry++;
            }
        }
        long siteStart = rodata.append(sites.array(), 4);
        module.define(CallSiteLayout.TABLE_START, SectionKind.RODATA, siteStart,
                (long) siteCount * CallSiteLayout.ENTRY_SIZE, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        module.define(CallSiteLayout.TABLE_END, SectionKind.RODATA,
                siteStart + (long) siteCount * CallSiteLayout.ENTRY_SIZE, 0, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        siteRelocations.forEach(relocation -> rodata.addRelocation(relocation.shiftedBy(siteStart)));
        long padStart = rodata.append(new byte[padCount * CallSiteLayout.LANDING_PAD_ENTRY_SIZE], 4);
        module.define(CallSiteLayout.LANDING_PADS, SectionKind.RODATA, padStart,
                (long) padCount * CallSiteLayout.LANDING_PAD_ENTRY_SIZE, SymbolType.OBJECT, SymbolBinding.GLOBAL);
        module.define(CallSiteLayout.LANDING_PADS_END, SectionKind.RODATA,
                padStart + (long) padCount * CallSiteLayout.LANDING_PAD_ENTRY_SIZE, 0, SymbolType.OBJECT,
                SymbolBinding.GLOBAL);
        padRelocations.forEach(relocation -> rodata.addRelocation(relocation.shiftedBy(padStart)));
        long nameStart = rodata.append(names.array(), 4);
        module.define(CallSiteLayout.METHODS, SectionKind.RODATA, nameStart, names.capacity(), SymbolType.OBJECT,
                SymbolBinding.GLOBAL);
        nameRelocations.forEach(relocation -> rodata.addRelocation(relocation.shiftedBy(nameStart)));
        module.define(CallSiteLayout.METHODS_END, SectionKind.RODATA,
                nameStart + (long) methods.size() * CallSiteLayout.METHOD_ENTRY_SIZE, 0, SymbolType.OBJECT,
                SymbolBinding.GLOBAL);
        inlined.emit(module, rodata);
        wide.emit(module, rodata);
        byte[] mapBytes = maps.toByteArray();
        long mapStart = rodata.append(mapBytes, 4);
        module.define(CallSiteLayout.STACK_MAPS, SectionKind.RODATA, mapStart, mapBytes.length, SymbolType.OBJECT,
                SymbolBinding.GLOBAL);
    }
}
