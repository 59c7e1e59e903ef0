package org.os2j.runtime.jdk;

/**
 * A mutable arbitrary-precision natural number for {@link FloatingDecimal}'s hard cases (values
 * needing more than 64 bits): little-endian 32-bit words, with just the operations that algorithm
 * uses. Only long and int arithmetic.
 */
final class Natural {
    /** 5^13, the largest power of five below 2^31. */
    private static final int FIVE_TO_THE_13 = 1220703125;

    private int[] words;
    /** Words in use; the highest is non-zero (zero has length 0). */
    private int length;

    /** {@code value}, read as unsigned. */
    Natural(long value) {
        words = new int[4];
        words[0] = (int) value;
        words[1] = (int) (value >>> 32);
        length = 2;
        trim();
    }

    /** 5^{@code powerOf5} * 2^{@code powerOf2}. */
    static Natural powerOf5And2(int powerOf5, int powerOf2) {
        Natural result = new Natural(1);
        result.multiplyByPowerOf5(powerOf5);
        result.shiftLeft(powerOf2);
        return result;
    }

    /** {@code first} + {@code second}, as a new number. */
    static Natural sum(Natural first, Natural second) {
        Natural longer = first.length >= second.length ? first : second;
        Natural shorter = longer == first ? second : first;
        Natural result = new Natural(0);
        result.ensureWords(longer.length + 1);
        long carry = 0;
        for (int i = 0; i < longer.length; i++) {
            carry += (longer.words[i] & 0xFFFFFFFFL) + (i < shorter.length ? shorter.words[i] & 0xFFFFFFFFL : 0);
            result.words[i] = (int) carry;
            carry >>>= 32;
        }
        result.words[longer.length] = (int) carry;
        result.length = longer.length + 1;
        result.trim();
        return result;
    }

    private void ensureWords(int count) {
        if (words.length < count) {
            int[] grown = new int[count + 4];
            for (int i = 0; i < length; i++) {
                grown[i] = words[i];
            }
            words = grown;
        }
    }

    private void trim() {
        while (length > 0 && words[length - 1] == 0) {
            length--;
        }
    }

    /** Multiplies by {@code factor}, which is below 2^31. */
    void multiplySmall(int factor) {
        ensureWords(length + 1);
        long carry = 0;
        for (int i = 0; i < length; i++) {
            carry += (words[i] & 0xFFFFFFFFL) * factor;
            words[i] = (int) carry;
            carry >>>= 32;
        }
        words[length] = (int) carry;
        length++;
        trim();
    }

    void multiplyByPowerOf5(int power) {
        while (power >= 13) {
            multiplySmall(FIVE_TO_THE_13);
            power -= 13;
        }
        int factor = 1;
        for (int i = 0; i < power; i++) {
            factor *= 5;
        }
        multiplySmall(factor);
    }

    void shiftLeft(int bits) {
        if (length == 0 || bits == 0) {
            return;
        }
        int wordShift = bits >>> 5;
        int bitShift = bits & 31;
        ensureWords(length + wordShift + 1);
        words[length + wordShift] = 0;
        for (int i = length - 1; i >= 0; i--) {
            int word = words[i];
            if (bitShift != 0) {
                words[i + wordShift + 1] |= word >>> (32 - bitShift);
            }
            words[i + wordShift] = word << bitShift;
        }
        for (int i = 0; i < wordShift; i++) {
            words[i] = 0;
        }
        length += wordShift + 1;
        trim();
    }

    /** Negative, zero or positive as this is below, equal to or above {@code other}. */
    int compareTo(Natural other) {
        if (length != other.length) {
            return length < other.length ? -1 : 1;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (words[i] != other.words[i]) {
                return (words[i] & 0xFFFFFFFFL) < (other.words[i] & 0xFFFFFFFFL) ? -1 : 1;
            }
        }
        return 0;
    }

    /** Subtracts {@code other}, which is at most this. */
    void subtract(Natural other) {
        long borrow = 0;
        for (int i = 0; i < length; i++) {
            long difference = (words[i] & 0xFFFFFFFFL) - (i < other.length ? other.words[i] & 0xFFFFFFFFL : 0) - borrow;
            words[i] = (int) difference;
            borrow = difference < 0 ? 1 : 0;
        }
        trim();
    }

    /**
     * The digit this / {@code divisor} (the caller guarantees it is below 10); this becomes ten
     * times the remainder.
     */
    int divideDigitAndScale(Natural divisor) {
        int quotient = 0;
        while (compareTo(divisor) >= 0) {
            subtract(divisor);
            quotient++;
        }
        multiplySmall(10);
        return quotient;
    }

    boolean isZero() {
        return length == 0;
    }
}
