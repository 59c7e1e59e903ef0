/** valueOf (and its errors), Enum.valueOf, compareTo, name, ordinal, toString overrides, getDeclaringClass. */
public class EnumValueOfAndCompare {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23), EARTH(5.976e+24) {
            @Override
            public String toString() {
                return "home";
            }
        };

        final double mass;

        Planet(double mass) {
            this.mass = mass;
        }
    }

    public static void main(String[] args) {
        System.out.println(Color.valueOf("GREEN") + " " + Enum.valueOf(Color.class, "BLUE").ordinal());
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        System.out.println(Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.compareTo(Color.RED) + " "
                + Color.GREEN.name() + " " + Color.GREEN.equals(Color.GREEN) + " " + Color.RED.getDeclaringClass().getSimpleName());
        for (Planet planet : Planet.values()) {
            System.out.println(planet + " " + planet.name() + " " + planet.mass + " " + planet.getDeclaringClass().getSimpleName()
                    + " " + (planet.getClass() == Planet.class));
        }
        System.out.println(Planet.valueOf("EARTH") == Planet.EARTH);
    }
}
