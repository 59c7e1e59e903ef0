/** Character classification beyond ASCII: isDigit, isLetter, getNumericValue, digit, case tests, whitespace, types. */
public class CharacterUnicodeClassification {
    static String flags(int cp) {
        StringBuilder sb = new StringBuilder();
        sb.append(Character.isDigit(cp) ? 'D' : '.');
        sb.append(Character.isLetter(cp) ? 'L' : '.');
        sb.append(Character.isLetterOrDigit(cp) ? 'A' : '.');
        sb.append(Character.isUpperCase(cp) ? 'U' : '.');
        sb.append(Character.isLowerCase(cp) ? 'l' : '.');
        sb.append(Character.isTitleCase(cp) ? 'T' : '.');
        sb.append(Character.isWhitespace(cp) ? 'W' : '.');
        sb.append(Character.isSpaceChar(cp) ? 'S' : '.');
        sb.append(Character.isAlphabetic(cp) ? 'a' : '.');
        sb.append(Character.isIdeographic(cp) ? 'I' : '.');
        sb.append(Character.isJavaIdentifierPart(cp) ? 'j' : '.');
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] cps = {'7', 'x', 'Q', ' ', '\t', '_', '$', 0x00A0, 0x00E9, 0x00DF, 0x01C5, 0x0394, 0x03C9, 0x0416,
                0x0663, 0x096A, 0xFF15, 0x2167, 0x216B, 0x00BD, 0x4E2D, 0x3000, 0x2028, 0x1D7D8, 0x1F600, 0x10400};
        for (int cp : cps) {
            System.out.println(String.format("U+%04X %s num=%d digit10=%d digit16=%d type=%d up=%X low=%X", cp, flags(cp),
                    Character.getNumericValue(cp), Character.digit(cp, 10), Character.digit(cp, 16), Character.getType(cp),
                    Character.toUpperCase(cp), Character.toLowerCase(cp)));
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 2; r <= 36; r += 17) {
            for (int v = 0; v < r; v += 5) sb.append(Character.forDigit(v, r));
            sb.append('|');
        }
        System.out.println(sb + " " + Character.forDigit(10, 10) + "." + (int) Character.forDigit(36, 36));
        System.out.println(Character.digit('z', 36) + " " + Character.digit('Z', 35) + " " + Character.getNumericValue('z')
                + " " + Character.getNumericValue('-'));
        System.out.println(Character.isSurrogate('\uD83D') + " " + Character.isHighSurrogate('\uDE00') + " "
                + Character.isSupplementaryCodePoint(0x1F600) + " " + Character.charCount(0x1F600) + " "
                + Character.isValidCodePoint(0x110000) + " " + Character.toChars(0x1F600).length);
        System.out.println(Character.toTitleCase('\u01C6') == '\u01C5');
    }
}
