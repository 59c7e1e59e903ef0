package org.os2j.compiler.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code os2j} command line (launched by {@code scripts/os2j}). Exit codes: 0 success,
 * 1 compilation error (one message naming what failed and where), 2 usage error (the usage is
 * printed to stderr).
 */
@Command(name = "os2j", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Java-to-x86-64 ahead-of-time compiler.",
        footerHeading = "%n", footer = {"Run 'os2j compile --help' for the compiler's options.",
            "Exit status: 0 success; 1 compilation error; 2 bad command line."},
        subcommands = {CompileCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: os2j compile --help)");
    }
}
