public class IntArrays {
    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static int[] prefixSums(int[] a) {
        int[] p = new int[a.length + 1];
        for (int i = 0; i < a.length; i++) {
            p[i + 1] = p[i] + a[i];
        }
        return p;
    }

    static String show(int[] a) {
        StringBuilder sb = new StringBuilder().append("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    static int[] concat(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) r[i] = a[i];
        for (int i = 0; i < b.length; i++) r[a.length + i] = b[i];
        return r;
    }

    static void fill(int[] a, int v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) return i;
        }
        return -1;
    }

    public static void main(String[] args) {
        int[] empty = new int[0];
        System.out.println("empty " + empty.length + " " + show(empty));
        int[] zeros = new int[7];
        System.out.println("defaults " + show(zeros));
        int[] init = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        System.out.println("init " + show(init) + " length " + init.length);
        int[] r = range(-5, 6);
        System.out.println("range " + show(r));
        reverse(r);
        System.out.println("reversed " + show(r));
        System.out.println("prefix " + show(prefixSums(r)));
        System.out.println("concat " + show(concat(init, r)));
        int[] alias = r;
        alias[0] = 1000;
        System.out.println("alias write visible: " + r[0] + " same " + (alias == r));
        fill(zeros, -9);
        System.out.println("filled " + show(zeros));
        System.out.println("indexOf 3 " + indexOf(r, 3) + " indexOf 77 " + indexOf(r, 77));
        // Element compound operations and increments.
        int[] c = new int[5];
        for (int k = 0; k < 50; k++) {
            c[k % 5] += k;
            c[(k * 3) % 5]++;
            c[k % 2] *= -1;
            c[4] ^= k << (k % 8);
        }
        System.out.println("compound " + show(c));
        int i = 0;
        int[] order = new int[6];
        order[i++] = i;
        order[i++] = i * 10;
        order[i] = i++ + i++;
        order[i++] += 7;
        System.out.println("evaluation order " + show(order) + " i=" + i);
        // Big array with pseudo-random contents; min/max/sum.
        int[] big = new int[100000];
        int seed = 12345;
        for (int k = 0; k < big.length; k++) {
            seed = seed * 1103515245 + 12345;
            big[k] = seed;
        }
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        long sum = 0;
        for (int v : big) {
            if (v < min) min = v;
            if (v > max) max = v;
            sum += v;
        }
        System.out.println("big min " + min + " max " + max + " sum " + sum);
        // Histogram of low bits.
        int[] hist = new int[16];
        for (int v : big) {
            hist[(v >>> 16) & 15]++;
        }
        System.out.println("hist " + show(hist));
        // Arrays of different lengths compared element-wise.
        int[] a1 = {1, 2, 3, 4};
        int[] a2 = {1, 2, 3, 5};
        boolean equal = a1.length == a2.length;
        for (int k = 0; equal && k < a1.length; k++) {
            equal = a1[k] == a2[k];
        }
        System.out.println("a1 equals a2 " + equal);
        // Rotate left by k.
        int[] rot = range(0, 10);
        for (int k = 0; k < 13; k += 4) {
            int[] out = new int[rot.length];
            for (int m = 0; m < rot.length; m++) {
                out[m] = rot[(m + k) % rot.length];
            }
            System.out.println("rotate " + k + " " + show(out));
        }
    }
}
