package org.os2j.compiler.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.os2j.compiler.analysis.LiveFunctions;
import org.os2j.compiler.analysis.NoAllocationCheck;
import org.os2j.compiler.backend.CodeGenerator;
import org.os2j.compiler.backend.CompiledMethod;
import org.os2j.compiler.backend.InterruptEntries;
import org.os2j.compiler.backend.KernelBoot;
import org.os2j.compiler.backend.RuntimeStubs;
import org.os2j.compiler.classes.ClassPath;
import org.os2j.compiler.classes.ClassRepository;
import org.os2j.compiler.frontend.BytecodeTranslator;
import org.os2j.compiler.frontend.TranslationContext;
import org.os2j.compiler.ir.Function;
import org.os2j.compiler.layout.CallSiteTable;
import org.os2j.compiler.layout.DispatchTables;
import org.os2j.compiler.layout.FieldLayout;
import org.os2j.compiler.layout.ImageData;
import org.os2j.compiler.layout.Symbols;
import org.os2j.compiler.layout.TypeNumbering;
import org.os2j.compiler.link.LinkException;
import org.os2j.compiler.link.LinkOptions;
import org.os2j.compiler.link.Linker;
import org.os2j.compiler.object.ObjectModule;
import org.os2j.compiler.object.Section;
import org.os2j.compiler.object.SectionKind;
import org.os2j.compiler.object.SymbolBinding;
import org.os2j.compiler.object.SymbolType;
import org.os2j.compiler.pass.Pipeline;
import org.os2j.compiler.pass.WorldContext;
import org.os2j.compiler.world.ClosedWorld;
import org.os2j.compiler.world.MethodReference;
import org.os2j.compiler.world.Resolver;
import org.os2j.compiler.world.RuntimeSupport;
import org.os2j.compiler.x86.AssembledCode;
import org.os2j.runtime.InterruptFrameLayout;
import org.os2j.runtime.KernelLayout;

/**
 * Compiles a closed world of class files to one executable. The steps, in order (see
 * docs/ARCHITECTURE.md):
 * <ol>
 * <li>load classes, merging method-level substitutions and lowering invokedynamic
 *     ({@link ClassRepository});</li>
 * <li>compute the closed world from main and the runtime roots by rapid type analysis
 *     ({@link ClosedWorld}), then the subtype-test numbering and dispatch tables
 *     ({@link TypeNumbering}, {@link DispatchTables});</li>
 * <li>phase 1: translate every method of the world to IR in SSA form ({@link BytecodeTranslator});</li>
 * <li>phase 2: the whole-program steps over all of it (devirtualization, inlining; {@link Pipeline}),
 *     then the functions still needed ({@link LiveFunctions}): the others get no code;</li>
 * <li>phase 3, per method: the IR passes including the late lowering of Java operations
 *     ({@link Pipeline}), register allocation and x86-64 code ({@link CodeGenerator});</li>
 * <li>add the entry point and class-initialization routines ({@link RuntimeStubs}) and complete the
 *     image data: descriptors with their tables, strings, statics ({@link ImageData});</li>
 * <li>link the object into the target's executable ({@link Linker}) and write it atomically.</li>
 * </ol>
 * Setting the system property {@code os2j.verify-ir=true} runs the IR verifier after every pass and
 * checks every register allocation (backend/AllocationChecker); the tests set it.
 */
public final class Compiler {
    /**
     * Methods start on 32-byte boundaries (a fetch block): on the CI machine's AMD EPYC the same
     * recursive method ran 162-196 ms depending on its offset within a 64-byte line, and 32-byte
     * alignment measured best over the benchmarks (docs/ROADMAP.md).
     */
    private static final int FUNCTION_ALIGNMENT = 32;

    private Compiler() {
    }

    /**
     * Compiles {@code options.mainClass()} and everything it reaches into {@code options.output()}.
     * On failure nothing is left at the output path.
     */
    public static void compile(CompileOptions options) throws CompileError {
        ClassPath classPath = ClassPath.create(options.classPath());
        try {
            byte[] executable = build(options, classPath);
            writeAtomically(options.output(), executable);
        } finally {
            classPath.close();
        }
    }

    /**
     * The whole-program analysis of a program, for tools and tests that run passes without
     * compiling (the IR file tests of passes that consult the world). Close it to close the class path.
     */
    public record Analysis(WorldContext context, ClassPath classPath) implements AutoCloseable {
        @Override
        public void close() {
            classPath.close();
        }
    }

    public static Analysis analyze(List<Path> classPathEntries, String mainClass) throws CompileError {
        ClassPath classPath = ClassPath.create(classPathEntries);
        try {
            return new Analysis(analyze(classPath, mainClass, new ObjectModule(mainClass), Target.LINUX,
                    java.util.Set.of()), classPath);
        } catch (CompileError | RuntimeException e) {
            classPath.close();
            throw e;
        }
    }

    /** Steps 1-3: load, closed world, numbering and dispatch tables, field layout, image data. */
    private static WorldContext analyze(ClassPath classPath, String mainClass, ObjectModule module, Target target,
                                        java.util.Set<String> initializeAtRunTime) throws CompileError {
        Resolver resolver = new Resolver(new ClassRepository(classPath, target.spelling()));
        ClosedWorld world = new ClosedWorld(resolver, initializeAtRunTime);
        world.addMain(mainClass);
        for (MethodReference root : RuntimeSupport.ROOTS) {
            world.addRoot(root);
        }
        for (MethodReference root : target == Target.KERNEL ? RuntimeSupport.KERNEL_ROOTS : RuntimeSupport.LINUX_ROOTS) {
            world.addRoot(root);
        }
        world.complete();
        TypeNumbering numbering = new TypeNumbering(world);
        DispatchTables dispatch = new DispatchTables(world);
        FieldLayout fields = new FieldLayout(resolver);
        ImageData image = new ImageData(module, fields, world, numbering, dispatch);
        return new WorldContext(world, fields, dispatch, image);
    }

    private static byte[] build(CompileOptions options, ClassPath classPath) throws CompileError {
        ObjectModule module = new ObjectModule(options.mainClass());
        WorldContext worldContext = analyze(classPath, options.mainClass(), module, options.target(),
                options.initializeAtRunTime());
        ClosedWorld world = worldContext.world();
        ImageData image = worldContext.image();
        if (options.printReachable()) {
            printReachable(world, options.dumpOut());
        }
        if (options.printInitialization()) {
            world.buildTime().decisions().forEach((name, when) ->
                    options.dumpOut().println(name.replace('/', '.') + ": " + when));
        }
        boolean verify = Boolean.getBoolean("os2j.verify-ir");
        Pipeline pipeline = new Pipeline(worldContext, verify, options.dumpIrFilter(), options.dumpOut());

        // Phase 1: the IR of the whole world.
        TranslationContext context = new TranslationContext(world);
        List<Function> functions = new ArrayList<>();
        for (ClosedWorld.Member member : world.methods()) {
            functions.add(BytecodeTranslator.translate(context, member.owner(), member.method()));
        }
        // Phase 2: whole-program steps, then the whole-program checks.
        pipeline.runWholeProgram(functions);
        NoAllocationCheck.check(world, new ArrayList<>(world.methods()), functions);
        java.util.Set<String> live = LiveFunctions.of(world, worldContext.dispatch(), functions);
        // Phase 3: per method, the passes and the backend.
        if (options.target() == Target.KERNEL) {
            addFunction(module, Symbols.KERNEL_HEADERS, KernelBoot.headers());
            addFunction(module, Symbols.KERNEL_ENTRY, KernelBoot.entry());
            addFunction(module, KernelBoot.HIGHER_HALF, KernelBoot.higherHalf());
            addFunction(module, InterruptFrameLayout.ENTRIES, InterruptEntries.generate());
            reserve(module, Symbols.BOOT_PAGE_TABLES, KernelBoot.PAGE_TABLES_SIZE, 4096);
            reserve(module, Symbols.BOOT_STACK, KernelLayout.BOOT_STACK_SIZE, 4096); // its lowest page becomes a guard
        } else {
            addFunction(module, Symbols.ENTRY, RuntimeStubs.linuxEntry());
            addFunction(module, Symbols.SIGNAL_RETURN, RuntimeStubs.signalReturn());
            reserve(module, Symbols.BOOT_STACK, RuntimeStubs.BOOT_STACK_SIZE, 16);
        }
        defineLong(module, org.os2j.runtime.gc.Heap.DEFAULT_MAXIMUM_SYMBOL, options.maximumHeapSize());
        reserve(module, org.os2j.runtime.AllocationLayout.TOP, 8, 8);
        reserve(module, org.os2j.runtime.AllocationLayout.LIMIT, 8, 8);
        CallSiteTable callSites = new CallSiteTable();
        List<ClosedWorld.Member> members = new ArrayList<>(world.methods());
        for (int i = 0; i < functions.size(); i++) {
            Function function = functions.get(i);
            ClosedWorld.Member member = members.get(i);
            String className = member.owner().name.replace('/', '.');
            if (!live.contains(function.symbol())) { // Inlined wherever it was called: no code, a name for stack traces.
                callSites.addWithoutCode(function.symbol(), className, member.method().name, member.owner().sourceFile);
                continue;
            }
            pipeline.run(function);
            CompiledMethod compiled = CodeGenerator.generate(function, verify);
            addFunction(module, function.symbol(), compiled.code());
            callSites.add(function.symbol(), compiled.code().code().length, className, member.method().name,
                    member.owner().sourceFile, compiled.callSites());
        }
        callSites.emit(module, image);
        for (ClassNode type : world.classes()) {
            if (world.needsInitialization(type.name)) {
                addClassInitializer(module, image, world, type);
            }
            MethodReference values = ClosedWorld.enumValues(type);
            if (values != null) {
                addFunction(module, Symbols.enumValues(type.name), RuntimeStubs.enumValues(
                        world.needsInitialization(type.name) ? Symbols.initializer(type.name) : null, values.symbol()));
            }
        }
        image.finish();
        try {
            return new Linker(options.target() == Target.KERNEL ? LinkOptions.kernelImage()
                    : LinkOptions.linuxExecutable()).link(List.of(module));
        } catch (LinkException e) {
            throw new CompileError("link failed: " + e.getMessage(), e);
        }
    }

    private static void addClassInitializer(ObjectModule module, ImageData image, ClosedWorld world, ClassNode type) {
        image.initializedFlag(type.name);
        String superclass = type.superName != null && world.needsInitialization(type.superName) ? type.superName : null;
        String clinit = null;
        for (MethodNode method : type.methods) {
            if (method.name.equals("<clinit>")) {
                clinit = new MethodReference(type.name, method.name, method.desc).symbol();
            }
        }
        addFunction(module, Symbols.initializer(type.name), RuntimeStubs.classInitializer(type.name, superclass, clinit,
                image.descriptor(org.objectweb.asm.Type.getObjectType(type.name))));
    }

    /** --print-reachable: the classes, then every method with the first path from a root to it. */
    private static void printReachable(ClosedWorld world, java.io.PrintStream out) {
        out.println(world.classes().size() + " reachable classes, " + world.methods().size() + " reachable methods");
        for (ClassNode type : world.classes()) {
            out.println("class " + type.name.replace('/', '.'));
        }
        for (ClosedWorld.Member member : world.methods()) {
            out.println(String.join(" <- ", world.pathFromRoot(member.reference().symbol())));
        }
    }

    /** A local read-only 8-byte value. */
    private static void defineLong(ObjectModule module, String symbol, long value) {
        byte[] bytes = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(value).array();
        module.define(symbol, SectionKind.RODATA, module.section(SectionKind.RODATA).append(bytes, 8), 8,
                SymbolType.OBJECT, SymbolBinding.LOCAL);
    }

    /** A local .bss block of {@code size} bytes. */
    private static void reserve(ObjectModule module, String symbol, int size, int alignment) {
        module.define(symbol, SectionKind.BSS, module.section(SectionKind.BSS).reserve(size, alignment), size,
                SymbolType.OBJECT, SymbolBinding.LOCAL);
    }

    private static void addFunction(ObjectModule module, String symbol, AssembledCode code) {
        Section text = module.section(SectionKind.TEXT);
        long offset = text.append(code.code(), FUNCTION_ALIGNMENT);
        code.relocations().forEach(relocation -> text.addRelocation(relocation.shiftedBy(offset)));
        module.define(symbol, SectionKind.TEXT, offset, code.code().length, SymbolType.FUNCTION, SymbolBinding.GLOBAL);
    }

    /** The operating system's reason, without Java's exception vocabulary or temporary file names. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage();
    }

    private static void writeAtomically(Path output, byte[] bytes) throws CompileError {
        Path absolute = output.toAbsolutePath();
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            throw new CompileError("cannot write " + output + ": no such directory " + directory);
        }
        if (Files.isDirectory(absolute)) {
            throw new CompileError("cannot write " + output + ": it is a directory");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A device or pipe (-o /dev/null): write into it, as other compilers do; a rename would replace it.
            try {
                Files.write(absolute, bytes);
                return;
            } catch (IOException e) {
                throw new CompileError("cannot write " + output + ": " + reason(e));
            }
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".partial");
            Files.write(temporary, bytes);
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The write already failed; the partial file is best-effort cleanup.
                }
            }
            throw new CompileError("cannot write " + output + ": " + reason(e));
        }
    }
}
