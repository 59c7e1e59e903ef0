/** valueOf versus new-ish boxing at the cache's edges for every wrapper, and autoboxing in compound assignments on arrays. */
public class IntegerCacheBoundaries {
    public static void main(String[] args) {
        Integer[] slots = new Integer[3];
        slots[0] = 0;
        slots[0] += 127;
        slots[1] = slots[0];
        slots[1]++;
        System.out.println(slots[0] + " " + slots[1] + " " + (slots[0] == Integer.valueOf(127)) + " " + (slots[1] == Integer.valueOf(128)));
        System.out.println((Long.valueOf(-128) == Long.valueOf(-128)) + " " + (Long.valueOf(-129) == Long.valueOf(-129))
                + " " + (Short.valueOf((short) 127) == Short.valueOf((short) 127)) + " " + (Character.valueOf('\u007f') == Character.valueOf('\u007f'))
                + " " + (Character.valueOf('\u0080') == Character.valueOf('\u0080')) + " " + (Byte.valueOf((byte) -128) == Byte.valueOf((byte) -128)));
        System.out.println((Float.valueOf(1f) == Float.valueOf(1f)) + " " + (Double.valueOf(0) == Double.valueOf(0)) + " " + Integer.valueOf(-128).hashCode());
    }
}
