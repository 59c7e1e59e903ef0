import java.util.Map;

/** System.getenv: one variable, a missing one, and the whole map. */
public class SystemEnvironment {
    public static void main(String[] args) {
        String path = System.getenv("PATH");
        System.out.println("PATH set: " + (path != null && !path.isEmpty()));
        System.out.println("missing: " + System.getenv("OS2J_SURELY_UNSET_VARIABLE"));
        Map<String, String> environment = System.getenv();
        System.out.println("map has PATH: " + environment.containsKey("PATH") + ", same value: "
                + environment.get("PATH").equals(path) + ", size > 0: " + (environment.size() > 0));
        try {
            environment.put("X", "Y");
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable");
        }
    }
}
