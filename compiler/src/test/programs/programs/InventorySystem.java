/** A whole program: an inventory with item classes, a hash index of its own, orders that fail with exceptions. */
public class InventorySystem {
    static class OutOfStock extends Exception { OutOfStock(String m) { super(m); } }
    static abstract class Item { final String sku; int stock; Item(String sku, int stock) { this.sku = sku; this.stock = stock; } abstract long price(); public String toString() { return sku + "x" + stock; } }
    static class Widget extends Item { Widget(String s, int n) { super(s, n); } long price() { return 250; } }
    static class Gadget extends Item { final long base; Gadget(String s, int n, long b) { super(s, n); base = b; } long price() { return base + stock / 10; } }
    static class Index {
        private Item[] slots = new Item[8]; private int size;
        void put(Item item) {
            if (2 * (size + 1) > slots.length) { Item[] old = slots; slots = new Item[old.length * 2]; size = 0; for (Item i : old) if (i != null) put(i); }
            int h = item.sku.hashCode() & (slots.length - 1);
            while (slots[h] != null) h = (h + 1) & (slots.length - 1);
            slots[h] = item; size++;
        }
        Item get(String sku) { int h = sku.hashCode() & (slots.length - 1); while (slots[h] != null) { if (slots[h].sku.equals(sku)) return slots[h]; h = (h + 1) & (slots.length - 1); } return null; }
    }
    static long order(Index index, String sku, int quantity) throws OutOfStock {
        Item item = index.get(sku);
        if (item == null) throw new OutOfStock("unknown " + sku);
        if (item.stock < quantity) throw new OutOfStock(sku + " has only " + item.stock);
        long cost = item.price() * quantity;
        item.stock -= quantity;
        return cost;
    }
    public static void main(String[] args) {
        Index index = new Index();
        for (int i = 0; i < 20; i++) index.put(i % 3 == 0 ? new Gadget("g" + i, i * 3, 1000 + i) : new Widget("w" + i, i));
        String[] skus = {"g3", "w4", "w4", "g18", "x1", "w19", "g0", "w1"};
        int[] quantities = {2, 3, 2, 50, 1, 19, 1, 1};
        long revenue = 0;
        for (int i = 0; i < skus.length; i++) {
            try { long c = order(index, skus[i], quantities[i]); revenue += c; System.out.println("order " + skus[i] + " x" + quantities[i] + " = " + c); }
            catch (OutOfStock e) { System.out.println("rejected: " + e.getMessage()); }
        }
        System.out.println("revenue " + revenue + "; " + index.get("w4") + " " + index.get("g18") + " " + index.get("w19"));
    }
}
