import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Comparator combinators: comparing, thenComparing, reversed, nullsFirst, naturalOrder; stable sorting of objects. */
public class ComparatorsAndSorting {
    record City(String name, int population, String country) {
    }

    public static void main(String[] args) {
        List<City> cities = new ArrayList<>(List.of(new City("Lyon", 516, "FR"), new City("Bonn", 327, "DE"),
                new City("Nice", 342, "FR"), new City("Kiel", 246, "DE"), new City("Metz", 116, "FR")));
        cities.sort(Comparator.comparing(City::country).thenComparing(City::population, Comparator.reverseOrder()));
        cities.forEach(city -> System.out.print(city.name() + " "));
        System.out.println();
        cities.sort(Comparator.comparingInt(City::population).reversed());
        System.out.println(cities.get(0).name() + " " + cities.get(cities.size() - 1).name());
        String[] words = {"b", null, "a", "C", null};
        Arrays.sort(words, Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.reversed()));
        System.out.println(Arrays.toString(words));
        Integer[] stable = {5, 3, 5, 1, 3};
        Arrays.sort(stable, Comparator.comparingInt(x -> x % 2));
        System.out.println(Arrays.toString(stable));
    }
}
