/** StringBuilder's editing operations: insert, delete, replace, setCharAt, setLength, reverse, capacity growth, compareTo. */
public class StringBuilderEditing {
    public static void main(String[] args) {
        StringBuilder builder = new StringBuilder("0123456789");
        builder.insert(3, "abc").delete(0, 2).replace(1, 4, "XY").setCharAt(0, '#');
        System.out.println(builder + " " + builder.length());
        builder.setLength(4);
        System.out.println("[" + builder + "]");
        builder.setLength(6);
        System.out.println("[" + builder.toString().replace('\0', '_') + "]");
        StringBuilder numbers = new StringBuilder();
        numbers.append(1).append('-').append(2L).append('-').append(3.5f).append('-').append(4.25).append('-').append(true)
                .append('-').append((Object) null).append('-').append(new char[] {'o', 'k'}).append("xyz", 1, 2);
        System.out.println(numbers);
        System.out.println(new StringBuilder("stressed").reverse() + " " + new StringBuilder("abc").compareTo(new StringBuilder("abd"))
                + " " + new StringBuilder("a").append("b").indexOf("b") + " " + new StringBuilder("aXbXc").lastIndexOf("X"));
        StringBuilder grow = new StringBuilder(1);
        for (int i = 0; i < 100; i++) {
            grow.append(i % 10);
        }
        System.out.println(grow.length() + " " + grow.charAt(57) + " " + grow.substring(95));
        try {
            new StringBuilder("abc").deleteCharAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
