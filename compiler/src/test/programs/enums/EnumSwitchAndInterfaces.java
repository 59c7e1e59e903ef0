/** Enums implementing interfaces, with fields, static lookups, switches with fall-through, and as map-like keys. */
public class EnumSwitchAndInterfaces {
    interface Priced {
        int cents();
    }

    enum Coin implements Priced {
        PENNY(1), NICKEL(5), DIME(10), QUARTER(25);

        private final int cents;

        Coin(int cents) {
            this.cents = cents;
        }

        public int cents() {
            return cents;
        }

        static Coin largestUpTo(int cents) {
            Coin best = null;
            for (Coin coin : values()) {
                if (coin.cents <= cents) {
                    best = coin;
                }
            }
            return best;
        }
    }

    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY }

    static String kind(Day day) {
        String result = "";
        switch (day) {
            case SATURDAY:
            case SUNDAY:
                result += "weekend";
                break;
            case FRIDAY:
                result += "almost ";
            default:
                result += "weekday";
        }
        return result;
    }

    public static void main(String[] args) {
        int amount = 68;
        StringBuilder change = new StringBuilder();
        while (amount > 0) {
            Coin coin = Coin.largestUpTo(amount);
            change.append(coin).append(' ');
            amount -= coin.cents();
        }
        System.out.println(change.toString().trim());
        int[] counts = new int[Coin.values().length];
        for (Coin coin : new Coin[] {Coin.DIME, Coin.PENNY, Coin.DIME, Coin.QUARTER}) {
            counts[coin.ordinal()]++;
        }
        for (Coin coin : Coin.values()) {
            System.out.println(coin.name().toLowerCase() + ": " + counts[coin.ordinal()]);
        }
        for (Day day : Day.values()) {
            System.out.println(day + " is a " + kind(day));
        }
        Priced priced = Coin.valueOf("QUARTER");
        System.out.println(priced.cents() + " " + (priced instanceof Coin) + " " + ((Enum<?>) priced).ordinal());
    }
}
