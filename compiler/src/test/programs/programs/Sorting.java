public class Sorting {
    static int seed = 20240601;

    static int nextRandom() {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return seed;
    }

    static int[] data(int n, int kind) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case 0: a[i] = nextRandom(); break;
                case 1: a[i] = i; break;
                case 2: a[i] = n - i; break;
                case 3: a[i] = nextRandom() % 5; break;
                default: a[i] = (i % 7 == 0) ? Integer.MIN_VALUE : (i % 11 == 0 ? Integer.MAX_VALUE : nextRandom() >> 20);
            }
        }
        return a;
    }

    static int[] copy(int[] a) {
        int[] c = new int[a.length];
        for (int i = 0; i < a.length; i++) c[i] = a[i];
        return c;
    }

    static void bubble(int[] a) {
        for (int i = 0; i < a.length; i++) {
            boolean swapped = false;
            for (int j = 0; j + 1 < a.length - i; j++) {
                if (a[j] > a[j + 1]) {
                    int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t;
                    swapped = true;
                }
            }
            if (!swapped) break;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int pivot = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                int t = a[i]; a[i] = a[j]; a[j] = t;
                i++;
                j--;
            }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    static void selection(int[] a) {
        for (int i = 0; i < a.length; i++) {
            int m = i;
            for (int j = i + 1; j < a.length; j++) if (a[j] < a[m]) m = j;
            int t = a[i]; a[i] = a[m]; a[m] = t;
        }
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }

    static void counting(long[] a) {
        // Shell sort on longs.
        int gap = 1;
        while (gap < a.length / 3) gap = gap * 3 + 1;
        for (; gap >= 1; gap /= 3) {
            for (int i = gap; i < a.length; i++) {
                long v = a[i];
                int j = i;
                while (j >= gap && a[j - gap] > v) {
                    a[j] = a[j - gap];
                    j -= gap;
                }
                a[j] = v;
            }
        }
    }

    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }

    static long fingerprint(int[] a) {
        long h = 1125899906842597L;
        for (int v : a) h = 31 * h + v;
        return h;
    }

    static boolean same(int[] a, int[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    public static void main(String[] args) {
        int[] sizes = {0, 1, 2, 3, 10, 100, 1000};
        for (int kind = 0; kind < 5; kind++) {
            for (int n : sizes) {
                int[] original = data(n, kind);
                int[] b = copy(original), ins = copy(original), q = copy(original), m = copy(original),
                        s = copy(original), h = copy(original);
                bubble(b);
                insertion(ins);
                quick(q, 0, q.length - 1);
                merge(m, new int[m.length], 0, m.length);
                selection(s);
                heap(h);
                boolean agree = same(b, ins) && same(b, q) && same(b, m) && same(b, s) && same(b, h);
                System.out.println("kind " + kind + " n " + n + " sorted " + sorted(b) + " agree " + agree
                        + " fingerprint " + fingerprint(b) + (n > 0 ? " min " + b[0] + " max " + b[n - 1] : ""));
                if (n == 10) {
                    StringBuilder sb = new StringBuilder();
                    for (int v : q) sb.append(v).append(' ');
                    System.out.println("  " + sb.toString());
                }
            }
        }
        int[] big = data(50000, 0);
        int[] big2 = copy(big);
        quick(big, 0, big.length - 1);
        merge(big2, new int[big2.length], 0, big2.length);
        System.out.println("50000 quick sorted " + sorted(big) + " equals merge " + same(big, big2)
                + " median " + big[25000] + " fingerprint " + fingerprint(big));
        long[] longs = new long[2000];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = ((long) nextRandom() << 32) ^ nextRandom();
        }
        counting(longs);
        boolean ok = true;
        for (int i = 1; i < longs.length; i++) if (longs[i - 1] > longs[i]) ok = false;
        System.out.println("shell sort longs ok " + ok + " first " + longs[0] + " last " + longs[longs.length - 1]
                + " middle " + longs[1000]);
    }
}
