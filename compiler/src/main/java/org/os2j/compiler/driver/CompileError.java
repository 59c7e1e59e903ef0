package org.os2j.compiler.driver;

/**
 * A user-facing compilation failure: an unsupported construct, a missing class or member, a bad
 * input file. Its message names what failed and, where known, the use site (class, method, source
 * line); the CLI prints the message alone and exits 1. Internal compiler bugs are not CompileErrors.
 */
public final class CompileError extends Exception {
    public CompileError(String message) {
        super(message);
    }

    public CompileError(String message, Throwable cause) {
        super(message, cause);
    }
}
