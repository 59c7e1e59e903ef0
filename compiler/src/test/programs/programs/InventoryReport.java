import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** A whole program: an inventory report built from records, enums with per-constant tax rules, lambdas and boxed maps. */
public class InventoryReport {
    enum Category {
        FOOD(5) {
            long tax(long cents) { return cents * rate / 100; }
        },
        BOOKS(0) {
            long tax(long cents) { return 0; }
        },
        ELECTRONICS(20) {
            long tax(long cents) { return Math.max(cents * rate / 100, 100); }
        },
        TOYS(10) {
            long tax(long cents) { return (cents * rate + 50) / 100; }
        };

        final int rate;

        Category(int rate) { this.rate = rate; }

        abstract long tax(long cents);
    }

    record Item(String sku, String name, Category category, long priceCents, int stock) {
        Item {
            if (priceCents < 0) throw new IllegalArgumentException("negative price for " + sku);
            name = name.strip();
        }

        long value() { return priceCents * stock; }
    }

    record Sale(String sku, int quantity) { }

    static final class OutOfStock extends Exception {
        OutOfStock(String sku, int wanted, int have) {
            super(sku + ": wanted " + wanted + ", have " + have);
        }
    }

    static String money(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }

    static final Map<String, Item> STOCK = new TreeMap<>();

    static void add(Item item) {
        STOCK.put(item.sku(), item);
    }

    static long sell(Sale sale) throws OutOfStock {
        Item item = STOCK.get(sale.sku());
        if (item == null) throw new IllegalArgumentException("unknown sku " + sale.sku());
        if (item.stock() < sale.quantity()) throw new OutOfStock(sale.sku(), sale.quantity(), item.stock());
        STOCK.put(item.sku(), new Item(item.sku(), item.name(), item.category(), item.priceCents(), item.stock() - sale.quantity()));
        long net = item.priceCents() * sale.quantity();
        return net + item.category().tax(net);
    }

    static <T> List<T> select(Iterable<T> items, Predicate<? super T> keep) {
        List<T> out = new ArrayList<>();
        for (T t : items) if (keep.test(t)) out.add(t);
        return out;
    }

    public static void main(String[] args) {
        add(new Item("F-001", " Apples ", Category.FOOD, 299, 40));
        add(new Item("F-002", "Coffee", Category.FOOD, 1299, 5));
        add(new Item("B-101", "Compilers", Category.BOOKS, 8950, 3));
        add(new Item("E-500", "Cable", Category.ELECTRONICS, 450, 12));
        add(new Item("E-501", "Keyboard", Category.ELECTRONICS, 4999, 2));
        add(new Item("T-900", "Kite", Category.TOYS, 1505, 7));
        try {
            add(new Item("X-000", "Broken", Category.TOYS, -1, 0));
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }

        String header = """
                SKU    NAME        CATEGORY     PRICE  STOCK
                ------ ----------- ----------- ------- -----""";
        System.out.println(header);
        for (Item i : STOCK.values()) {
            System.out.println(String.format("%-6s %-11s %-11s %7s %5d", i.sku(), i.name(), i.category(), money(i.priceCents()), i.stock()));
        }

        List<Sale> sales = List.of(new Sale("F-001", 10), new Sale("E-500", 1), new Sale("E-501", 3), new Sale("B-101", 1),
                new Sale("T-900", 7), new Sale("Z-999", 1), new Sale("F-002", 5), new Sale("T-900", 1));
        long revenue = 0;
        Map<Category, Integer> unitsByCategory = new EnumMap<>(Category.class);
        for (Sale s : sales) {
            try {
                long charged = sell(s);
                revenue += charged;
                Category c = STOCK.get(s.sku()).category();
                unitsByCategory.merge(c, s.quantity(), Integer::sum);
                System.out.println("sold " + s.quantity() + " x " + s.sku() + " for " + money(charged));
            } catch (OutOfStock e) {
                System.out.println("out of stock: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        System.out.println("revenue " + money(revenue) + " units " + unitsByCategory);

        List<Item> empty = select(STOCK.values(), i -> i.stock() == 0);
        List<Item> low = select(STOCK.values(), ((Predicate<Item>) i -> i.stock() < 5).and(i -> i.stock() > 0));
        Function<List<Item>, String> skus = list -> {
            StringBuilder sb = new StringBuilder();
            for (Item i : list) sb.append(sb.length() == 0 ? "" : ",").append(i.sku());
            return sb.toString();
        };
        System.out.println("empty [" + skus.apply(empty) + "] low [" + skus.apply(low) + "]");

        List<Item> byValue = new ArrayList<>(STOCK.values());
        byValue.sort(Comparator.comparingLong(Item::value).reversed().thenComparing(Item::sku));
        for (Item i : byValue) {
            String band = switch (i.category()) {
                case FOOD, TOYS -> i.value() > 5000 ? "high" : "low";
                case BOOKS -> "shelf";
                case ELECTRONICS -> i.value() == 0 ? "none" : "locked";
            };
            System.out.println(String.format("%-11s %10s %s", i.name(), money(i.value()), band));
        }
        Map<Category, Long> valueByCategory = new TreeMap<>(Comparator.reverseOrder());
        for (Item i : STOCK.values()) valueByCategory.merge(i.category(), i.value(), Long::sum);
        long total = 0;
        for (Map.Entry<Category, Long> e : valueByCategory.entrySet()) {
            total += e.getValue();
            System.out.println(e.getKey().name().charAt(0) + e.getKey().name().substring(1).toLowerCase() + " " + money(e.getValue()));
        }
        Integer boxedTotal = (int) total;
        System.out.println("stock value " + money(boxedTotal) + " items " + STOCK.size() + " " + boxedTotal.equals((int) total));
    }
}
