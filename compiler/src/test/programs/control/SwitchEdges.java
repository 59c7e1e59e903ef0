/** Dense and sparse switches at the ends of the int range, probed with keys inside, between and outside. */
public class SwitchEdges {
    static int low(int key) {
        switch (key) {
            case Integer.MIN_VALUE: return 1;
            case Integer.MIN_VALUE + 1: return 2;
            case Integer.MIN_VALUE + 2: return 3;
            case Integer.MIN_VALUE + 4: return 5;
            case Integer.MIN_VALUE + 5: return 6;
            default: return 0;
        }
    }

    static int high(int key) {
        switch (key) {
            case Integer.MAX_VALUE - 5: return 1;
            case Integer.MAX_VALUE - 3: return 2;
            case Integer.MAX_VALUE - 2: return 3;
            case Integer.MAX_VALUE - 1: return 4;
            case Integer.MAX_VALUE: return 5;
            default: return -1;
        }
    }

    static int spread(int key) {
        switch (key) {
            case -100: return 1;
            case -7: return 2;
            case 0: return 3;
            case 9: return 4;
            case 1000: return 5;
            case 1_000_000: return 6;
            default: return 7;
        }
    }

    static int gappy(int key) {
        switch (key) {
            case 10: return 1;
            case 12: return 2;
            case 14: return 3;
            case 16: return 4;
            case 18: return 5;
            case 21: return 6;
            default: return 0;
        }
    }

    static int letters(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case 'y' -> 2;
            case 'b', 'c', 'd' -> 3;
            default -> 0;
        };
    }

    public static void main(String[] args) {
        int[] probes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MIN_VALUE + 3, Integer.MIN_VALUE + 5,
            Integer.MIN_VALUE + 6, -1000000, -100, -8, -7, -1, 0, 1, 9, 10, 11, 12, 17, 18, 20, 21, 22, 999, 1000,
            1_000_000, Integer.MAX_VALUE - 6, Integer.MAX_VALUE - 5, Integer.MAX_VALUE - 4, Integer.MAX_VALUE - 1,
            Integer.MAX_VALUE};
        for (int probe : probes) {
            System.out.println(probe + ": " + low(probe) + " " + high(probe) + " " + spread(probe) + " " + gappy(probe));
        }
        StringBuilder classes = new StringBuilder();
        for (char c = 'a'; c <= 'z'; c++) {
            classes.append(letters(c));
        }
        System.out.println(classes.toString());
        int total = 0;
        for (int i = -50; i < 50; i++) {
            total += gappy(i) * 3 + low(i) + high(i);
        }
        System.out.println("total " + total);
    }
}
