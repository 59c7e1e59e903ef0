package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;

/**
 * The pool behind String.intern(): one instance per distinct value, kept in an open-addressing
 * table (linear probing on hashCode). The image's string literals are in it from the start (JLS
 * 3.10.5: a literal is interned), read from the array the compiler emits at {@link #LITERALS}, so
 * {@code new String("a").intern() == "a"}.
 */
public final class InternedStrings {
    /** The image symbol of the String[] of every string literal of the image (compiler layout/ImageData). */
    public static final String LITERALS = "image:string-literals";

    private static String[] table;
    private static int count;

    private InternedStrings() {
    }

    public static String intern(String value) {
        if (table == null) {
            table = new String[64];
            if (Magic.inCompiledCode()) {
                for (Object literal : (Object[]) Magic.toObject(Magic.symbol(LITERALS))) {
                    enter((String) literal);
                }
            }
        }
        return enter(value);
    }

    private static String enter(String value) {
        int mask = table.length - 1;
        for (int i = value.hashCode() & mask; ; i = (i + 1) & mask) {
            String present = table[i];
            if (present == null) {
                break;
            }
            if (present.equals(value)) {
                return present;
            }
        }
        if (2 * (count + 1) > table.length) {
            String[] old = table;
            table = new String[old.length * 2];
            count = 0;
            for (String entry : old) {
                if (entry != null) {
                    insert(entry);
                }
            }
        }
        insert(value);
        return value;
    }

    private static void insert(String value) {
        int mask = table.length - 1;
        int i = value.hashCode() & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = value;
        count++;
    }
}
