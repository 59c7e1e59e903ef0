/** The string forms of numbers: radixes, hex, binary, octal, and the wrappers' toString. */
public class NumberToStrings {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int i : ints) {
            System.out.println(i + " hex " + Integer.toHexString(i) + " oct " + Integer.toOctalString(i) + " bin "
                    + Integer.toBinaryString(i) + " r7 " + Integer.toString(i, 7) + " r36 " + Integer.toString(i, 36));
        }
        long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40};
        for (long l : longs) {
            System.out.println(l + " hex " + Long.toHexString(l) + " bin " + Long.toBinaryString(l).length()
                    + " r36 " + Long.toString(l, 36));
        }
        System.out.println(Integer.toString(42, 99) + " " + Short.toString((short) -5) + " " + Byte.toString((byte) 200)
                + " " + Character.toString(65) + " " + Boolean.toString(false));
        System.out.println(Integer.reverse(1) + " " + Integer.bitCount(-1) + " " + Long.numberOfLeadingZeros(1)
                + " " + Integer.highestOneBit(100) + " " + Integer.rotateLeft(1, 33) + " " + Character.getNumericValue('z')
                + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16));
    }
}
