public class StaticFields {
    static int counter;
    static long total = 1000000000000L;
    static boolean toggled;
    static char letter = 'a';
    static byte smallByte = -7;
    static short smallShort = 1234;
    static String label = "start";
    static String nothing;
    static int[] history = new int[16];
    static int historyLength;
    static final int LIMIT = 12;
    static final long SEED = 0x5DEECE66DL;

    static void record(int v) {
        history[historyLength % history.length] = v;
        historyLength++;
    }

    static int next() {
        counter++;
        total -= counter * 1000L;
        toggled = !toggled;
        letter++;
        smallByte *= 3;
        smallShort += smallShort;
        label = label + counter;
        record(counter * counter);
        return counter;
    }

    public static void main(String[] args) {
        System.out.println("initial: " + counter + " " + total + " " + toggled + " " + letter + " " + smallByte + " "
                + smallShort + " " + label + " " + nothing + " " + history.length + " " + LIMIT + " " + SEED);
        for (int i = 0; i < LIMIT; i++) {
            int v = next();
            System.out.println("next " + v + ": " + total + " " + toggled + " " + letter + " " + smallByte + " "
                    + smallShort + " " + label);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < history.length; i++) {
            sb.append(history[i]).append(',');
        }
        System.out.println("history " + sb.toString() + " length " + historyLength);
        // Fields of other classes.
        Registry.register(5);
        Registry.register(-3);
        Registry.register(17);
        System.out.println("Registry count " + Registry.count + " sum " + Registry.sum + " max " + Registry.max
                + " last " + Registry.lastName);
        Registry.count = 100;
        Registry.register(1);
        System.out.println("Registry count " + Registry.count + " sum " + Registry.sum);
        // Static field compound assignments and increments in expressions.
        counter = 0;
        int a = counter++ + counter++ + ++counter;
        System.out.println("a=" + a + " counter=" + counter);
        Registry.sum += Registry.sum++ * 2;
        System.out.println("Registry.sum " + Registry.sum);
        Registry.wide = Long.MAX_VALUE;
        Registry.wide++;
        System.out.println("Registry.wide " + Registry.wide);
        Registry.wide >>>= 60;
        System.out.println("Registry.wide >>>= 60 -> " + Registry.wide);
        // Static field used as a PRNG state.
        for (int i = 0; i < 20; i++) {
            System.out.print(Rng.nextInt(1000) + " ");
        }
        System.out.println();
        System.out.println("Rng.state " + Rng.state);
        // Replace a static array wholesale.
        history = new int[] {9, 8, 7};
        System.out.println("history now " + history.length + " " + history[0] + history[1] + history[2]);
        nothing = "something";
        System.out.println("nothing = " + nothing);
    }
}

class Registry {
    static int count;
    static int sum;
    static int max = Integer.MIN_VALUE;
    static String lastName = "none";
    static long wide;

    static void register(int v) {
        count++;
        sum += v;
        if (v > max) {
            max = v;
        }
        lastName = "item" + v;
    }
}

class Rng {
    static long state = 42;

    static int nextInt(int bound) {
        state = (state * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        int bits = (int) (state >>> 17);
        return Math.floorMod(bits, bound);
    }
}
