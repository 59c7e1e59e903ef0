import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Records with static fields and methods, nested generic records, sorting records by component, and records as map keys. */
public class RecordsInCollectionsAndStatics {
    record Pair<A, B>(A first, B second) {
        static int created = 0;

        Pair {
            created++;
        }

        <C> Pair<A, C> withSecond(C value) {
            return new Pair<>(first, value);
        }
    }

    record Employee(String name, int age) {
    }

    public static void main(String[] args) {
        Pair<String, Integer> pair = new Pair<>("x", 1);
        Pair<String, List<String>> other = pair.withSecond(List.of("a", "b"));
        System.out.println(pair + " " + other + " " + Pair.created);
        List<Employee> staff = new ArrayList<>(List.of(new Employee("Zoe", 31), new Employee("Al", 45), new Employee("Mo", 31)));
        staff.sort(Comparator.comparingInt(Employee::age).thenComparing(Employee::name));
        System.out.println(staff);
        java.util.Map<Employee, String> roles = new java.util.HashMap<>();
        roles.put(new Employee("Al", 45), "boss");
        System.out.println(roles.get(new Employee("Al", 45)) + " " + roles.containsKey(new Employee("Al", 46)));
    }
}
