package org.os2j.compiler.object;

import java.util.Objects;

/**
 * A name defined at {@code offset} in the module's section of kind {@code section}, covering
 * {@code size} bytes. Names are arbitrary non-empty strings without NUL characters (JVM-style
 * signatures such as {@code Hello.main([Ljava/lang/String;)V} are typical); writers keep them intact.
 */
public record Symbol(String name, SectionKind section, long offset, long size, SymbolType type,
                     SymbolBinding binding) {
    public Symbol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(binding, "binding");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty symbol name");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("symbol name contains NUL: " + name.replace('\0', '?'));
        }
        if (offset < 0 || size < 0) {
            throw new IllegalArgumentException("negative offset or size for symbol " + name);
        }
    }

    /** Whether {@code place} (an offset in the same section) lies inside {@code [offset, offset+size)}. */
    public boolean covers(long place) {
        return place >= offset && place < offset + size;
    }
}
