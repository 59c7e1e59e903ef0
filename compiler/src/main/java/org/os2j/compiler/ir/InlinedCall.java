package org.os2j.compiler.ir;

/**
 * Where the code of an inlined method came from: an instruction copied into a caller by
 * pass/InlineSmallMethods keeps its own source line, and its InlinedCall names the method it
 * belongs to ({@code method}, a function symbol) and the line of the call in the next method out
 * ({@code callLine}), which is {@code outer}'s method when the caller was itself inlined, else the
 * function that holds the instruction. Stack traces expand a call site with an InlinedCall into
 * one frame per level, innermost first (layout/CallSiteTable, runtime/unwind/StackTraces).
 */
public record InlinedCall(String method, int callLine, InlinedCall outer) {
    /** The line in the function that physically holds the code: the outermost call's line. */
    public int outermostLine() {
        InlinedCall call = this;
        while (call.outer != null) {
            call = call.outer;
        }
        return call.callLine;
    }

    /** How deep the chain is: 1 for a method inlined straight into the function. */
    public int depth() {
        return outer == null ? 1 : 1 + outer.depth();
    }
}
