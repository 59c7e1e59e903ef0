/** StringBuilder with surrogate pairs: reverse keeps pairs, insert/deleteCharAt/setCharAt can split them, code point APIs. */
public class StringBuilderSurrogates {
    static String hex(CharSequence s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) out.append(' ');
            out.append(Integer.toHexString(s.charAt(i)));
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String smile = new String(Character.toChars(0x1F600));
        String clef = "\uD834\uDD1E";
        StringBuilder sb = new StringBuilder("a").append(smile).append("b").append(clef);
        System.out.println(sb.length() + " " + sb.codePointCount(0, sb.length()) + " " + hex(sb));
        System.out.println(hex(new StringBuilder(sb).reverse()));
        System.out.println(sb.codePointAt(1) == 0x1F600 ? "cp@1 ok" : "cp@1 bad");
        System.out.println(Integer.toHexString(sb.codePointAt(2)) + " " + Integer.toHexString(sb.codePointBefore(3))
                + " " + Integer.toHexString(sb.codePointBefore(sb.length())) + " " + sb.offsetByCodePoints(0, 3));

        StringBuilder lone = new StringBuilder("x\uDE00\uD83Dy");
        System.out.println(hex(lone.reverse()));

        StringBuilder split = new StringBuilder(sb);
        split.deleteCharAt(1);
        System.out.println(hex(split) + " " + split.codePointCount(0, split.length()));
        split.insert(1, '\uD83D');
        System.out.println(hex(split) + " " + split.toString().equals(sb.toString()));
        StringBuilder set = new StringBuilder(sb);
        set.setCharAt(2, '!');
        System.out.println(hex(set) + " " + set.codePointCount(0, set.length()));
        set.insert(0, smile).insert(set.length(), 'z').appendCodePoint(0x10400).appendCodePoint('Q');
        System.out.println(hex(set) + " " + set.codePoints().count());
        StringBuilder swap = new StringBuilder(clef + smile);
        swap.reverse();
        System.out.println(swap.toString().equals(smile + clef) + " " + swap.indexOf(clef) + " " + swap.lastIndexOf("\uDE00"));
        StringBuilder rep = new StringBuilder("0123456789");
        rep.replace(2, 5, smile).delete(0, 1).insert(3, clef, 0, 2).setLength(7);
        System.out.println(hex(rep) + " " + rep.substring(1, 3).codePointAt(0));
    }
}
