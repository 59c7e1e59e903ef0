package org.os2j.runtime.report;

import org.os2j.runtime.ClassDescriptorLayout;
import org.os2j.runtime.ClassNames;
import org.os2j.runtime.intrinsic.Memory;

/**
 * The exceptions the compiler's inserted checks and the replacement classes raise, each with
 * HotSpot's (JDK 17's) exact class and message, thrown as real exception objects that compiled
 * {@code catch} blocks see: no method here returns normally. The stack trace leaves these frames
 * out (unwind/StackTraces), so it starts where the check failed.
 *
 * <p>The first group is called by compiled code; the rest by the replacements in
 * {@code org.os2j.runtime.jdk}, which keep message text out of their own code.
 */
public final class ImplicitExceptions {

    private ImplicitExceptions() {
    }

    // ---- checks inserted by the compiler ----

    /** Integer {@code /} or {@code %} by zero. */
    public static void divideByZero() {
        throw new ArithmeticException("/ by zero");
    }

    public static void arrayIndexOutOfBounds(int index, int length) {
        throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    public static void negativeArraySize(int size) {
        throw new NegativeArraySizeException(String.valueOf(size));
    }

    /**
     * A null dereference, with the helpful message (JEP 358) the compiler computed, as image text
     * ({@link org.os2j.runtime.TextLayout}), or 0 for none.
     */
    public static void nullPointer(long message) {
        throw new NullPointerException(org.os2j.runtime.ImageText.string(message));
    }

    /**
     * A failed {@code checkcast} of an object of the type described at {@code type} to
     * {@code target}, with HotSpot's message: {@code class A cannot be cast to class B (A and B are
     * in unnamed module of loader 'app')}, naming module and loader of each side.
     */
    public static void classCast(long type, long target) {
        String from = nameOf(type);
        String to = nameOf(target);
        String fromPlace = placeOf(type);
        String toPlace = placeOf(target);
        String where = fromPlace.equals(toPlace) ? from + " and " + to + " are in " + fromPlace
                : from + " is in " + fromPlace + "; " + to + " is in " + toPlace;
        throw new ClassCastException("class " + from + " cannot be cast to class " + to + " (" + where + ")");
    }

    /** Storing an object of the type described at {@code type} into an incompatible reference array. */
    public static void arrayStore(long type) {
        throw new ArrayStoreException(nameOf(type));
    }

    /** Object.clone of an object whose class does not implement Cloneable. */
    public static void cloneNotSupported(long type) throws CloneNotSupportedException {
        throw new CloneNotSupportedException(nameOf(type));
    }

    /** A dispatch-table entry no object should select was called (an abstract or unreached method). */
    public static void abstractMethod() {
        throw new AbstractMethodError();
    }

    /**
     * A call of a method-handle or VarHandle method that os2j could not resolve at compile time
     * (compiler classes/SignaturePolymorphicCalls) was reached at run time.
     */
    public static void unsupported(String what) {
        throw new UnsupportedOperationException(what + " is not supported by os2j (method handles are resolved"
                + " at compile time only for the JDK's VarHandle idiom)");
    }

    private static String nameOf(long descriptor) {
        return ClassNames.name(descriptor);
    }

    /** HotSpot's wording for where a class lives: the JDK's classes in java.base, the program's in the app loader. */
    private static String placeOf(long descriptor) {
        return (Memory.loadInt(descriptor + ClassDescriptorLayout.FLAGS_OFFSET) & ClassDescriptorLayout.FLAG_JDK) != 0
                ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }

    // ---- raised by the replacement classes ----

    /** {@code String index out of range: <index>} (String.charAt of a Latin-1 string, setLength). */
    public static void stringIndexOutOfRange(int index) {
        throw new StringIndexOutOfBoundsException("String index out of range: " + index);
    }

    /** {@code index <index>, length <length>} (UTF-16 String.charAt, codePointAt, StringBuilder.charAt). */
    public static void stringIndexOutOfBounds(int index, int length) {
        throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }

    /** {@code begin <b>, end <e>, length <l>} (substring, getChars). */
    public static void stringBeginEndOutOfBounds(int begin, int end, int length) {
        throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
    }

    /** {@code offset <o>, count <c>, length <l>} (String(char[], int, int), getChars). */
    public static void stringOffsetCountOutOfBounds(int offset, int count, int length) {
        throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
    }

    /** {@code offset <o>, length <l>} (StringBuilder.insert). */
    public static void stringOffsetOutOfBounds(int offset, int length) {
        throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
    }

    /** {@code start <s>, end <e>, length <l>} (StringBuilder.delete, substring). */
    public static void stringStartEndOutOfBounds(int start, int end, int length) {
        throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
    }

    /** {@code IndexOutOfBoundsException: start <s>, end <e>, length <l>} (StringBuilder.append(char[], int, int)). */
    public static void indexStartEndOutOfBounds(int start, int end, int length) {
        throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
    }

    /** {@code For input string: "<input>"} (parsing in radix 10). */
    public static void numberFormat(String input) {
        numberFormat(input, 10);
    }

    /** {@code For input string: "<input>"}, followed by {@code  under radix <r>} unless the radix is 10. */
    public static void numberFormat(String input, int radix) {
        if (radix == 10) {
            throw new NumberFormatException("For input string: \"" + input + "\"");
        } else {
            throw new NumberFormatException("For input string: \"" + input + "\" under radix " + radix);
        }
    }

    public static void numberFormatNullString() {
        throw new NumberFormatException("Cannot parse null string");
    }

    /** A radix outside [2, 36] given to a parse method. */
    public static void numberFormatRadix(int radix) {
        if (radix < 2) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        } else {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    /** A well-formed number outside the range of short or byte. */
    public static void numberFormatOutOfRange(String input, int radix) {
        throw new NumberFormatException("Value out of range. Value:\"" + input + "\" Radix:" + radix);
    }

    /** An exact-arithmetic overflow: {@code message} is e.g. "integer overflow" or "long overflow". */
    public static void arithmeticOverflow(String message) {
        throw new ArithmeticException(message);
    }

    /** {@code IllegalArgumentException: count is negative: <count>} (String.repeat). */
    public static void negativeRepeatCount(int count) {
        throw new IllegalArgumentException("count is negative: " + count);
    }

    /** {@code IllegalArgumentException: Not a valid Unicode code point: 0x<HEX>} (Character.toChars). */
    public static void invalidCodePoint(int codePoint) {
        throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    /** An {@code OutOfMemoryError} with the given message (a string or builder too long). */
    public static void outOfMemory(String message) {
        throw new OutOfMemoryError(message);
    }

    /** {@code OutOfMemoryError: Required array length <old> + <growth> is too large}. */
    public static void arrayLengthTooLarge(int oldLength, int growth) {
        outOfMemory("Required array length " + oldLength + " + " + growth + " is too large");
    }
}
