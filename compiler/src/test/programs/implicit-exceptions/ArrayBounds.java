public class ArrayBounds {
    static int sumFirst(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }

    public static void main(String[] args) {
        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * i;
        }
        for (int n = 0; n <= a.length; n++) {
            System.out.println("sum of first " + n + " = " + sumFirst(a, n));
        }
        System.out.println("last element " + a[a.length - 1]);
        for (int n = 8; n <= 12; n++) {
            System.out.println("trying " + n + " elements");
            System.out.println("sum = " + sumFirst(a, n));
        }
        System.out.println("never printed");
    }
}
