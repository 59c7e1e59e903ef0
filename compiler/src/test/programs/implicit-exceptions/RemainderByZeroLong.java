public class RemainderByZeroLong {
    static long total;

    static long step(long value, long modulus) {
        total += value % modulus;
        return total;
    }

    public static void main(String[] args) {
        long modulus = 11;
        for (long v = -30000000000L; v <= 30000000000L; v += 1234567891L) {
            System.out.println(v + " % " + modulus + " = " + (v % modulus) + " / = " + (v / modulus)
                    + " running " + step(v, modulus));
        }
        for (int k = 10; k >= 0; k--) {
            long m = k;
            System.out.println("remainder of 1000000000000 by " + m + " is " + (1000000000000L % m));
        }
        System.out.println("never printed");
    }
}
