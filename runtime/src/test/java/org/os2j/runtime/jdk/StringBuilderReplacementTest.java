package org.os2j.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.os2j.runtime.jdk.HostOracle.assertCanonical;
import static org.os2j.runtime.jdk.HostOracle.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * StringBuilderReplacement against java.lang.StringBuilder: seeded random sequences of operations
 * (including failing ones), comparing contents, length and capacity after every step.
 */
class StringBuilderReplacementTest {
    @Test
    void randomOperationSequencesMatchTheJdk() {
        Random random = new Random(42);
        for (int run = 0; run < 400; run++) {
            StringBuilder jdk;
            StringBuilderReplacement ours;
            switch (random.nextInt(3)) {
                case 0 -> {
                    jdk = new StringBuilder();
                    ours = new StringBuilderReplacement();
                }
                case 1 -> {
                    int capacity = random.nextInt(5);
                    jdk = new StringBuilder(capacity);
                    ours = new StringBuilderReplacement(capacity);
                }
                default -> {
                    String initial = HostOracle.randomString(random, random.nextInt(6));
                    jdk = new StringBuilder(initial);
                    ours = new StringBuilderReplacement(initial);
                }
            }
            for (int step = 0; step < 40; step++) {
                String operation = step(random, jdk, ours);
                String context = "run " + run + " step " + step + " " + operation;
                assertEquals(jdk.toString(), ours.toString(), context);
                assertEquals(jdk.length(), ours.length(), context);
                assertEquals(jdk.capacity(), ours.capacity(), context);
            }
            assertCanonical(jdk.toString(), ours.toStringReplacement());
        }
    }

    private static String step(Random random, StringBuilder jdk, StringBuilderReplacement ours) {
        int length = jdk.length();
        int index = random.nextInt(length + 3) - 1;
        int other = random.nextInt(length + 3) - 1;
        String text = random.nextInt(10) == 0 ? null : HostOracle.randomString(random, random.nextInt(5));
        char c = HostOracle.randomChar(random, random.nextInt(4));
        switch (random.nextInt(17)) {
            case 0:
                jdk.append(text);
                ours.append(text);
                return "append(" + text + ")";
            case 1:
                jdk.append(c);
                ours.append(c);
                return "append(char " + (int) c + ")";
            case 2: {
                int n = random.nextBoolean() ? random.nextInt() : random.nextInt(200) - 100;
                jdk.append(n);
                ours.append(n);
                return "append(int " + n + ")";
            }
            case 3: {
                long n = random.nextInt(4) == 0 ? Long.MIN_VALUE : random.nextLong() >> random.nextInt(64);
                jdk.append(n);
                ours.append(n);
                return "append(long " + n + ")";
            }
            case 4: {
                boolean b = random.nextBoolean();
                jdk.append(b);
                ours.append(b);
                return "append(" + b + ")";
            }
            case 5: {
                char[] chars = (text == null ? "xyz" : text).toCharArray();
                jdk.append(chars);
                ours.append(chars);
                return "append(char[])";
            }
            case 6: {
                char[] chars = (text == null ? "xyz" : text).toCharArray();
                int offset = random.nextInt(chars.length + 2) - 1;
                int count = random.nextInt(chars.length + 2) - 1;
                assertSame(() -> jdk.append(chars, offset, count).toString(), () -> {
                    ours.append(chars, offset, count);
                    return ours.toString();
                }, "append(char[], " + offset + ", " + count + ")");
                return "append(char[], int, int)";
            }
            case 7:
                assertSame(() -> jdk.insert(index, text).toString(), () -> {
                    ours.insert(index, text);
                    return ours.toString();
                }, "insert(" + index + ", " + text + ")");
                return "insert(String)";
            case 8:
                assertSame(() -> jdk.insert(index, c).toString(), () -> {
                    ours.insert(index, c);
                    return ours.toString();
                }, "insert(" + index + ", char)");
                return "insert(char)";
            case 9:
                assertSame(() -> {
                    jdk.setCharAt(index, c);
                    return jdk.toString();
                }, () -> {
                    ours.setCharAt(index, c);
                    return ours.toString();
                }, "setCharAt(" + index + ")");
                return "setCharAt";
            case 10: {
                int newLength = random.nextInt(4) == 0 ? -1 : random.nextInt(length + 4);
                assertSame(() -> {
                    jdk.setLength(newLength);
                    return jdk.toString();
                }, () -> {
                    ours.setLength(newLength);
                    return ours.toString();
                }, "setLength(" + newLength + ")");
                return "setLength";
            }
            case 11:
                assertSame(() -> jdk.deleteCharAt(index).toString(), () -> {
                    ours.deleteCharAt(index);
                    return ours.toString();
                }, "deleteCharAt(" + index + ")");
                return "deleteCharAt";
            case 12:
                assertSame(() -> jdk.delete(index, other).toString(), () -> {
                    ours.delete(index, other);
                    return ours.toString();
                }, "delete(" + index + ", " + other + ")");
                return "delete";
            case 13:
                jdk.reverse();
                ours.reverse();
                return "reverse";
            case 14:
                assertSame(() -> jdk.charAt(index), () -> ours.charAt(index), "charAt(" + index + ")");
                assertSame(() -> jdk.substring(index), () -> ours.substring(index), "substring(" + index + ")");
                assertSame(() -> jdk.substring(index, other), () -> ours.substring(index, other),
                        "substring(" + index + ", " + other + ")");
                return "charAt/substring";
            case 15: {
                int minimum = random.nextInt(60) - 5;
                jdk.ensureCapacity(minimum);
                ours.ensureCapacity(minimum);
                return "ensureCapacity(" + minimum + ")";
            }
            default: {
                // Surrogate pairs, to exercise reverse.
                String pair = "\ud83d\ude00";
                jdk.append(pair);
                ours.append(pair);
                return "append(pair)";
            }
        }
    }

    @Test
    void reverseKeepsSurrogatePairs() {
        for (String s : new String[] {"", "a", "ab", "\ud83d\ude00", "a\ud83d\ude00b", "\ude00\ud83d", "\ud83d",
                "x\ud83d\ude00\ud83d\ude01y", "\u00e9\u0100\u00ff"}) {
            StringBuilderReplacement ours = new StringBuilderReplacement(s);
            ours.reverse();
            assertEquals(new StringBuilder(s).reverse().toString(), ours.toString(), s);
        }
    }

    @Test
    void failuresMatchTheJdk() {
        assertSame(() -> new StringBuilder(-1), () -> new StringBuilderReplacement(-1), "negative capacity");
        assertSame(() -> new StringBuilder((String) null), () -> new StringBuilderReplacement((String) null), "null");
        assertSame(() -> new StringBuilder().append((char[]) null), () -> new StringBuilderReplacement().append((char[]) null),
                "append null char[]");
    }

    @Test
    void appendsReturnNullOnTheHostOnly() {
        // Compiled by os2j an append returns the builder itself; on HotSpot no StringBuilder stands for it.
        assertNull(new StringBuilderReplacement().append(1));
    }

    @Test
    void numbersAppendIntoUtf16Builders() {
        StringBuilderReplacement again = new StringBuilderReplacement("\u0100");
        again.append(Integer.MIN_VALUE);
        again.append(true);
        assertEquals("\u0100" + Integer.MIN_VALUE + "true", again.toString());
    }
}
