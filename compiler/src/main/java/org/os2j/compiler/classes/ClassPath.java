package org.os2j.compiler.classes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.os2j.compiler.driver.CompileError;

/**
 * Where the compiler finds class files, in lookup order: the JDK 17 class library (the {@code jrt:}
 * image of the JDK running the compiler, which must be 17: the class library is compiled from it),
 * the os2j runtime module (resources of the compiler's class loader), then the user class path.
 */
public final class ClassPath {
    private final List<ClassSource> sources = new ArrayList<>();
    private final List<ZipFile> openJars = new ArrayList<>();

    private ClassPath() {
    }

    public static ClassPath create(List<Path> userEntries) throws CompileError {
        int feature = Runtime.version().feature();
        if (feature != 17) {
            throw new CompileError("os2j compiles the JDK 17 class library and must run on JDK 17 (this is JDK "
                    + feature + "); set JAVA_HOME to a JDK 17");
        }
        ClassPath classPath = new ClassPath();
        classPath.sources.add(jdkImage());
        classPath.sources.add(runtimeModule());
        for (Path entry : userEntries) {
            classPath.sources.add(classPath.userEntry(entry));
        }
        return classPath;
    }

    /** The class file of {@code internalName}, or null when no source has it. */
    public byte[] find(String internalName) {
        try {
            for (ClassSource source : sources) {
                byte[] bytes = source.find(internalName);
                if (bytes != null) {
                    return bytes;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of a resource of the runtime module (e.g. its substitution list), or null. */
    public static byte[] runtimeResource(String name) {
        try (InputStream in = ClassPath.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void close() {
        for (ZipFile jar : openJars) {
            try {
                jar.close();
            } catch (IOException ignored) {
                // Closing a read-only jar cannot lose data.
            }
        }
    }

    private ClassSource userEntry(Path entry) throws CompileError {
        if (Files.isDirectory(entry)) {
            return name -> {
                Path file = entry.resolve(name + ".class");
                return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            };
        }
        if (Files.isRegularFile(entry)) {
            try {
                ZipFile jar = new ZipFile(entry.toFile());
                openJars.add(jar);
                return name -> {
                    ZipEntry zipEntry = jar.getEntry(name + ".class");
                    if (zipEntry == null) {
                        return null;
                    }
                    try (InputStream in = jar.getInputStream(zipEntry)) {
                        return in.readAllBytes();
                    }
                };
            } catch (IOException e) {
                throw new CompileError("class path entry " + entry + " is not a readable jar: " + e.getMessage());
            }
        }
        throw new CompileError("class path entry " + entry + " does not exist");
    }

    private static ClassSource runtimeModule() {
        return name -> name.startsWith("org/os2j/runtime/") ? runtimeResource(name + ".class") : null;
    }

    private static ClassSource jdkImage() {
        FileSystem image = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> list = Files.list(image.getPath("/modules"))) {
            list.sorted().forEach(modules::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name -> {
            for (Path module : modules) {
                Path file = module.resolve(name + ".class");
                if (Files.exists(file)) {
                    return Files.readAllBytes(file);
                }
            }
            return null;
        };
    }
}
