package org.os2j.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The host programs the kernel tests use as oracles and machines (QEMU, GRUB's tools, objdump),
 * installed with apt-get when missing and the tests run as root (as in CI), as scripts/kernel does.
 */
final class HostTools {
    /** A finished process: its status and its output, carriage returns removed (the serial console sends CR LF). */
    record Run(int status, String output) {
    }

    private HostTools() {
    }

    /** Makes {@code command} available, installing {@code packages} if needed; fails the test otherwise. */
    static void require(String command, String... packages) throws IOException, InterruptedException {
        if (onPath(command)) {
            return;
        }
        if ("root".equals(System.getProperty("user.name")) && onPath("apt-get")) {
            String joined = String.join(" ", packages);
            run(List.of("bash", "-c", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq " + joined
                    + " || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq " + joined + ")"),
                    600);
        }
        if (!onPath(command)) {
            throw new AssertionError(command + " is missing; install it with: sudo apt-get install -y "
                    + String.join(" ", packages));
        }
    }

    /** Runs {@code command} with no input, waiting at most {@code seconds}. */
    static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
        return run(command, new byte[0], seconds);
    }

    /** Runs {@code command} with {@code input} as its standard input, waiting at most {@code seconds}. */
    static Run run(List<String> command, byte[] input, int seconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("os2j-kernel", ".out");
        Path inputFile = Files.createTempFile("os2j-kernel", ".in");
        try {
            Files.write(inputFile, input);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(inputFile.toFile())
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after " + seconds + " s: " + command + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).replace("\r", ""));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(inputFile);
        }
    }

    private static boolean onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
