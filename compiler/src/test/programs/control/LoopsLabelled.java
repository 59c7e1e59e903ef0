public class LoopsLabelled {
    public static void main(String[] args) {
        // while / do-while with edge trip counts.
        int i = 0;
        while (i < 0) {
            i++;
        }
        System.out.println("while zero trips i=" + i);
        do {
            i++;
        } while (i < 0);
        System.out.println("do one trip i=" + i);
        int n = 27;
        int steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz(27) steps " + steps);

        // for with multiple variables and comma updates.
        for (int a = 0, b = 10; a < b; a++, b--) {
            System.out.println("a=" + a + " b=" + b);
        }
        // Loop over the full byte range using an int counter, and a loop ending at MAX_VALUE.
        int count = 0;
        for (int k = Integer.MAX_VALUE - 5; k > 0 && k <= Integer.MAX_VALUE; k++) {
            count++;
            if (count > 10) break;
        }
        System.out.println("loop to MAX ran " + count + " times");
        long lcount = 0;
        for (long k = Long.MAX_VALUE - 3; k > 0; k++) {
            lcount++;
        }
        System.out.println("long loop to MAX ran " + lcount + " times");

        // Labelled break and continue over nested loops.
        outer:
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                if (c > r) {
                    System.out.println();
                    continue outer;
                }
                if (r * c == 12) {
                    System.out.println("break outer at " + r + "," + c);
                    break outer;
                }
                System.out.print(r * c + " ");
            }
            System.out.println("end of row " + r);
        }
        // Find first pair summing to target with labelled break.
        int[] nums = {3, 9, -4, 17, 8, 12, -1, 5, 21, 6};
        int target = 13;
        int fi = -1, fj = -1;
        search:
        for (int x = 0; x < nums.length; x++) {
            for (int y = x + 1; y < nums.length; y++) {
                if (nums[x] + nums[y] == target) {
                    fi = x;
                    fj = y;
                    break search;
                }
            }
        }
        System.out.println("pair " + fi + "," + fj);
        // Labelled continue in a while loop inside a do loop, and a labelled block.
        int total = 0;
        int outerCount = 0;
        loop:
        do {
            outerCount++;
            int j = 0;
            while (j < 10) {
                j++;
                if (j % 3 == 0) continue;
                if (j == 8) continue loop;
                total += j * outerCount;
            }
            total += 1000;
        } while (outerCount < 5);
        System.out.println("total " + total + " outerCount " + outerCount);
        block:
        {
            for (int q = 0; q < 100; q++) {
                if (q * q > 50) {
                    System.out.println("leaving block at q=" + q);
                    break block;
                }
            }
            System.out.println("not printed");
        }
        // Triple nesting with labels at each level.
        int hits = 0;
        l1:
        for (int a = 0; a < 8; a++) {
            l2:
            for (int b = 0; b < 8; b++) {
                for (int c = 0; c < 8; c++) {
                    if (c == b) continue l2;
                    if (a + b + c == 15) continue l1;
                    if (a * b * c > 200) break l1;
                    hits++;
                }
            }
        }
        System.out.println("hits " + hits);
        // Infinite loop with break.
        int v = 1;
        for (;;) {
            v *= 3;
            if (v > 1000000) break;
        }
        System.out.println("v " + v);
        int w = 0;
        while (true) {
            if (++w >= 17) break;
        }
        System.out.println("w " + w);
        // Countdown loops with various steps.
        StringBuilder sb = new StringBuilder();
        for (int k = 100; k >= -100; k -= 13) {
            sb.append(k).append(' ');
        }
        System.out.println(sb.toString());
        for (char c = 'z'; c >= 'a'; c -= 2) {
            System.out.print(c);
        }
        System.out.println();
        for (byte b = 120; b > 0; b += 3) {
            System.out.print(b + " ");
        }
        System.out.println();
    }
}
