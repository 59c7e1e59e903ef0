package org.os2j.runtime.jdk;

import org.os2j.runtime.annotation.ReplaceClass;
import org.os2j.runtime.report.ImplicitExceptions;

/**
 * Stands in for {@code java.lang.String} until the JDK class itself compiles (scaffolding). Uses
 * JDK 17's representation and field names, which the compiler relies on when it builds string
 * literals in the image: {@code value} holds one byte per char (coder LATIN1) when every char is at
 * most U+00FF, else two bytes per char, little-endian (coder UTF16). Every string is kept canonical
 * (LATIN1 whenever possible), which {@link #equals} relies on, as in the JDK.
 *
 * <p>Guarantees JDK 17 results, including the exception and message each bounds violation raises
 * (through {@link ImplicitExceptions}). Limits: case mapping ({@link #toUpperCase},
 * {@link #toLowerCase}, {@link #equalsIgnoreCase}) is exact for chars up to U+00FF and leaves every
 * other char unchanged (the JDK uses full Unicode tables and the default locale); no
 * {@code CharSequence}, {@code Comparable}, {@code intern}, {@code getBytes}, {@code split},
 * {@code format} or {@code valueOf(Object)} yet.
 *
 * <p>Host seam: {@link #of} and {@link #asString} convert between {@code java.lang.String} and this
 * class. Compiled by os2j they are checked casts that always succeed (every String is one of these);
 * on HotSpot, in host tests, they copy, so the public methods can be tested against the real JDK.
 * Accessors and the {@code (byte[], byte)} constructor are public because the helpers in this
 * package that use them end up in another package once the compiler renames this class.
 */
@ReplaceClass(String.class)
public final class StringReplacement {
    static final boolean COMPACT_STRINGS = true;
    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;

    private final byte[] value;
    private final byte coder;
    private int hash;
    private boolean hashIsZero;

    public StringReplacement() {
        this.value = new byte[0];
        this.coder = LATIN1;
    }

    public StringReplacement(char[] value) {
        this(value, 0, value.length);
    }

    public StringReplacement(char[] value, int offset, int count) {
        int length = value.length;
        if (offset < 0 || count < 0 || offset > length - count) {
            ImplicitExceptions.stringOffsetCountOutOfBounds(offset, count, length);
        }
        byte[] latin1 = Latin1.compress(value, offset, count);
        if (latin1 != null) {
            this.value = latin1;
            this.coder = LATIN1;
        } else {
            this.value = Utf16.fromChars(value, offset, count);
            this.coder = UTF16;
        }
    }

    /** Takes ownership of {@code value}, which must be canonical for {@code coder}. */
    public StringReplacement(byte[] value, byte coder) {
        this.value = value;
        this.coder = coder;
    }

    // ---- conversions (the host seam) and internal accessors ----

    /** {@code string} as this class: a no-op when compiled by os2j; a copy on HotSpot. */
    public static StringReplacement of(String string) {
        Object object = string;
        if (object instanceof StringReplacement) {
            return (StringReplacement) object;
        }
        if (string == null) {
            return null;
        }
        return new StringReplacement(string.toCharArray());
    }

    /** This string as a {@code java.lang.String}: itself when compiled by os2j; a copy on HotSpot. */
    public String asString() {
        Object self = this;
        if (self instanceof String) {
            return (String) self;
        }
        return new String(toCharArray());
    }

    public byte[] value() {
        return value;
    }

    public byte coder() {
        return coder;
    }

    public boolean isLatin1() {
        return coder == LATIN1;
    }

    /** The char at {@code index}, which the caller has checked. */
    char charAtUnchecked(int index) {
        if (coder == LATIN1) {
            return (char) (value[index] & 0xFF);
        }
        return Utf16.getChar(value, index);
    }

    /** A new string of {@code count} chars from {@code value} at char {@code begin}, in this string's coding. */
    private StringReplacement range(int begin, int count) {
        if (coder == LATIN1) {
            return new StringReplacement(ByteArrays.copyOfRange(value, begin, count), LATIN1);
        }
        return fromUtf16(value, begin, count);
    }

    /** A canonical string of the UTF-16 chars {@code [begin, begin+count)} of {@code utf16}. */
    static StringReplacement fromUtf16(byte[] utf16, int begin, int count) {
        byte[] latin1 = Utf16.compress(utf16, begin, count);
        if (latin1 != null) {
            return new StringReplacement(latin1, LATIN1);
        }
        return new StringReplacement(ByteArrays.copyOfRange(utf16, begin << 1, count << 1), UTF16);
    }

    private static StringReplacement empty() {
        return of("");
    }

    // ---- java.lang.String ----

    public int length() {
        return value.length >> coder;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (coder == LATIN1) {
            if (index < 0 || index >= value.length) {
                ImplicitExceptions.stringIndexOutOfRange(index);
            }
            return (char) (value[index] & 0xFF);
        }
        int length = value.length >> 1;
        if (index < 0 || index >= length) {
            ImplicitExceptions.stringIndexOutOfBounds(index, length);
        }
        return Utf16.getChar(value, index);
    }

    public int codePointAt(int index) {
        int length = length();
        if (index < 0 || index >= length) {
            ImplicitExceptions.stringIndexOutOfBounds(index, length);
        }
        char c = charAtUnchecked(index);
        if (CharacterReplacement.isHighSurrogate(c) && index + 1 < length) {
            char next = charAtUnchecked(index + 1);
            if (CharacterReplacement.isLowSurrogate(next)) {
                return CharacterReplacement.toCodePoint(c, next);
            }
        }
        return c;
    }

    public void getChars(int sourceBegin, int sourceEnd, char[] destination, int destinationBegin) {
        int length = length();
        if (sourceBegin < 0 || sourceBegin > sourceEnd || sourceEnd > length) {
            ImplicitExceptions.stringBeginEndOutOfBounds(sourceBegin, sourceEnd, length);
        }
        int count = sourceEnd - sourceBegin;
        int destinationLength = destination.length;
        if (destinationBegin < 0 || destinationBegin > destinationLength - count) {
            ImplicitExceptions.stringOffsetCountOutOfBounds(destinationBegin, count, destinationLength);
        }
        for (int i = 0; i < count; i++) {
            destination[destinationBegin + i] = charAtUnchecked(sourceBegin + i);
        }
    }

    public char[] toCharArray() {
        int length = length();
        char[] result = new char[length];
        for (int i = 0; i < length; i++) {
            result[i] = charAtUnchecked(i);
        }
        return result;
    }

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (anObject instanceof StringReplacement) {
            StringReplacement other = (StringReplacement) anObject;
            return coder == other.coder && ByteArrays.equal(value, other.value);
        }
        return false;
    }

    /** Case-insensitive equality, char by char as the JDK; case mapping is exact up to U+00FF only. */
    public boolean equalsIgnoreCase(String anotherString) {
        if (anotherString == null) {
            return false;
        }
        StringReplacement other = of(anotherString);
        int length = length();
        if (other.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char first = charAtUnchecked(i);
            char second = other.charAtUnchecked(i);
            if (first == second) {
                continue;
            }
            char upperFirst = CharacterReplacement.toUpperCase(first);
            char upperSecond = CharacterReplacement.toUpperCase(second);
            if (upperFirst == upperSecond) {
                continue;
            }
            if (CharacterReplacement.toLowerCase(upperFirst) != CharacterReplacement.toLowerCase(upperSecond)) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            int length = length();
            for (int i = 0; i < length; i++) {
                h = 31 * h + charAtUnchecked(i);
            }
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    /** The bridge the JDK's String has for Comparable.compareTo(Object) (javac writes it for Comparable<String>). */
    public int compareTo(Object anotherString) {
        return compareTo((String) anotherString);
    }

    public int compareTo(String anotherString) {
        StringReplacement other = of(anotherString);
        int length = length();
        int otherLength = other.length();
        int limit = length < otherLength ? length : otherLength;
        for (int i = 0; i < limit; i++) {
            char first = charAtUnchecked(i);
            char second = other.charAtUnchecked(i);
            if (first != second) {
                return first - second;
            }
        }
        return length - otherLength;
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int length = length();
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (ch < CharacterReplacement.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (coder == LATIN1 && !Latin1.canEncode(ch)) {
                return -1;
            }
            for (int i = fromIndex; i < length; i++) {
                if (charAtUnchecked(i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (coder == LATIN1 || !CharacterReplacement.isValidCodePoint(ch)) {
            return -1;
        }
        char high = CharacterReplacement.highSurrogate(ch);
        char low = CharacterReplacement.lowSurrogate(ch);
        for (int i = fromIndex; i < length - 1; i++) {
            if (charAtUnchecked(i) == high && charAtUnchecked(i + 1) == low) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, length() - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        int length = length();
        if (ch < CharacterReplacement.MIN_SUPPLEMENTARY_CODE_POINT) {
            if (coder == LATIN1 && !Latin1.canEncode(ch)) {
                return -1;
            }
            for (int i = fromIndex < length - 1 ? fromIndex : length - 1; i >= 0; i--) {
                if (charAtUnchecked(i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (coder == LATIN1 || !CharacterReplacement.isValidCodePoint(ch)) {
            return -1;
        }
        char high = CharacterReplacement.highSurrogate(ch);
        char low = CharacterReplacement.lowSurrogate(ch);
        for (int i = fromIndex < length - 2 ? fromIndex : length - 2; i >= 0; i--) {
            if (charAtUnchecked(i) == high && charAtUnchecked(i + 1) == low) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        StringReplacement target = of(str);
        int length = length();
        int targetLength = target.length();
        if (fromIndex >= length) {
            return targetLength == 0 ? length : -1;
        }
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        for (int i = fromIndex; i <= length - targetLength; i++) {
            if (regionEquals(i, target)) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, length());
    }

    public int lastIndexOf(String str, int fromIndex) {
        StringReplacement target = of(str);
        int rightmost = length() - target.length();
        if (fromIndex > rightmost) {
            fromIndex = rightmost;
        }
        for (int i = fromIndex; i >= 0; i--) {
            if (regionEquals(i, target)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code target} occurs at {@code offset}, which the caller has checked. */
    private boolean regionEquals(int offset, StringReplacement target) {
        int targetLength = target.length();
        for (int i = 0; i < targetLength; i++) {
            if (charAtUnchecked(offset + i) != target.charAtUnchecked(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean startsWith(String prefix, int toffset) {
        StringReplacement target = of(prefix);
        if (toffset < 0 || toffset > length() - target.length()) {
            return false;
        }
        return regionEquals(toffset, target);
    }

    public boolean endsWith(String suffix) {
        StringReplacement target = of(suffix);
        return startsWith(suffix, length() - target.length());
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    public String substring(int beginIndex, int endIndex) {
        return substringOf(beginIndex, endIndex).asString();
    }

    StringReplacement substringOf(int beginIndex, int endIndex) {
        int length = length();
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > length) {
            ImplicitExceptions.stringBeginEndOutOfBounds(beginIndex, endIndex, length);
        }
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        return range(beginIndex, endIndex - beginIndex);
    }

    public String concat(String str) {
        StringReplacement other = of(str);
        if (other.isEmpty()) {
            return asString();
        }
        byte resultCoder = (byte) (coder | other.coder);
        int length = length();
        int otherLength = other.length();
        byte[] result = new byte[(length + otherLength) << resultCoder];
        copyInto(result, 0, resultCoder);
        other.copyInto(result, length, resultCoder);
        return new StringReplacement(result, resultCoder).asString();
    }

    /** Writes all chars of this string at char index {@code index} of {@code target}, coded by {@code targetCoder}. */
    void copyInto(byte[] target, int index, byte targetCoder) {
        if (coder == targetCoder) {
            ByteArrays.copy(value, 0, target, index << coder, value.length);
        } else {
            Utf16.inflate(value, 0, target, index, value.length);
        }
    }

    public String replace(char oldChar, char newChar) {
        int index = oldChar == newChar ? -1 : indexOf(oldChar);
        if (index < 0) {
            return asString();
        }
        char[] chars = toCharArray();
        for (int i = index; i < chars.length; i++) {
            if (chars[i] == oldChar) {
                chars[i] = newChar;
            }
        }
        return new StringReplacement(chars).asString();
    }

    public String toUpperCase() {
        int length = length();
        int first = 0;
        while (first < length) {
            char c = charAtUnchecked(first);
            if (c == '\u00DF' || CharacterReplacement.toUpperCase(c) != c) {
                break;
            }
            first++;
        }
        if (first == length) {
            return asString();
        }
        int sharpSCount = 0;
        for (int i = first; i < length; i++) {
            if (charAtUnchecked(i) == '\u00DF') {
                sharpSCount++;
            }
        }
        char[] result = new char[length + sharpSCount];
        int count = 0;
        for (int i = 0; i < length; i++) {
            char c = charAtUnchecked(i);
            if (c == '\u00DF') {
                result[count++] = 'S';
                result[count++] = 'S';
            } else {
                result[count++] = CharacterReplacement.toUpperCase(c);
            }
        }
        return new StringReplacement(result).asString();
    }

    public String toLowerCase() {
        int length = length();
        int first = 0;
        while (first < length && CharacterReplacement.toLowerCase(charAtUnchecked(first)) == charAtUnchecked(first)) {
            first++;
        }
        if (first == length) {
            return asString();
        }
        char[] result = toCharArray();
        for (int i = first; i < length; i++) {
            result[i] = CharacterReplacement.toLowerCase(result[i]);
        }
        return new StringReplacement(result).asString();
    }

    /** Removes chars up to U+0020 from both ends. */
    public String trim() {
        int length = length();
        int begin = 0;
        while (begin < length && charAtUnchecked(begin) <= ' ') {
            begin++;
        }
        int end = length;
        while (end > begin && charAtUnchecked(end - 1) <= ' ') {
            end--;
        }
        return substringOf(begin, end).asString();
    }

    /** Removes white space ({@code Character.isWhitespace}) from both ends. */
    public String strip() {
        int begin = firstNonWhitespace();
        return substringOf(begin, begin == length() ? begin : lastNonWhitespace() + 1).asString();
    }

    public String stripLeading() {
        return substringOf(firstNonWhitespace(), length()).asString();
    }

    public String stripTrailing() {
        return substringOf(0, lastNonWhitespace() + 1).asString();
    }

    public boolean isBlank() {
        return firstNonWhitespace() == length();
    }

    // White space is all in the BMP, so a surrogate is never white space and chars suffice.
    private int firstNonWhitespace() {
        int length = length();
        int index = 0;
        while (index < length && CharacterReplacement.isWhitespace(charAtUnchecked(index))) {
            index++;
        }
        return index;
    }

    private int lastNonWhitespace() {
        int index = length() - 1;
        while (index >= 0 && CharacterReplacement.isWhitespace(charAtUnchecked(index))) {
            index--;
        }
        return index;
    }

    public String repeat(int count) {
        if (count < 0) {
            ImplicitExceptions.negativeRepeatCount(count);
        }
        if (count == 1) {
            return asString();
        }
        int byteLength = value.length;
        if (byteLength == 0 || count == 0) {
            return empty().asString();
        }
        if (IntegerReplacement.MAX_VALUE / count < byteLength) {
            ImplicitExceptions.outOfMemory("Required length exceeds implementation limit");
        }
        byte[] result = new byte[byteLength * count];
        for (int i = 0; i < count; i++) {
            ByteArrays.copy(value, 0, result, i * byteLength, byteLength);
        }
        return new StringReplacement(result, coder).asString();
    }

    public String toString() {
        return asString();
    }

    /** The canonical instance of this value (see InternedStrings for the limit). */
    public String intern() {
        return InternedStrings.intern(asString());
    }

    // ---- static factories ----

    /** JDK: "null" for null, else the object's toString(). */
    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return valueOfChar(c).asString();
    }

    static StringReplacement valueOfChar(char c) {
        if (Latin1.canEncode(c)) {
            byte[] latin1 = new byte[1];
            latin1[0] = (byte) c;
            return new StringReplacement(latin1, LATIN1);
        }
        byte[] utf16 = Utf16.newBytes(1);
        Utf16.putChar(utf16, 0, c);
        return new StringReplacement(utf16, UTF16);
    }

    public static String valueOf(int i) {
        return NumberFormatting.toString(i, 10).asString();
    }

    public static String valueOf(long l) {
        return NumberFormatting.toString(l, 10).asString();
    }

    public static String valueOf(float f) {
        return FloatingDecimal.toText(f).asString();
    }

    public static String valueOf(double d) {
        return FloatingDecimal.toText(d).asString();
    }

    public static String valueOf(char[] data) {
        return new StringReplacement(data).asString();
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new StringReplacement(data, offset, count).asString();
    }

    public static String copyValueOf(char[] data) {
        return valueOf(data);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return valueOf(data, offset, count);
    }
}
