import java.util.Arrays;
import java.util.Comparator;

/** values() returns a fresh array each call; valueOf errors for bad, empty, case-mismatched and null names; Enum.valueOf. */
public class EnumValuesAndValueOf {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    enum Op {
        ADD { int apply(int a, int b) { return a + b; } },
        SUB { int apply(int a, int b) { return a - b; } };
        abstract int apply(int a, int b);
    }

    static void tryValueOf(String name) {
        try {
            System.out.println("valueOf(" + name + ") = " + Suit.valueOf(name));
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Suit[] a = Suit.values();
        Suit[] b = Suit.values();
        System.out.println((a != b) + " " + Arrays.equals(a, b) + " " + a.length);
        a[0] = Suit.SPADES;
        Arrays.sort(b, Comparator.reverseOrder());
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + Arrays.toString(Suit.values()));

        for (String name : new String[] {"HEARTS", "hearts", "", " SPADES", "SPADES", null}) {
            tryValueOf(name);
        }
        System.out.println(Enum.valueOf(Suit.class, "CLUBS").ordinal());
        try {
            Enum.valueOf(Suit.class, "JOKER");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        System.out.println(Op.valueOf("SUB").apply(10, 4) + " " + Op.valueOf("ADD").apply(10, 4));
        System.out.println(Enum.valueOf(Op.class, "SUB") == Op.SUB);
        Op[] ops = Op.values();
        ops[1] = null;
        System.out.println(Op.values()[1] + " " + Op.values().length);
        int mask = 0;
        for (Suit s : Suit.values()) mask |= 1 << s.ordinal();
        System.out.println(Integer.toBinaryString(mask) + " " + Suit.HEARTS.compareTo(Suit.CLUBS) + " " + Suit.CLUBS.compareTo(Suit.SPADES));
    }
}
