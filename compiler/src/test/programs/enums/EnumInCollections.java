import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/** Enums with EnumSet and EnumMap, ordinal order, values() copies, and switch expressions with yield. */
public class EnumInCollections {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    static String kind(Day day) {
        return switch (day) {
            case SAT, SUN -> "weekend";
            default -> {
                String name = day.name().toLowerCase();
                yield "weekday " + name;
            }
        };
    }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + work + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.noneOf(Day.class));
        Map<Day, Integer> hours = new EnumMap<>(Day.class);
        for (Day day : Day.values()) {
            hours.put(day, weekend.contains(day) ? 0 : 8 - day.ordinal() % 2);
        }
        System.out.println(hours);
        System.out.println(Day.values() != Day.values() ? "fresh copies" : "shared");
        for (Day day : new Day[] {Day.MON, Day.SAT, Day.FRI}) {
            System.out.println(kind(day));
        }
    }
}
