/** Text blocks (JLS 3.10.6): incidental indentation, trailing spaces, escapes, \s and line continuations, formatted(). */
public class TextBlocks {
    public static void main(String[] args) {
        String poem = """
            Roses are red,
              violets are blue,
            text blocks strip
            indentation for you.
            """;
        System.out.print(poem);
        System.out.println(poem.length() + " " + poem.lines().count() + " " + poem.endsWith("\n"));

        String noFinalNewline = """
            one
            two""";
        System.out.println("[" + noFinalNewline + "] " + noFinalNewline.length());

        String closingLeft = """
                indented by closing delimiter
            """;
        System.out.print(closingLeft.replace(' ', '.'));

        String trailing = """
            keep\s
            drop   
            tab\there
            """;
        System.out.print(trailing.replace(' ', '_').replace('\t', '>'));

        String joined = """
            a long line \
            continued here \
            and ended""";
        System.out.println(joined);

        String quotes = """
            He said "hi" and ""\" three quotes
            a backslash \\ and unicode \u00e9 and \101
            """;
        System.out.print(quotes);

        String json = """
            {"name": "%s", "count": %d, "ratio": %.2f}
            """.formatted("widget", 42, 0.125);
        System.out.print(json);

        String empty = """
            """;
        System.out.println("empty=" + empty.isEmpty() + " " + """
            x""".equals("x") + " " + ("""
            	mixed""".charAt(0) == '\t'));
    }
}
