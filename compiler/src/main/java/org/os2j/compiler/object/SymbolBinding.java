package org.os2j.compiler.object;

/**
 * Symbol visibility across modules, as ELF STB_LOCAL / STB_GLOBAL (gABI "Symbol Table"): LOCAL
 * names are private to their module; GLOBAL names must be unique among all linked modules.
 */
public enum SymbolBinding {
    LOCAL,
    GLOBAL
}
