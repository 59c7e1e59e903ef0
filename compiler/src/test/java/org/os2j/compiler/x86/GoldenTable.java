package org.os2j.compiler.x86;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads {@code /x86/golden.txt}: rows of {@code <GNU Intel syntax> | <hex bytes>}. */
final class GoldenTable {
    /** One row: the instruction text, the bytes GNU as produced for it, and its line number. */
    record Row(int line, String instruction, byte[] bytes) {
        String hex() {
            return GoldenTable.hex(bytes);
        }
    }

    private GoldenTable() {
    }

    static List<Row> load() {
        InputStream in = GoldenTable.class.getResourceAsStream("/x86/golden.txt");
        if (in == null) {
            throw new IllegalStateException("resource /x86/golden.txt not found on the class path");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int bar = t.indexOf('|');
                if (bar < 0) {
                    throw new IllegalStateException("golden.txt:" + number + ": no '|' in: " + line);
                }
                String hex = t.substring(bar + 1).replace(" ", "");
                rows.add(new Row(number, t.substring(0, bar).trim(), HexFormat.of().parseHex(hex)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(String.format("%02x", b & 0xFF));
        }
        return text.toString();
    }
}
