package org.os2j.compiler.object;

/**
 * What a symbol names, as ELF STT_FUNC / STT_OBJECT / STT_NOTYPE (gABI "Symbol Table"): code, a
 * data object, or nothing in particular (a label). Debuggers and disassemblers name code by the
 * FUNCTION symbols and their sizes.
 */
public enum SymbolType {
    FUNCTION,
    OBJECT,
    NONE
}
