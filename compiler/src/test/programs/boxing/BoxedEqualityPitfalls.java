/** Long/Double/Float equals versus ==: caches, NaN, signed zeros, cross-type equals, and mixed boxed/primitive comparisons. */
public class BoxedEqualityPitfalls {
    static Long boxLong(long v) { return v; }
    static Double boxDouble(double v) { return v; }

    public static void main(String[] args) {
        for (long v : new long[] {-129, -128, 0, 127, 128, 100000}) {
            Long a = boxLong(v), b = boxLong(v);
            System.out.println("Long " + v + ": == " + (a == b) + ", equals " + a.equals(b) + ", == unboxed " + (a == v));
        }
        Double nan1 = boxDouble(Double.NaN), nan2 = boxDouble(0.0 / 0.0);
        System.out.println("NaN equals " + nan1.equals(nan2) + ", primitive == " + (Double.NaN == Double.NaN)
                + ", compare " + Double.compare(Double.NaN, Double.NaN));
        Double pz = 0.0, nz = -0.0;
        System.out.println("zeros equals " + pz.equals(nz) + ", primitive == " + (0.0 == -0.0) + ", unboxed == "
                + (pz.doubleValue() == nz.doubleValue()) + ", compare " + pz.compareTo(nz));
        Float fz = -0.0f;
        System.out.println("float zero " + fz.equals(-0.0f) + " " + fz.equals(0.0f) + " " + Float.compare(0.0f, -0.0f));
        Long one = 1L;
        Integer oneInt = 1;
        System.out.println("Long(1).equals(Integer 1) " + one.equals(oneInt) + ", equals(1) " + one.equals(1)
                + ", equals(1L) " + one.equals(1L) + ", unboxed == " + (one == 1));
        Double d = 1.0;
        Float f = 1.0f;
        System.out.println("Double(1).equals(Float) " + d.equals(f) + ", numeric == " + (d.doubleValue() == f));
        Short s = 5;
        Byte b = 5;
        System.out.println("Short.equals(Byte) " + s.equals(b) + ", " + s.equals((short) 5) + ", " + (s == 5) + ", " + (s.intValue() == b));
        Double third = 1.0 / 3;
        System.out.println("0.1+0.2 " + boxDouble(0.1 + 0.2).equals(0.3) + " " + third.equals(1.0 / 3) + " "
                + Double.valueOf(Double.MIN_VALUE).equals(Double.MIN_VALUE / 2 * 2));
        Character c1 = 'A', c2 = 65;
        System.out.println("chars " + (c1 == c2) + " " + c1.equals(c2) + " " + c1.equals(65) + " " + (c1 == 65));
        Object o1 = 42, o2 = 42L;
        System.out.println("objects " + o1.equals(o2) + " " + o1.getClass().getSimpleName() + " " + o2.getClass().getSimpleName()
                + " " + (o1.hashCode() == o2.hashCode()));
    }
}
