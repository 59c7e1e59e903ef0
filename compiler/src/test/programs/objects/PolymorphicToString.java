/** toString overrides reached through string concatenation, println(Object) and String.valueOf. */
public class PolymorphicToString {
    static class Temperature { final double c; Temperature(double c) { this.c = c; } public String toString() { return c + "C"; } }
    static class Fahrenheit extends Temperature { Fahrenheit(double c) { super(c); } public String toString() { return (c * 9 / 5 + 32) + "F"; } }
    public static void main(String[] args) {
        Temperature[] ts = {new Temperature(21.5), new Fahrenheit(100), null};
        for (Temperature t : ts) {
            System.out.println(t);
            System.out.println("now " + t + " / " + String.valueOf(t));
        }
        StringBuilder sb = new StringBuilder().append(ts[0]).append(' ').append((Object) ts[1]).append(' ').append(ts[2]);
        System.out.println(sb);
    }
}
