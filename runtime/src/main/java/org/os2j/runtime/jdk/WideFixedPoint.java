package org.os2j.runtime.jdk;

/**
 * A signed fixed-point number for {@link DecimalExponentEstimate}: magnitude * 2^-110, the magnitude
 * an unsigned 128-bit integer held in two longs, with the exact products and sums that estimate
 * needs and rounding to double precision (53 significant bits, to nearest, ties to even). Callers
 * keep values on the grid and below 2^128 * 2^-110.
 */
final class WideFixedPoint {
    /** Fraction bits of the fixed point: 110, so the largest value here (about 2^120) still fits. */
    static final int FRACTION_BITS = 110;
    private static final long SIGNIFICAND_MASK = (1L << 52) - 1;

    private boolean negative;
    private long high;
    private long low;

    /** {@code factor * double(bits) * 2^scale}, exactly (the caller keeps it on the grid). */
    static WideFixedPoint product(long factor, long bits, int scale) {
        long significand = (bits & SIGNIFICAND_MASK) | (1L << 52);
        int exponent = (int) ((bits >>> 52) & 0x7FF) - 1075 + scale + FRACTION_BITS;
        WideFixedPoint result = new WideFixedPoint();
        result.negative = factor < 0;
        long magnitude = factor < 0 ? -factor : factor;
        result.low = magnitude * significand;
        result.high = MathReplacement.multiplyHigh(magnitude, significand);
        result.shiftLeft(exponent);
        return result;
    }

    /** Shifts the magnitude left by {@code bits}, below 64 (it stays below 2^128 here). */
    private void shiftLeft(int bits) {
        if (bits > 0) {
            high = (high << bits) | (low >>> (64 - bits));
            low <<= bits;
        }
    }

    /** Adds {@code other} exactly. */
    void add(WideFixedPoint other) {
        if (negative == other.negative) {
            long sum = low + other.low;
            high = high + other.high + (LongReplacement.compareUnsigned(sum, low) < 0 ? 1 : 0);
            low = sum;
            return;
        }
        int order = compareMagnitude(other);
        long largerHigh = order >= 0 ? high : other.high;
        long largerLow = order >= 0 ? low : other.low;
        long smallerHigh = order >= 0 ? other.high : high;
        long smallerLow = order >= 0 ? other.low : low;
        negative = order >= 0 ? negative : other.negative;
        low = largerLow - smallerLow;
        high = largerHigh - smallerHigh - (LongReplacement.compareUnsigned(largerLow, smallerLow) < 0 ? 1 : 0);
    }

    private int compareMagnitude(WideFixedPoint other) {
        if (high != other.high) {
            return LongReplacement.compareUnsigned(high, other.high);
        }
        return LongReplacement.compareUnsigned(low, other.low);
    }

    /** Rounds the magnitude to 53 significant bits, to nearest, ties to even. */
    void roundToDouble() {
        int bitLength = high != 0 ? 128 - LongReplacement.numberOfLeadingZeros(high)
                : 64 - LongReplacement.numberOfLeadingZeros(low);
        int dropped = bitLength - 53;
        if (dropped <= 0) {
            return;
        }
        // The dropped bits compared with half of the last kept bit.
        long droppedHigh = dropped >= 64 ? high & lowMask(dropped - 64) : 0;
        long droppedLow = dropped >= 64 ? low : low & lowMask(dropped);
        long halfHigh = dropped - 1 >= 64 ? 1L << (dropped - 65) : 0;
        long halfLow = dropped - 1 >= 64 ? 0 : 1L << (dropped - 1);
        int versusHalf = droppedHigh != halfHigh ? LongReplacement.compareUnsigned(droppedHigh, halfHigh)
                : LongReplacement.compareUnsigned(droppedLow, halfLow);
        clearLowBits(dropped);
        boolean lastKeptOdd = dropped >= 64 ? ((high >>> (dropped - 64)) & 1) != 0 : bitAt(dropped);
        if (versusHalf > 0 || versusHalf == 0 && lastKeptOdd) {
            // Add one unit of the last kept bit.
            long unitHigh = dropped >= 64 ? 1L << (dropped - 64) : 0;
            long unitLow = dropped >= 64 ? 0 : 1L << dropped;
            long sum = low + unitLow;
            high = high + unitHigh + (LongReplacement.compareUnsigned(sum, low) < 0 ? 1 : 0);
            low = sum;
        }
    }

    /** Bit {@code index} (below 128) of the magnitude. */
    private boolean bitAt(int index) {
        return index < 64 ? ((low >>> index) & 1) != 0 : ((high >>> (index - 64)) & 1) != 0;
    }

    private static long lowMask(int bits) {
        return bits >= 64 ? -1L : (1L << bits) - 1;
    }

    private void clearLowBits(int bits) {
        if (bits >= 64) {
            low = 0;
            high &= ~lowMask(bits - 64);
        } else {
            low &= ~lowMask(bits);
        }
    }

    /** The greatest integer at most this value. */
    int floor() {
        // The integer part is the bits of high above FRACTION_BITS - 64; the fraction is the rest.
        long integer = high >>> (FRACTION_BITS - 64);
        boolean fraction = low != 0 || (high & lowMask(FRACTION_BITS - 64)) != 0;
        if (!negative) {
            return (int) integer;
        }
        return (int) -(integer + (fraction ? 1 : 0));
    }
}
