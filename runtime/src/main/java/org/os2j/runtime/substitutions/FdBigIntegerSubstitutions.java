package org.os2j.runtime.substitutions;

import org.os2j.runtime.annotation.Alias;
import org.os2j.runtime.annotation.Substitute;
import org.os2j.runtime.annotation.TargetClass;

/**
 * jdk.internal.math.FDBigInteger, the multi-word integers of floating-point decimal conversion:
 * its toString, a debugging aid that every program reaches (it overrides Object.toString and
 * FloatingDecimal creates FDBigIntegers), goes through java.math.BigInteger, which would bring
 * BigInteger and MutableBigInteger (about 100 KB) into every executable that prints a number.
 */
@TargetClass(className = "jdk.internal.math.FDBigInteger")
final class FdBigIntegerSubstitutions {
    /** The value's words, least significant first; data[nWords - 1] != 0 unless the value is 0. */
    @Alias
    private int[] data;
    /** The number of zero words below data[0]. */
    @Alias
    private int offset;
    @Alias
    private int nWords;

    /** The same decimal digits as the JDK's toBigInteger().toString(), computed without BigInteger. */
    @Substitute
    @Override
    public String toString() {
        return decimal(data, nWords, offset);
    }

    private static final long BILLION = 1_000_000_000L;

    /**
     * The decimal digits of the unsigned value whose 32-bit words, least significant first, are
     * {@code words[0..count)} shifted left by {@code zeroWords} words: repeated long division of
     * the magnitude by 10^9, each remainder nine digits of the result.
     */
    static String decimal(int[] words, int count, int zeroWords) {
        int[] magnitude = new int[count + zeroWords];
        System.arraycopy(words, 0, magnitude, zeroWords, count);
        int top = magnitude.length - 1;
        while (top >= 0 && magnitude[top] == 0) {
            top--;
        }
        if (top < 0) {
            return "0";
        }
        // Each division by 10^9 takes at least 29 bits off; the value has at most 32 * (top + 1) bits.
        int[] chunks = new int[(32 * (top + 1)) / 29 + 1];
        int chunkCount = 0;
        while (top >= 0) {
            long remainder = 0;
            for (int i = top; i >= 0; i--) {
                long current = (remainder << 32) | (magnitude[i] & 0xFFFF_FFFFL);
                magnitude[i] = (int) (current / BILLION);
                remainder = current % BILLION;
            }
            chunks[chunkCount++] = (int) remainder;
            while (top >= 0 && magnitude[top] == 0) {
                top--;
            }
        }
        StringBuilder text = new StringBuilder(chunkCount * 9);
        text.append(chunks[chunkCount - 1]);
        for (int i = chunkCount - 2; i >= 0; i--) {
            String digits = Integer.toString(chunks[i]);
            for (int pad = digits.length(); pad < 9; pad++) {
                text.append('0');
            }
            text.append(digits);
        }
        return text.toString();
    }
}
