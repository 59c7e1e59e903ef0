/** Instance fields of every type start at their defaults; constructors chain with this(...). */
public class FieldsAndConstructors {
    boolean flag; byte b; char c; short s; int i; long l; float f; double d; Object o; int[] array;
    final String name;
    FieldsAndConstructors() { this("unnamed"); i = 7; }
    FieldsAndConstructors(String name) { this.name = name; l = -1L; }
    public static void main(String[] args) {
        FieldsAndConstructors x = new FieldsAndConstructors();
        System.out.println(x.flag + " " + x.b + " " + (int) x.c + " " + x.s + " " + x.i + " " + x.l);
        System.out.println(x.f + " " + x.d + " " + x.o + " " + x.array + " " + x.name);
        FieldsAndConstructors y = new FieldsAndConstructors("y");
        y.c = 'q'; y.s = -3; y.b = (byte) 200; y.d = 2.5; y.f = 1.25f; y.flag = true;
        System.out.println(y.name + " " + y.c + " " + y.s + " " + y.b + " " + y.d + " " + y.f + " " + y.flag + " " + y.i);
    }
}
