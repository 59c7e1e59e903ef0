package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Stands in for {@code java.lang.StringBuilder} until the JDK class itself compiles (scaffolding);
 * the compiler lowers string concatenation to it, so it uses no concatenation itself. Keeps a
 * growable byte array coded like a string: Latin-1 until a char above U+00FF arrives, then
 * UTF-16 (two bytes per char, little-endian) for good. Capacity grows as in JDK 17 (to twice the
 * old capacity plus two, or to what is needed if more), so {@link #capacity} matches too.
 *
 * <p>Guarantees JDK 17 contents, results and exception messages for the methods present. Missing:
 * {@code append(Object)}, {@code append(CharSequence)}, {@code indexOf},
 * {@code replace}, code-point methods. Every {@code append} returns this object typed as
 * {@code StringBuilder}; on HotSpot (host tests) they return null, as no {@code java.lang.StringBuilder}
 * stands for it there (see {@link #self}).
 */
@ReplaceClass(StringBuilder.class)
public final class StringBuilderReplacement {
    private static final byte LATIN1 = StringReplacement.LATIN1;
    private static final byte UTF16 = StringReplacement.UTF16;
    private static final int DEFAULT_CAPACITY = 16;
    /** The largest array length the JDK grows to without being asked for more. */
    private static final int SOFT_MAX_ARRAY_LENGTH = IntegerReplacement.MAX_VALUE - 8;

    private byte[] value;
    private byte coder;
    private int count;

    public StringBuilderReplacement() {
        this(DEFAULT_CAPACITY);
    }

    public StringBuilderReplacement(int capacity) {
        value = new byte[capacity];
        coder = LATIN1;
    }

    public StringBuilderReplacement(String str) {
        StringReplacement text = StringReplacement.of(str);
        int length = text.length();
        int capacity = length < IntegerReplacement.MAX_VALUE - DEFAULT_CAPACITY ? length + DEFAULT_CAPACITY
                : IntegerReplacement.MAX_VALUE;
        coder = text.coder();
        value = new byte[capacity << coder];
        appendText(text);
    }

    /** This object as the {@code StringBuilder} it is once renamed; null on HotSpot. */
    private StringBuilder self() {
        Object self = this;
        if (self instanceof StringBuilder) {
            return (StringBuilder) self;
        }
        return null;
    }

    // ---- size ----

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length >> coder;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) {
            ensureCapacityInternal(minimumCapacity);
        }
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        int oldCapacity = value.length >> coder;
        if (minimumCapacity - oldCapacity > 0) {
            value = ByteArrays.copyOf(value, newCapacity(minimumCapacity) << coder);
        }
    }

    /** The grown capacity for at least {@code minimumCapacity} chars: twice the old plus two, or more. */
    private int newCapacity(int minimumCapacity) {
        int oldLength = value.length;
        int growth = (minimumCapacity << coder) - oldLength;
        int preferredGrowth = oldLength + (2 << coder);
        int length = oldLength + (growth > preferredGrowth ? growth : preferredGrowth);
        if (length <= 0 || length > SOFT_MAX_ARRAY_LENGTH) {
            int minimumLength = oldLength + growth;
            if (minimumLength < 0) {
                ImplicitExceptions.arrayLengthTooLarge(oldLength, growth);
            }
            length = minimumLength <= SOFT_MAX_ARRAY_LENGTH ? SOFT_MAX_ARRAY_LENGTH : minimumLength;
        }
        if (length == IntegerReplacement.MAX_VALUE) {
            ImplicitExceptions.outOfMemory("Required length exceeds implementation limit");
        }
        return length >> coder;
    }

    /** Switches to UTF-16, keeping the capacity in chars. */
    private void inflate() {
        if (coder == UTF16) {
            return;
        }
        byte[] utf16 = Utf16.newBytes(value.length);
        Utf16.inflate(value, 0, utf16, 0, count);
        value = utf16;
        coder = UTF16;
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            ImplicitExceptions.stringIndexOutOfRange(newLength);
        }
        ensureCapacityInternal(newLength);
        for (int i = count << coder; i < newLength << coder; i++) {
            value[i] = 0;
        }
        count = newLength;
    }

    // ---- chars ----

    public char charAt(int index) {
        checkIndex(index);
        return charAtUnchecked(index);
    }

    private char charAtUnchecked(int index) {
        if (coder == LATIN1) {
            return (char) (value[index] & 0xFF);
        }
        return Utf16.getChar(value, index);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index);
        putChar(index, ch);
    }

    /** Stores {@code c} at {@code index} (within capacity), inflating first if it needs UTF-16. */
    private void putChar(int index, char c) {
        if (coder == LATIN1 && Latin1.canEncode(c)) {
            value[index] = (byte) c;
        } else {
            inflate();
            Utf16.putChar(value, index, c);
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            ImplicitExceptions.stringIndexOutOfBounds(index, count);
        }
    }

    // ---- appending ----

    public StringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public StringBuilder append(String str) {
        appendText(StringReplacement.of(str));
        return self();
    }

    /** Appends {@code text}, or "null" when it is null. */
    void appendText(StringReplacement text) {
        if (text == null) {
            appendNull();
            return;
        }
        int length = text.length();
        ensureCapacityInternal(count + length);
        if (coder == LATIN1 && !text.isLatin1()) {
            inflate();
        }
        text.copyInto(value, count, coder);
        count += length;
    }

    private void appendNull() {
        ensureCapacityInternal(count + 4);
        putAscii('n');
        putAscii('u');
        putAscii('l');
        putAscii('l');
    }

    /** Appends an ASCII char; the caller has ensured capacity. */
    private void putAscii(char c) {
        if (coder == LATIN1) {
            value[count] = (byte) c;
        } else {
            Utf16.putChar(value, count, c);
        }
        count++;
    }

    public StringBuilder append(char c) {
        ensureCapacityInternal(count + 1);
        putChar(count, c);
        count++;
        return self();
    }

    public StringBuilder append(char[] str) {
        int length = str.length;
        ensureCapacityInternal(count + length);
        appendChars(str, 0, length);
        return self();
    }

    public StringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        int arrayLength = str.length;
        if (offset < 0 || offset > end || end > arrayLength) {
            ImplicitExceptions.indexStartEndOutOfBounds(offset, end, arrayLength);
        }
        ensureCapacityInternal(count + len);
        appendChars(str, offset, end);
        return self();
    }

    /** Appends {@code chars[begin..end)}; the caller has ensured capacity. */
    private void appendChars(char[] chars, int begin, int end) {
        for (int i = begin; i < end; i++) {
            putChar(count, chars[i]);
            count++;
        }
    }

    public StringBuilder append(boolean b) {
        ensureCapacityInternal(count + (b ? 4 : 5));
        if (b) {
            putAscii('t');
            putAscii('r');
            putAscii('u');
            putAscii('e');
        } else {
            putAscii('f');
            putAscii('a');
            putAscii('l');
            putAscii('s');
            putAscii('e');
        }
        return self();
    }

    public StringBuilder append(int i) {
        appendLong(i);
        return self();
    }

    public StringBuilder append(long l) {
        appendLong(l);
        return self();
    }

    public StringBuilder append(float f) {
        return append(FloatingDecimal.toText(f).asString());
    }

    public StringBuilder append(double d) {
        return append(FloatingDecimal.toText(d).asString());
    }

    private void appendLong(long number) {
        int end = count + NumberFormatting.length(number, 10);
        ensureCapacityInternal(end);
        NumberFormatting.write(number, 10, value, end, coder);
        count = end;
    }

    // ---- inserting, deleting, reversing ----

    public StringBuilder insert(int offset, String str) {
        checkOffset(offset);
        StringReplacement text = StringReplacement.of(str);
        if (text == null) {
            text = StringReplacement.of("null");
        }
        int length = text.length();
        ensureCapacityInternal(count + length);
        if (coder == LATIN1 && !text.isLatin1()) {
            inflate();
        }
        shift(offset, length);
        count += length;
        text.copyInto(value, offset, coder);
        return self();
    }

    public StringBuilder insert(int offset, char c) {
        checkOffset(offset);
        ensureCapacityInternal(count + 1);
        if (!Latin1.canEncode(c)) {
            inflate();
        }
        shift(offset, 1);
        count++;
        putChar(offset, c);
        return self();
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) {
            ImplicitExceptions.stringOffsetOutOfBounds(offset, count);
        }
    }

    /** Moves the chars from {@code offset} to the end by {@code distance} chars (capacity ensured). */
    private void shift(int offset, int distance) {
        ByteArrays.copy(value, offset << coder, value, (offset + distance) << coder, (count - offset) << coder);
    }

    public StringBuilder deleteCharAt(int index) {
        checkIndex(index);
        shift(index + 1, -1);
        count--;
        return self();
    }

    public StringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        checkStartEnd(start, end);
        int length = end - start;
        if (length > 0) {
            shift(end, -length);
            count -= length;
        }
        return self();
    }

    private void checkStartEnd(int start, int end) {
        if (start < 0 || start > end || end > count) {
            ImplicitExceptions.stringStartEndOutOfBounds(start, end, count);
        }
    }

    /** Reverses the chars, keeping each surrogate pair in order, as the JDK. */
    public StringBuilder reverse() {
        for (int low = 0, high = count - 1; low < high; low++, high--) {
            char first = charAtUnchecked(low);
            char last = charAtUnchecked(high);
            putReversed(low, last);
            putReversed(high, first);
        }
        if (coder == UTF16) {
            // A pair now reads low, high: swap it back.
            for (int i = 0; i < count - 1; i++) {
                char c = Utf16.getChar(value, i);
                if (CharacterReplacement.isLowSurrogate(c)) {
                    char next = Utf16.getChar(value, i + 1);
                    if (CharacterReplacement.isHighSurrogate(next)) {
                        Utf16.putChar(value, i, next);
                        Utf16.putChar(value, i + 1, c);
                        i++;
                    }
                }
            }
        }
        return self();
    }

    /** Stores a char that came from this builder, so needs no inflation. */
    private void putReversed(int index, char c) {
        if (coder == LATIN1) {
            value[index] = (byte) c;
        } else {
            Utf16.putChar(value, index, c);
        }
    }

    // ---- extracting ----

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        checkStartEnd(start, end);
        return range(start, end - start).asString();
    }

    public String toString() {
        return toStringReplacement().asString();
    }

    /** The contents as a canonical string (Latin-1 when every char fits, as the JDK). */
    StringReplacement toStringReplacement() {
        return range(0, count);
    }

    private StringReplacement range(int start, int length) {
        if (coder == LATIN1) {
            return new StringReplacement(ByteArrays.copyOfRange(value, start, length), LATIN1);
        }
        return StringReplacement.fromUtf16(value, start, length);
    }
}
