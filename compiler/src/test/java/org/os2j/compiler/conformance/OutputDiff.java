package org.os2j.compiler.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Human-readable description of where two byte outputs first differ, line by line. */
public final class OutputDiff {
    private static final int CONTEXT_BEFORE = 3;
    private static final int CONTEXT_AFTER = 5;
    private static final int MAX_LINE = 200;

    private OutputDiff() {
    }

    /**
     * Describes the first difference between {@code expected} and {@code actual}, or returns null
     * when they are byte-identical.
     */
    public static String describe(byte[] expected, byte[] actual) {
        int firstByte = firstDifference(expected, actual);
        if (firstByte < 0) {
            return null;
        }
        List<String> exp = lines(expected);
        List<String> act = lines(actual);
        int line = 0;
        for (int i = 0; i < firstByte; i++) {
            if (expected[i] == '\n') {
                line++;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("stdout differs at byte ").append(firstByte)
                .append(" (line ").append(line + 1).append("); expected ")
                .append(expected.length).append(" bytes / ").append(exp.size()).append(" lines, actual ")
                .append(actual.length).append(" bytes / ").append(act.size()).append(" lines\n");
        int from = Math.max(0, line - CONTEXT_BEFORE);
        sb.append("--- expected (HotSpot)\n");
        appendWindow(sb, exp, from, line);
        sb.append("+++ actual (os2j)\n");
        appendWindow(sb, act, from, line);
        return sb.toString();
    }

    private static void appendWindow(StringBuilder sb, List<String> lines, int from, int mark) {
        int to = Math.min(lines.size(), mark + CONTEXT_AFTER + 1);
        if (from >= lines.size()) {
            sb.append("      <end of output after ").append(lines.size()).append(" lines>\n");
            return;
        }
        for (int i = from; i < to; i++) {
            sb.append(i == mark ? "> " : "  ").append(String.format("%5d| ", i + 1))
                    .append(printable(lines.get(i))).append('\n');
        }
        if (to == lines.size()) {
            sb.append("      <end of output>\n");
        }
    }

    static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    /** Splits on '\n'; a final line without '\n' is marked with a visible "\\no-newline". */
    static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start) + "\\no-newline");
        }
        return out;
    }

    /** Escapes control and non-ASCII bytes so the difference is visible. */
    static String printable(String line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length() && sb.length() < MAX_LINE; i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= MAX_LINE) {
            sb.append("...");
        }
        return sb.toString();
    }
}
