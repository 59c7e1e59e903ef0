package org.os2j.runtime;

import org.os2j.runtime.intrinsic.Magic;
import org.os2j.runtime.intrinsic.Memory;

/**
 * System.arraycopy with the JVM's checks and HotSpot 17's messages: null arrays, non-array or
 * mismatched types (ArrayStoreException), negative lengths and out-of-range positions
 * (ArrayIndexOutOfBoundsException); overlapping ranges of one array copy as if through a
 * temporary; a reference array whose elements may not all fit the destination is checked element
 * by element, copying those before the first that does not fit (JLS, System.arraycopy).
 */
public final class ArrayCopy {
    private ArrayCopy() {
    }

    public static void copy(Object source, int sourcePosition, Object destination, int destinationPosition,
                            int length) {
        if (source == null || destination == null) {
            throw new NullPointerException();
        }
        long sourceType = TypeChecks.descriptorOf(source);
        long destinationType = TypeChecks.descriptorOf(destination);
        if (!isArray(sourceType)) {
            throw new ArrayStoreException("arraycopy: source type " + nameOf(sourceType) + " is not an array");
        }
        if (!isArray(destinationType)) {
            throw new ArrayStoreException("arraycopy: destination type " + nameOf(destinationType)
                    + " is not an array");
        }
        boolean references = hasReferenceElements(sourceType);
        if (references != hasReferenceElements(destinationType)
                || (!references && sourceType != destinationType)) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + typeName(sourceType)
                    + "[] into " + typeName(destinationType) + "[]");
        }
        int sourceLength = lengthOf(source);
        int destinationLength = lengthOf(destination);
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        checkRange("source", sourcePosition, length, sourceLength, sourceType);
        checkRange("destination", destinationPosition, length, destinationLength, destinationType);
        int shift = Memory.loadInt(sourceType + ClassDescriptorLayout.ELEMENT_SHIFT_OFFSET);
        long from = Magic.arrayElements(source) + ((long) sourcePosition << shift);
        long to = Magic.arrayElements(destination) + ((long) destinationPosition << shift);
        if (references && sourceType != destinationType && !TypeChecks.isSubtype(sourceType, destinationType)) {
            long element = Memory.loadLong(destinationType + ClassDescriptorLayout.ELEMENT_DESCRIPTOR_OFFSET);
            for (int i = 0; i < length; i++) {
                long value = Memory.loadLong(from + 8L * i);
                if (value != 0 && !TypeChecks.isSubtype(Memory.loadLong(value + ObjectLayout.DESCRIPTOR_OFFSET), element)) {
                    throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements"
                            + " of " + javaName(sourceType) + " to the type of the destination array, "
                            + javaName(element));
                }
                Memory.storeLong(to + 8L * i, value);
            }
            return;
        }
        move(from, to, (long) length << shift);
    }

    /** Copies {@code bytes} bytes, correctly when the ranges overlap. */
    public static void move(long from, long to, long bytes) {
        if (to <= from || to >= from + bytes) {
            long i = 0;
            for (; i + 8 <= bytes; i += 8) {
                Memory.storeLong(to + i, Memory.loadLong(from + i));
            }
            for (; i < bytes; i++) {
                Memory.storeByte(to + i, Memory.loadByte(from + i));
            }
        } else {
            long i = bytes;
            for (; i >= 8 && ((i & 7) == 0); i -= 8) {
                Memory.storeLong(to + i - 8, Memory.loadLong(from + i - 8));
            }
            for (; i > 0; i--) {
                Memory.storeByte(to + i - 1, Memory.loadByte(from + i - 1));
            }
        }
    }

    private static void checkRange(String which, int position, int length, int arrayLength, long type) {
        if (position < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: " + which + " index " + position
                    + " out of bounds for " + typeName(type) + "[" + arrayLength + "]");
        }
        if ((long) position + length > arrayLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last " + which + " index " + ((long) position + length)
                    + " out of bounds for " + typeName(type) + "[" + arrayLength + "]");
        }
    }

    private static boolean isArray(long type) {
        return (Memory.loadInt(type + ClassDescriptorLayout.FLAGS_OFFSET) & ClassDescriptorLayout.FLAG_ARRAY) != 0;
    }

    private static boolean hasReferenceElements(long type) {
        return (Memory.loadInt(type + ClassDescriptorLayout.FLAGS_OFFSET)
                & ClassDescriptorLayout.FLAG_REFERENCE_ELEMENTS) != 0;
    }

    private static int lengthOf(Object array) {
        return Memory.loadInt(Magic.addressOf(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
    }

    private static String nameOf(long type) {
        return ClassNames.name(type);
    }

    /** HotSpot's word for an array's element type in these messages: "int", or "object array". */
    private static String typeName(long arrayType) {
        if (hasReferenceElements(arrayType)) {
            return "object array";
        }
        String name = nameOf(arrayType);
        return switch (name.charAt(1)) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            default -> "double";
        };
    }

    /** A type as Java source writes it: java.lang.String, java.lang.Object[]. */
    private static String javaName(long type) {
        String simple = nameOf(type);
        int dimensions = 0;
        while (simple.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions == 0) {
            return simple;
        }
        String element = simple.substring(dimensions);
        element = element.startsWith("L") ? element.substring(1, element.length() - 1) : element;
        return element + "[]".repeat(dimensions);
    }
}
