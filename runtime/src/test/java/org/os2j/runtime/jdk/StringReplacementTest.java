package org.os2j.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.os2j.runtime.jdk.HostOracle.assertCanonical;
import static org.os2j.runtime.jdk.HostOracle.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** StringReplacement against java.lang.String, on fixed and seeded random strings. */
class StringReplacementTest {
    private static final List<String> SAMPLES = samples();

    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of("", "a", "abc", "Hello, World", "  padded \t", "\u00e9t\u00e9",
                "\u00df\u00ff\u00b5", "MiXeD CaSe 123", "\u0100\u0101", "caf\u00e9 \u4e2d\u6587", "\ud83d\ude00 smile",
                "\ud83d", "\ude00x", "x\ud83d", "\u2003 wide \u3000", "\u00a0nbsp\u00a0", "aaa", "abab", "\u0000",
                "-0", "  ", "\u1680\u2028"));
        Random random = new Random(17);
        for (int i = 0; i < 300; i++) {
            samples.add(HostOracle.randomString(random, random.nextInt(12)));
        }
        return samples;
    }

    private static StringReplacement of(String s) {
        return StringReplacement.of(s);
    }

    @Test
    void constructionIsCanonical() {
        for (String s : SAMPLES) {
            assertCanonical(s, of(s));
            assertCanonical(s, new StringReplacement(s.toCharArray()));
            assertEquals(s, of(s).asString());
            if (s.length() >= 2) {
                assertCanonical(s.substring(1, s.length() - 1), new StringReplacement(s.toCharArray(), 1, s.length() - 2));
                assertCanonical(s.substring(1), of(s).substringOf(1, s.length()));
            }
        }
        assertCanonical("", new StringReplacement());
        assertCanonical("ab", StringReplacement.fromUtf16(new byte[] {0, 1, 'a', 0, 'b', 0}, 1, 2));
    }

    @Test
    void constructorBounds() {
        char[] chars = "abc".toCharArray();
        int[][] cases = {{1, 5}, {-1, 1}, {1, -1}, {4, 0}, {3, 0}, {0, 3}, {Integer.MAX_VALUE, 2}};
        for (int[] c : cases) {
            assertSame(() -> new String(chars, c[0], c[1]), () -> new StringReplacement(chars, c[0], c[1]).asString(),
                    "String(char[], " + c[0] + ", " + c[1] + ")");
            assertSame(() -> String.valueOf(chars, c[0], c[1]), () -> StringReplacement.valueOf(chars, c[0], c[1]),
                    "valueOf");
        }
        assertSame(() -> new String((char[]) null), () -> new StringReplacement((char[]) null), "null chars");
    }

    @Test
    void queriesMatchTheJdk() {
        for (String s : SAMPLES) {
            StringReplacement r = of(s);
            assertEquals(s.length(), r.length(), s);
            assertEquals(s.isEmpty(), r.isEmpty(), s);
            assertEquals(s.hashCode(), r.hashCode(), s);
            assertEquals(s.hashCode(), r.hashCode(), "cached hash " + s);
            assertEquals(s, new String(r.toCharArray()));
            assertEquals(s, r.toString());
            assertEquals(s.isBlank(), r.isBlank(), s);
            for (int i = -2; i <= s.length() + 1; i++) {
                int index = i;
                assertSame(() -> s.charAt(index), () -> r.charAt(index), "charAt " + index + " of " + s);
                assertSame(() -> s.codePointAt(index), () -> r.codePointAt(index), "codePointAt " + index);
            }
        }
    }

    @Test
    void hashCodeOfZeroHashIsStable() {
        StringReplacement empty = of("");
        assertEquals(0, empty.hashCode());
        assertEquals(0, empty.hashCode());
        assertEquals("\u0000".hashCode(), of("\u0000").hashCode());
    }

    @Test
    void equalityAndComparisonMatchTheJdk() {
        Random random = new Random(5);
        for (int i = 0; i < 2000; i++) {
            String a = SAMPLES.get(random.nextInt(SAMPLES.size()));
            String b = random.nextInt(4) == 0 ? a : SAMPLES.get(random.nextInt(SAMPLES.size()));
            if (random.nextInt(3) == 0 && !a.isEmpty()) {
                b = a.substring(0, random.nextInt(a.length()));
            }
            String first = a;
            String second = b;
            assertEquals(a.equals(b), of(a).equals(of(b)), a + " equals " + b);
            assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(of(a).compareTo(b)), a + " compareTo " + b);
            assertEquals(a.compareTo(b), of(a).compareTo(b), a + " compareTo " + b);
            assertSame(() -> first.equalsIgnoreCase(latin1Only(second)),
                    () -> of(first).equalsIgnoreCase(latin1Only(second)), "equalsIgnoreCase");
        }
        assertFalse(of("a").equals(null));
        assertFalse(of("a").equals(new Object()));
        assertFalse(of("a").equalsIgnoreCase(null));
        assertTrue(of("\u00ff").equalsIgnoreCase("\u0178"));
        assertTrue(of("STRASSE").equalsIgnoreCase("strasse"));
        assertNotEquals(of("a"), of("b"));
        assertSame(() -> "a".compareTo(null), () -> of("a").compareTo(null), "compareTo null");
    }

    /** Strings whose case mapping the replacement reproduces: Latin-1 chars and chars without case. */
    private static String latin1Only(String s) {
        StringBuilder builder = new StringBuilder();
        for (char c : s.toCharArray()) {
            builder.append(c <= 0xFF || Character.toUpperCase(c) == c && Character.toLowerCase(c) == c ? c : 'x');
        }
        return builder.toString();
    }

    @Test
    void searchingMatchesTheJdk() {
        Random random = new Random(9);
        int[] characters = {'a', 'b', ' ', 0xE9, 0xFF, 0x100, 0x4E2D, 0xD83D, 0xDE00, 0x1F600, -1, 0x110000, 0};
        for (String s : SAMPLES) {
            StringReplacement r = of(s);
            for (int ch : characters) {
                assertEquals(s.indexOf(ch), r.indexOf(ch), s + " indexOf " + ch);
                assertEquals(s.lastIndexOf(ch), r.lastIndexOf(ch), s + " lastIndexOf " + ch);
                for (int from = -2; from <= s.length() + 1; from++) {
                    assertEquals(s.indexOf(ch, from), r.indexOf(ch, from), s + " indexOf " + ch + " from " + from);
                    assertEquals(s.lastIndexOf(ch, from), r.lastIndexOf(ch, from), s + " lastIndexOf " + ch + " " + from);
                }
            }
            List<String> targets = new ArrayList<>(List.of("", "a", "ab", "\u00e9", "\ud83d\ude00", "\u0100", s, s + "x"));
            for (int i = 0; i < 4 && !s.isEmpty(); i++) {
                int begin = random.nextInt(s.length());
                targets.add(s.substring(begin, begin + random.nextInt(s.length() - begin + 1)));
            }
            for (String t : targets) {
                assertEquals(s.indexOf(t), r.indexOf(t), s + " indexOf " + t);
                assertEquals(s.lastIndexOf(t), r.lastIndexOf(t), s + " lastIndexOf " + t);
                assertEquals(s.startsWith(t), r.startsWith(t), s + " startsWith " + t);
                assertEquals(s.endsWith(t), r.endsWith(t), s + " endsWith " + t);
                for (int from = -1; from <= s.length() + 1; from++) {
                    assertEquals(s.indexOf(t, from), r.indexOf(t, from), s + " indexOf " + t + " from " + from);
                    assertEquals(s.lastIndexOf(t, from), r.lastIndexOf(t, from), s + " lastIndexOf " + t + " " + from);
                    assertEquals(s.startsWith(t, from), r.startsWith(t, from), s + " startsWith " + t + " " + from);
                }
            }
            assertSame(() -> s.indexOf(null), () -> r.indexOf(null), "indexOf null");
            assertSame(() -> s.startsWith(null), () -> r.startsWith(null), "startsWith null");
        }
    }

    @Test
    void substringsMatchTheJdk() {
        for (String s : SAMPLES) {
            StringReplacement r = of(s);
            for (int begin = -1; begin <= s.length() + 1; begin++) {
                int b = begin;
                assertSame(() -> s.substring(b), () -> r.substring(b), s + " substring " + b);
                for (int end = -1; end <= s.length() + 1; end++) {
                    int e = end;
                    assertSame(() -> s.substring(b, e), () -> r.substring(b, e), s + " substring " + b + "," + e);
                    if (b >= 0 && b <= e && e <= s.length()) {
                        assertCanonical(s.substring(b, e), r.substringOf(b, e));
                    }
                }
            }
        }
    }

    @Test
    void getCharsMatchesTheJdk() {
        int[][] cases = {{0, 3, 0}, {1, 2, 3}, {0, 3, 2}, {-1, 2, 0}, {2, 1, 0}, {0, 4, 0}, {0, 0, 5}, {0, 1, -1}};
        for (String s : List.of("abc", "a\u0100c")) {
            for (int[] c : cases) {
                assertSame(() -> {
                    char[] destination = new char[4];
                    s.getChars(c[0], c[1], destination, c[2]);
                    return new String(destination);
                }, () -> {
                    char[] destination = new char[4];
                    of(s).getChars(c[0], c[1], destination, c[2]);
                    return new String(destination);
                }, "getChars " + s + " " + java.util.Arrays.toString(c));
            }
        }
    }

    @Test
    void transformationsMatchTheJdk() {
        Random random = new Random(3);
        for (String s : SAMPLES) {
            StringReplacement r = of(s);
            assertEquals(s.trim(), r.trim(), "trim " + s);
            assertEquals(s.strip(), r.strip(), "strip " + s);
            assertEquals(s.stripLeading(), r.stripLeading(), "stripLeading " + s);
            assertEquals(s.stripTrailing(), r.stripTrailing(), "stripTrailing " + s);
            String latin = latin1Only(s);
            assertEquals(latin.toUpperCase(java.util.Locale.ROOT), of(latin).toUpperCase(), "toUpperCase " + latin);
            assertEquals(latin.toLowerCase(java.util.Locale.ROOT), of(latin).toLowerCase(), "toLowerCase " + latin);
            for (int count = -1; count <= 3; count++) {
                int c = count;
                assertSame(() -> s.repeat(c), () -> r.repeat(c), "repeat " + s + " " + c);
            }
            String other = SAMPLES.get(random.nextInt(SAMPLES.size()));
            assertEquals(s.concat(other), r.concat(other), s + " concat " + other);
            char oldChar = s.isEmpty() ? 'a' : s.charAt(random.nextInt(s.length()));
            char newChar = HostOracle.randomChar(random, 2);
            assertEquals(s.replace(oldChar, newChar), r.replace(oldChar, newChar), "replace " + s);
        }
        assertSame(() -> "abc".repeat(Integer.MAX_VALUE), () -> of("abc").repeat(Integer.MAX_VALUE), "huge repeat");
        assertSame(() -> "a\u0100".repeat(Integer.MAX_VALUE / 3),
                () -> of("a\u0100").repeat(Integer.MAX_VALUE / 3), "huge UTF-16 repeat");
        assertSame(() -> "a".concat(null), () -> of("a").concat(null), "concat null");
    }

    @Test
    void nonLatin1CaseIsLeftAlone() {
        assertEquals("\u03bc\u0430", of("\u03bc\u0430").toUpperCase());
        assertEquals("\u0178", of("\u0178").toLowerCase());
        assertEquals("\u0178SS\u039cA\u4e2d", of("\u00ffß\u00b5a\u4e2d").toUpperCase());
    }

    @Test
    void valueOfMatchesTheJdk() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            char c = HostOracle.randomChar(random, 2);
            assertEquals(String.valueOf(c), StringReplacement.valueOf(c));
            assertCanonical(String.valueOf(c), StringReplacement.valueOfChar(c));
            int n = random.nextInt();
            long l = random.nextLong();
            assertEquals(String.valueOf(n), StringReplacement.valueOf(n));
            assertEquals(String.valueOf(l), StringReplacement.valueOf(l));
        }
        assertEquals("true", StringReplacement.valueOf(true));
        assertEquals("false", StringReplacement.valueOf(false));
        assertEquals("a\u0100", StringReplacement.valueOf(new char[] {'a', '\u0100'}));
        assertEquals("a\u0100", StringReplacement.copyValueOf(new char[] {'a', '\u0100'}));
        assertEquals("b", StringReplacement.copyValueOf(new char[] {'a', 'b'}, 1, 1));
    }
}
