package org.os2j.compiler.heap;

/**
 * Why a static initializer cannot run at build time: it does something whose result depends on the
 * run (I/O, the clock, the environment), reaches what the interpreter does not model, or could
 * observe state the program may change first. The class is then initialized at run time, with
 * exact Java semantics. The message is what --print-initialization shows.
 */
final class NotAtBuildTime extends RuntimeException {
    NotAtBuildTime(String reason) {
        super(reason, null, false, false);
    }
}
