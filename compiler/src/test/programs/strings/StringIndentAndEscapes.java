/** String.indent, translateEscapes, strip versus trim with Unicode spaces, lines() on mixed terminators. */
public class StringIndentAndEscapes {
    static String show(String s) {
        return "[" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u2003", "<em>")
                .replace("\u0001", "<1>").replace("\u000b", "<vt>") + "]";
    }

    public static void main(String[] args) {
        String block = "alpha\n  beta\n\tgamma";
        System.out.println(show(block.indent(2)));
        System.out.println(show(block.indent(-1)));
        System.out.println(show(block.indent(-10)));
        System.out.println(show(block.indent(0)));
        System.out.println(show("x\r\ny\rz".indent(1)));
        System.out.println(show("".indent(3)) + " " + show("\n".indent(2)));

        System.out.println(show("tab\\tnew\\nquote\\\" back\\\\ oct\\101\\60 \\s end".translateEscapes()));
        System.out.println(show("line\\\ncontinued \\0 \\377".translateEscapes().replace("\u0000", "<0>").replace("\u00ff", "<ff>")));
        try {
            "bad \\q escape".translateEscapes();
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }

        String spaces = "\u2003 \t padded \u2003\n";
        System.out.println(show(spaces.trim()) + " " + show(spaces.strip()) + " " + show(spaces.stripLeading())
                + " " + show(spaces.stripTrailing()));
        System.out.println(show("\u0001 ctrl \u0001".trim()) + " " + show("\u0001 ctrl \u0001".strip()) + " "
                + show("\u000b".strip()) + " " + "\u2003\u2003".isBlank() + " " + "\u00a0".isBlank());

        String mixed = "a\nb\r\nc\rd\n\ne";
        StringBuilder sb = new StringBuilder();
        mixed.lines().forEach(l -> sb.append('<').append(l).append('>'));
        System.out.println(sb + " " + mixed.lines().count() + " " + "trailing\n".lines().count() + " " + "".lines().count());
    }
}
