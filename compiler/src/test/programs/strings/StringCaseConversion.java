/** toUpperCase and toLowerCase in the default locale: ASCII, Latin-1, the special casings (sharp s), Greek, Cyrillic. */
public class StringCaseConversion {
    public static void main(String[] args) {
        String[] words = {"Hello, World", "straße", "ÀÉÎÕÜ àéîõü", "ΑΒΓ αβγ", "Привет", "İstanbul", "ǅ ǈ", "MIXED case 123"};
        for (String word : words) {
            System.out.println(word + " -> " + word.toUpperCase() + " / " + word.toLowerCase()
                    + " lengths " + word.length() + " " + word.toUpperCase().length());
        }
        System.out.println("ABC".equalsIgnoreCase("abc") + " " + "straße".equalsIgnoreCase("STRASSE")
                + " " + "ÀB".equalsIgnoreCase("àb") + " " + "a".compareToIgnoreCase("B"));
        System.out.println(Character.toUpperCase('ß') + " " + Character.toTitleCase('ǆ') + " "
                + Character.isUpperCase('Σ') + " " + Character.toLowerCase('Σ') + " " + Character.isLetter('中'));
    }
}
