package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Memory;

/**
 * The names the compiler records in a class descriptor ({@link ClassDescriptorLayout}), which are
 * image texts ({@link TextLayout}, read-only data) rather than String objects: most are never
 * asked for, and a text costs a third of a String with its array. Each call makes a new String;
 * Class.getName keeps the one it makes (ClassSubstitutions.initClassName).
 */
public final class ClassNames {
    private ClassNames() {
    }

    /** The name as Class.getName gives it. */
    public static String name(long descriptor) {
        return ImageText.string(Memory.loadLong(descriptor + ClassDescriptorLayout.NAME_OFFSET));
    }

    /** Class.getSimpleName. */
    public static String simpleName(long descriptor) {
        return ImageText.string(Memory.loadLong(descriptor + ClassDescriptorLayout.SIMPLE_NAME_OFFSET));
    }

    /** Class.getCanonicalName: null for local and anonymous classes. */
    public static String canonicalName(long descriptor) {
        return ImageText.string(Memory.loadLong(descriptor + ClassDescriptorLayout.CANONICAL_NAME_OFFSET));
    }
}
