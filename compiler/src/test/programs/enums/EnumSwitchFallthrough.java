/** Switch statements on enums: fall-through, a default in the middle, nested switches, missing cases, and a null selector. */
public class EnumSwitchFallthrough {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Level { LOW, MID, HIGH }

    static String plan(Day d) {
        StringBuilder sb = new StringBuilder();
        switch (d) {
            case MON:
                sb.append("meeting ");
            case TUE:
            case WED:
                sb.append("code ");
                break;
            default:
                sb.append("rest ");
            case FRI:
                sb.append("review ");
                break;
            case THU:
                sb.append("deploy ");
        }
        return sb.toString().trim();
    }

    static int score(Day d, Level l) {
        int s = 0;
        switch (d) {
            case SAT, SUN -> {
                switch (l) {
                    case HIGH: s += 100;
                    case MID: s += 10;
                    case LOW: s += 1;
                }
            }
            default -> s = -1;
        }
        return s;
    }

    static String partial(Level l) {
        switch (l) {
            case HIGH: return "high";
        }
        return "not high";
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d + ": " + plan(d) + " | " + score(d, Level.HIGH) + " " + score(d, Level.MID) + " " + score(d, Level.LOW));
        }
        for (Level l : Level.values()) System.out.print(partial(l) + "; ");
        System.out.println();
        Day missing = null;
        try {
            plan(missing);
        } catch (NullPointerException e) {
            System.out.println("NPE " + (e.getMessage() != null));
        }
        int weekend = 0;
        for (Day d : Day.values()) {
            weekend += switch (d) { case SAT, SUN -> 1; default -> 0; };
        }
        System.out.println("weekend days " + weekend);
    }
}
