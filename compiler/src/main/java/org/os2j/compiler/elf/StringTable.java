package org.os2j.compiler.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A string table section under construction (ELF-64 Object File Format §5; gABI "String Table"):
 * byte 0 is NUL so index 0 means "no name", each string is stored once as UTF-8 followed by NUL,
 * and indices are assigned in order of first {@link #add}, so the result is deterministic. Any
 * characters except NUL are kept intact.
 */
public final class StringTable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> indices = new HashMap<>();

    public StringTable() {
        bytes.write(0);
        indices.put("", 0);
    }

    /** The index of {@code string}, adding it on first use. */
    public int add(String string) {
        Integer known = indices.get(string);
        if (known != null) {
            return known;
        }
        if (string.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("string contains NUL: " + string.replace('\0', '?'));
        }
        int index = bytes.size();
        bytes.writeBytes(string.getBytes(StandardCharsets.UTF_8));
        bytes.write(0);
        indices.put(string, index);
        return index;
    }

    public int size() {
        return bytes.size();
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
