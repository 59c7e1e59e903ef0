package org.os2j.runtime;

/**
 * The pool behind String.intern(): one instance per distinct value, kept in an open-addressing
 * table (linear probing on hashCode). Limit: the image's string literals are not entered in
 * advance, so {@code new String("a").intern() == "a"} is false unless "a" was interned first.
 */
public final class InternedStrings {
    private static String[] table;
    private static int count;

    private InternedStrings() {
    }

    public static String intern(String value) {
        if (table == null) {
            table = new String[64];
        }
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
