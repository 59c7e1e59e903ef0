/** String-heavy: splitting, stripping, searching, case mapping, hashing and replacing over a large text. */
public class StringOps {
    public static void main(String[] args) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("word").append(i % 977).append(i % 3 == 0 ? ", " : " ");
        }
        String all = text.toString();
        long total = 0;
        long upper = 0;
        long hash = 0;
        for (int round = 0; round < 5; round++) {
            for (String part : all.split(" ")) {
                String token = part.strip();
                if (token.endsWith(",")) {
                    token = token.substring(0, token.length() - 1);
                }
                total += token.length();
                hash = hash * 31 + token.hashCode();
                if (token.indexOf('7') >= 0) {
                    upper += token.toUpperCase().length();
                }
            }
            all = all.replace("word", "w" + round);
        }
        System.out.println(total + " " + upper + " " + hash + " " + all.length());
    }
}
