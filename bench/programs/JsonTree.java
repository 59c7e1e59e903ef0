import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocation-heavy with structure: builds JSON-like documents (maps, lists, strings, boxed numbers),
 * renders each to text and keeps a sliding window of recent documents, so most objects die young
 * and some live a while.
 */
public class JsonTree {
    static Object document(int seed, int depth) {
        if (depth == 0) {
            return seed % 3 == 0 ? (Object) ("leaf-" + seed) : (Object) Integer.valueOf(seed);
        }
        if (seed % 2 == 0) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < 4; i++) {
                object.put("field" + i, document(seed * 31 + i, depth - 1));
            }
            return object;
        }
        List<Object> array = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            array.add(document(seed * 17 + i, depth - 1));
        }
        return array;
    }

    static void render(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append('"').append(entry.getKey()).append("\":");
                render(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                render(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String text) {
            out.append('"').append(text).append('"');
        } else {
            out.append(value);
        }
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        List<Object> window = new ArrayList<>();
        long characters = 0;
        int hash = 0;
        for (int i = 0; i < documents; i++) {
            Object document = document(i, 5);
            StringBuilder out = new StringBuilder();
            render(document, out);
            characters += out.length();
            hash = hash * 31 + out.toString().hashCode();
            window.add(document);
            if (window.size() > 200) {
                window.remove(0);
            }
        }
        System.out.println(documents + " documents, " + characters + " characters, hash " + hash + ", window "
                + window.size());
    }
}
