package org.os2j.runtime.jdk;

/**
 * JDK 17's first guess at the decimal exponent of a double ({@code FloatingDecimal.estimateDecExp}),
 * reproduced bit for bit without floating point. The JDK evaluates, in double arithmetic,
 * {@code floor((m - 1.5) * 0.289529654 + 0.176091259 + e * 0.301029995663981)} for a value
 * {@code m * 2^e} with {@code 1 <= m < 2}; the guess is exact or one too high, and which one it is
 * shapes the digits JDK 17 prints. Here every intermediate is a {@link WideFixedPoint} (128 bits,
 * 110 of them fraction), which holds each exact product and sum of this formula, rounded to 53
 * significant bits (to nearest, ties to even) wherever the JDK rounds.
 */
final class DecimalExponentEstimate {
    /** The JDK's double constants 0.289529654, 0.176091259 and 0.301029995663981, as bits. */
    private static final long SLOPE = 0x3FD287A762C9BD93L;
    private static final long LOG10_OF_1_5 = 0x3FC68A288B421B8CL;
    private static final long LOG10_OF_2 = 0x3FD34413509F79FBL;
    private static final long SIGNIFICAND_MASK = (1L << 52) - 1;

    private DecimalExponentEstimate() {
    }

    /**
     * The estimate for the value {@code (fractionBits / 2^52) * 2^binaryExponent}, where
     * {@code fractionBits} has its bit 52 set.
     */
    static int estimate(long fractionBits, int binaryExponent) {
        // m - 1.5 is exact: (fraction - 2^51) / 2^52.
        long offset = (fractionBits & SIGNIFICAND_MASK) - (1L << 51);
        WideFixedPoint slopeTerm = WideFixedPoint.product(offset, SLOPE, -52);
        slopeTerm.roundToDouble();
        slopeTerm.add(WideFixedPoint.product(1, LOG10_OF_1_5, 0));
        slopeTerm.roundToDouble();
        WideFixedPoint exponentTerm = WideFixedPoint.product(binaryExponent, LOG10_OF_2, 0);
        exponentTerm.roundToDouble();
        slopeTerm.add(exponentTerm);
        slopeTerm.roundToDouble();
        return slopeTerm.floor();
    }
}
