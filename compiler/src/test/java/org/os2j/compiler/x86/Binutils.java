package org.os2j.compiler.x86;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.os2j.compiler.object.Relocation;
import org.os2j.compiler.object.RelocationType;

/** Runs GNU binutils (as, objcopy, nm, readelf, objdump) for the tests that use them as an oracle. */
final class Binutils {
    private static final Pattern RELA = Pattern.compile(
        "^([0-9a-f]+)\\s+([0-9a-f]+)\\s+(\\S+)\\s+[0-9a-f]+\\s+(\\S+)\\s*([+-])\\s*([0-9a-f]+)\\s*$");

    private Binutils() {
    }

    /** Whether every tool is an executable on the PATH. */
    static boolean available(String... tools) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String tool : tools) {
            boolean found = false;
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** An object assembled by GNU as: its .text bytes, symbol offsets and .text relocations. */
    record AssembledObject(byte[] text, Map<String, Long> symbols, List<Relocation> relocations) {
    }

    /** Assembles Intel-syntax {@code lines} with {@code as --64} and reads the result back. */
    static AssembledObject assemble(List<String> lines, Path work) {
        try {
            Path source = work.resolve("input.s");
            Path object = work.resolve("input.o");
            Path text = work.resolve("input.bin");
            List<String> all = new ArrayList<>(List.of(".intel_syntax noprefix", ".text"));
            all.addAll(lines);
            Files.write(source, all, StandardCharsets.UTF_8);
            run(work, "as", "--64", "-o", object.toString(), source.toString());
            run(work, "objcopy", "-O", "binary", "-j", ".text", object.toString(), text.toString());
            Map<String, Long> symbols = new TreeMap<>();
            for (String line : run(work, "nm", object.toString()).split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 3) {
                    symbols.put(f[2], Long.parseUnsignedLong(f[0], 16));
                }
            }
            List<Relocation> relocations = new ArrayList<>();
            for (String line : run(work, "readelf", "-rW", object.toString()).split("\n")) {
                Matcher m = RELA.matcher(line.trim());
                if (m.matches()) {
                    int elfType = (int) Long.parseUnsignedLong(m.group(2), 16);
                    long addend = Long.parseUnsignedLong(m.group(6), 16) * (m.group(5).equals("-") ? -1 : 1);
                    relocations.add(new Relocation(Long.parseUnsignedLong(m.group(1), 16), typeOf(elfType, line),
                        m.group(4), addend));
                }
            }
            byte[] bytes = Files.exists(text) ? Files.readAllBytes(text) : new byte[0];
            return new AssembledObject(bytes, symbols, relocations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disassembles raw x86-64 bytes with objdump and returns the mnemonic column of each line. */
    static List<String> disassemble(byte[] code, Path work) {
        try {
            Path bin = work.resolve("code.bin");
            Files.write(bin, code);
            String out = run(work, "objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel", bin.toString());
            List<String> mnemonics = new ArrayList<>();
            for (String line : out.split("\n")) {
                String[] columns = line.split("\t");
                if (columns.length >= 3 && columns[0].trim().matches("[0-9a-f]+:")) {
                    mnemonics.add(columns[2].trim().split("\\s+")[0]);
                }
            }
            return mnemonics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RelocationType typeOf(int elfType, String line) {
        for (RelocationType type : RelocationType.values()) {
            if (type.elfType == elfType) {
                return type;
            }
        }
        throw new IllegalStateException("relocation type " + elfType + " not known to os2j: " + line);
    }

    static String run(Path work, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command[0] + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
