/** Arrays of objects: default nulls, sorting by a field, copying with System.arraycopy. */
public class ObjectArrays {
    static class Item { final String name; final int weight; Item(String n, int w) { name = n; weight = w; } public String toString() { return name + ":" + weight; } }
    public static void main(String[] args) {
        Item[] items = new Item[6];
        System.out.println(items[3]);
        String[] names = {"bolt", "nut", "gear", "axle", "cam", "pin"};
        for (int i = 0; i < items.length; i++) items[i] = new Item(names[i], (i * 37) % 11);
        for (int i = 1; i < items.length; i++) {
            Item key = items[i];
            int j = i - 1;
            while (j >= 0 && items[j].weight > key.weight) { items[j + 1] = items[j]; j--; }
            items[j + 1] = key;
        }
        StringBuilder sb = new StringBuilder();
        for (Item it : items) sb.append(it).append(' ');
        System.out.println(sb.toString().trim());
        Item[] copy = new Item[8];
        System.arraycopy(items, 1, copy, 2, 4);
        sb.setLength(0);
        for (Item it : copy) sb.append(it).append(' ');
        System.out.println(sb.toString().trim());
        Object[] asObjects = items;
        System.arraycopy(items, 0, items, 1, 5);
        System.out.println(asObjects[0] + " " + asObjects[1] + " " + asObjects[5]);
    }
}
