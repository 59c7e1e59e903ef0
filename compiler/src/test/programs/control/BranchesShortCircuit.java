public class BranchesShortCircuit {
    static int evaluations;
    static StringBuilder trace = new StringBuilder();

    static boolean check(int id, boolean value) {
        evaluations++;
        trace.append(id).append(value ? 'T' : 'F').append(' ');
        return value;
    }

    static boolean isInRange(int v, int lo, int hi) {
        return v >= lo && v <= hi;
    }

    static boolean outside(int v, int lo, int hi) {
        return v < lo || v > hi;
    }

    static int classify(int x) {
        if (x < 0) {
            if (x < -100) {
                return -2;
            } else {
                return -1;
            }
        } else if (x == 0) {
            return 0;
        } else if (x < 100) {
            return 1;
        } else {
            return 2;
        }
    }

    public static void main(String[] args) {
        // Every combination of three operands for several shapes.
        for (int mask = 0; mask < 8; mask++) {
            boolean a = (mask & 1) != 0, b = (mask & 2) != 0, c = (mask & 4) != 0;
            evaluations = 0;
            trace = new StringBuilder();
            boolean r1 = check(1, a) && check(2, b) && check(3, c);
            String t1 = trace.toString();
            trace = new StringBuilder();
            boolean r2 = check(1, a) || check(2, b) || check(3, c);
            String t2 = trace.toString();
            trace = new StringBuilder();
            boolean r3 = check(1, a) && check(2, b) || check(3, c);
            String t3 = trace.toString();
            trace = new StringBuilder();
            boolean r4 = check(1, a) || check(2, b) && check(3, c);
            String t4 = trace.toString();
            trace = new StringBuilder();
            boolean r5 = !(check(1, a) && !check(2, b)) || !check(3, c);
            String t5 = trace.toString();
            trace = new StringBuilder();
            boolean r6 = (check(1, a) || check(2, b)) && (check(3, c) || !check(4, a));
            String t6 = trace.toString();
            System.out.println("a=" + a + " b=" + b + " c=" + c);
            System.out.println("  &&&& " + r1 + " [" + t1 + "]");
            System.out.println("  |||| " + r2 + " [" + t2 + "]");
            System.out.println("  &&|| " + r3 + " [" + t3 + "]");
            System.out.println("  ||&& " + r4 + " [" + t4 + "]");
            System.out.println("  !&!|! " + r5 + " [" + t5 + "]");
            System.out.println("  ()&&() " + r6 + " [" + t6 + "] evaluations " + evaluations);
        }
        // Short-circuit guarding a division and an array access.
        int[] data = {5, 0, -3, 0, 8};
        for (int i = -1; i <= data.length; i++) {
            boolean safe = i >= 0 && i < data.length && data[i] != 0 && 100 / data[i] > 10;
            boolean alt = i < 0 || i >= data.length || data[i] == 0 || 100 % data[i] == 0;
            System.out.println("i=" + i + " safe=" + safe + " alt=" + alt);
        }
        for (int v = -150; v <= 150; v += 25) {
            System.out.println(v + " classify " + classify(v) + " in[-50,50] " + isInRange(v, -50, 50)
                    + " outside[-100,100] " + outside(v, -100, 100));
        }
        // Branches on boolean variables and negation.
        int counter = 0;
        for (int i = 0; i < 64; i++) {
            boolean even = (i & 1) == 0;
            boolean big = i > 40;
            boolean magic = i == 7 || i == 13 || i == 42;
            if (even != big) counter += 1;
            if (!even && !magic) counter += 10;
            if (even ^ magic) counter += 100;
            if (!(big || magic)) counter += 1000;
            if (even == !big) counter -= 3;
        }
        System.out.println("counter " + counter);
        // Boolean values stored and compared.
        boolean x = false;
        for (int i = 0; i < 10; i++) {
            x = !x;
            boolean y = x && i % 3 == 0;
            System.out.println("i=" + i + " x=" + x + " y=" + y + " x|y=" + (x | y) + " x==y " + (x == y));
        }
    }
}
