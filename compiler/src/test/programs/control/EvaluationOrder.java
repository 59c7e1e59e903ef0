public class EvaluationOrder {
    static StringBuilder log = new StringBuilder();
    static int[] arr = new int[8];
    static int counter;

    static int note(String what, int value) {
        log.append(what).append('=').append(value).append(' ');
        return value;
    }

    static int[] pick(String what, int[] a) {
        log.append(what).append(' ');
        return a;
    }

    static void flush(String title) {
        System.out.println(title + ": " + log.toString());
        log = new StringBuilder();
    }

    public static void main(String[] args) {
        // Operands are evaluated left to right.
        int r = note("a", 1) + note("b", 2) * note("c", 3) - note("d", 4) / note("e", 2);
        flush("arith " + r);
        boolean cmp = note("x", 5) < note("y", 6) == note("z", 7) > note("w", 8);
        flush("cmp " + cmp);
        // Array reference, then index, then value.
        pick("array", arr)[note("index", 2)] = note("value", 42);
        flush("store " + arr[2]);
        pick("array", arr)[note("index", 2)] += note("delta", 8);
        flush("compound " + arr[2]);
        // Method arguments left to right.
        int m = Math.max(note("first", 10), note("second", 20)) + Math.min(note("third", -1), note("fourth", -2));
        flush("args " + m);
        // Increments inside expressions.
        int i = 5;
        int j = i++ + i++ * --i;
        System.out.println("i=" + i + " j=" + j);
        i = 5;
        i = i++ + ++i;
        System.out.println("i = i++ + ++i -> " + i);
        i = 5;
        i += i++;
        System.out.println("i += i++ -> " + i);
        i = 5;
        i = i-- - --i * (i = 10) + i;
        System.out.println("i-- - --i * (i = 10) + i -> " + i);
        int k = 1;
        k = k++ + k++;
        System.out.println("k = k++ + k++ -> " + k);
        long l = 3;
        l *= l++ + ++l;
        System.out.println("l *= l++ + ++l -> " + l);
        // Array index and assignment interplay.
        int[] a = new int[5];
        int idx = 0;
        a[idx++] = idx;
        a[idx] = idx++ * 10;
        a[idx++] += idx * 100;
        a[(idx = 4) - 1] = idx;
        a[idx] = a[idx - 1]++ + a[0];
        StringBuilder sb = new StringBuilder();
        for (int v : a) sb.append(v).append(' ');
        System.out.println("array " + sb.toString() + "idx " + idx);
        // Chained assignments.
        int p, q, s;
        p = q = s = note("chain", 9);
        flush("chain " + p + q + s);
        arr[0] = arr[1] = arr[2] = 7;
        System.out.println("arr " + arr[0] + arr[1] + arr[2] + arr[3]);
        // Static field side effects in conditions.
        counter = 0;
        for (int n = 0; n < 5; n++) {
            if (counter++ % 2 == 0 && ++counter > 0) {
                log.append('E');
            } else {
                log.append('O');
            }
        }
        flush("counter " + counter);
        // Conditional evaluation only runs the chosen branch.
        int chosen = note("cond", 0) == 0 ? note("then", 1) : note("else", 2);
        flush("ternary " + chosen);
        // Division by a side-effecting expression: the left operand first.
        int dividend = note("dividend", 100);
        int quotient = note("left", dividend) / note("right", 7);
        flush("quotient " + quotient);
        // Compound assignment on array element evaluates the index once.
        int[] hits = new int[3];
        int at = 0;
        hits[at++] += 5;
        hits[at++] *= 2;
        hits[at++] -= -3;
        System.out.println("hits " + hits[0] + " " + hits[1] + " " + hits[2] + " at " + at);
        // String concatenation evaluates each operand once, left to right.
        String text = "s" + note("one", 1) + note("two", 2) + (note("three", 3) + note("four", 4));
        flush("concat " + text);
        // Shift by a side-effecting count.
        int shifted = note("base", 1) << note("count", 33);
        flush("shift " + shifted);
        // Long expression with mixed types and increments.
        byte b = 10;
        short sh = 20;
        char ch = 'A';
        long result = b++ * sh-- + ch++ - (b += 3) + (sh *= 2) + ch;
        System.out.println("result " + result + " b " + b + " sh " + sh + " ch " + ch);
    }
}
