import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** A CSV-ish file from standard input: header, comments, blank and malformed lines, per-category sums in key order. */
public class CsvAggregation {
    static final class Totals {
        int count;
        long cents;
        long maxCents = Long.MIN_VALUE;
        String maxItem = "";
    }

    static long parseCents(String amount) {
        String[] parts = amount.split("\\.", -1);
        if (parts.length > 2 || (parts.length == 2 && parts[1].length() != 2)) {
            throw new NumberFormatException("bad amount '" + amount + "'");
        }
        long whole = Long.parseLong(parts[0]);
        long frac = parts.length == 2 ? Long.parseLong(parts[1]) : 0;
        return whole < 0 || parts[0].startsWith("-") ? whole * 100 - frac : whole * 100 + frac;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String header = in.readLine();
        System.out.println("columns: " + String.join(" | ", header.split(",")));
        Map<String, Totals> byCategory = new TreeMap<>();
        String line;
        int lineNo = 1, skipped = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split(",");
            if (f.length != 3) {
                System.out.println("line " + lineNo + ": expected 3 fields, got " + f.length);
                skipped++;
                continue;
            }
            String category = f[0].trim().toLowerCase();
            String item = f[1].trim();
            long cents;
            try {
                cents = parseCents(f[2].trim());
            } catch (NumberFormatException e) {
                System.out.println("line " + lineNo + ": " + e.getMessage());
                skipped++;
                continue;
            }
            Totals t = byCategory.computeIfAbsent(category, k -> new Totals());
            t.count++;
            t.cents += cents;
            if (cents > t.maxCents) {
                t.maxCents = cents;
                t.maxItem = item;
            }
        }
        long grand = 0;
        for (Map.Entry<String, Totals> e : byCategory.entrySet()) {
            Totals t = e.getValue();
            grand += t.cents;
            System.out.println(String.format("%-10s n=%d sum=%d.%02d max=%s", e.getKey(), t.count, t.cents / 100,
                    Math.abs(t.cents % 100), t.maxItem));
        }
        System.out.println("lines " + lineNo + ", skipped " + skipped + ", total " + grand / 100 + "." + String.format("%02d", Math.abs(grand % 100)));
    }
}
