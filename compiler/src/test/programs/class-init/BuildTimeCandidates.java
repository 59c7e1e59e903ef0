import java.util.Arrays;

/**
 * Static initializers os2j may run at build time (they only compute) next to ones it must not
 * (they print, or read a static the program changes first): either way, what HotSpot prints.
 */
public class BuildTimeCandidates {
    static class Table {
        static final int[] SQUARES = new int[10];
        static final String NAME;

        static {
            for (int i = 0; i < SQUARES.length; i++) {
                SQUARES[i] = i * i;
            }
            NAME = "table" + SQUARES.length;
        }
    }

    static class Counter {
        static int count = 5;
    }

    static class ReadsCounter {
        static final int SEEN = Counter.count;
    }

    static class Loud {
        static final int X;

        static {
            System.out.println("Loud initialized");
            X = 7;
        }
    }

    static class Boxes {
        static final Integer BIG = 1000;
        static final Integer SMALL = 10;
        static final Object[] MIXED = {1, "two", 3.0, 'c', null, Long.MAX_VALUE};
    }

    enum Mode {
        FAST {
            @Override
            int speed() {
                return 9;
            }
        },
        SLOW;

        int speed() {
            return 1;
        }
    }

    static class Fails {
        static final int VALUE = 1 / Integer.parseInt("0");
    }

    public static void main(String[] args) {
        Counter.count = 42;
        System.out.println("seen " + ReadsCounter.SEEN);
        System.out.println(Table.NAME + " " + Table.SQUARES[9] + " " + Arrays.toString(Table.SQUARES));
        System.out.println("before Loud");
        System.out.println(Loud.X);
        System.out.println((Boxes.SMALL == Integer.valueOf(10)) + " " + (Boxes.BIG == Integer.valueOf(1000)));
        System.out.println(Arrays.toString(Boxes.MIXED));
        System.out.println(Mode.FAST.speed() + " " + Mode.SLOW.speed() + " " + Mode.valueOf("SLOW").ordinal()
                + " " + Arrays.toString(Mode.values()) + " " + Mode.FAST.getClass().getSuperclass().getSimpleName());
        Table.SQUARES[0] = 99;
        System.out.println(Table.SQUARES[0] + " " + (Table.NAME == "table10") + " " + (Table.NAME.intern() == "table10"));
        try {
            System.out.println(Fails.VALUE);
        } catch (ExceptionInInitializerError e) {
            System.out.println("ExceptionInInitializerError: " + e.getCause());
        }
        try {
            System.out.println(Fails.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("NoClassDefFoundError: " + e.getMessage());
        }
    }
}
