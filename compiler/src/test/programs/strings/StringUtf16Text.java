/** Strings beyond Latin-1 (UTF-16 storage): lengths, code points, surrogate pairs, reversal, and their UTF-8 output. */
public class StringUtf16Text {
    public static void main(String[] args) {
        String mixed = "añ€𝄞中";
        System.out.println(mixed + " length " + mixed.length() + " code points " + mixed.codePointCount(0, mixed.length()));
        for (int i = 0; i < mixed.length(); i++) {
            char c = mixed.charAt(i);
            System.out.println(i + ": " + (int) c + " high " + Character.isHighSurrogate(c) + " low " + Character.isLowSurrogate(c));
        }
        StringBuilder reversed = new StringBuilder(mixed).reverse();
        System.out.println(reversed + " " + reversed.length());
        System.out.println(new String(Character.toChars(0x1F600)) + " " + Character.charCount(0x1F600) + " "
                + Character.isSupplementaryCodePoint(0x1F600) + " " + "😀".codePointAt(0));
        String latin = "caf\u00e9";
        String wide = latin + "\u20ac";
        System.out.println(latin.equals("café") + " " + wide.substring(0, 4).equals(latin) + " " + wide.indexOf('é')
                + " " + (wide.hashCode() == ("café" + "€").hashCode()));
        StringBuilder builder = new StringBuilder();
        builder.append("x").appendCodePoint(0x1D11E).append('€').insert(0, "ü").deleteCharAt(1);
        System.out.println(builder + " " + builder.length() + " " + builder.indexOf("€"));
        System.out.println("lone high " + "\ud800".length() + " [" + "a\ud800b" + "]");
    }
}
