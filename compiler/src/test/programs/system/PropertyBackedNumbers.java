/** Integer.getInteger, Long.getLong and Boolean.getBoolean read system properties: decoding, defaults, bad values. */
public class PropertyBackedNumbers {
    public static void main(String[] args) {
        System.setProperty("t.dec", "42");
        System.setProperty("t.hex", "0x1F");
        System.setProperty("t.hash", "#ff");
        System.setProperty("t.oct", "-017");
        System.setProperty("t.bad", "12abc");
        System.setProperty("t.space", " 5");
        System.setProperty("t.big", "9000000000");
        System.setProperty("t.true", "TrUe");
        System.setProperty("t.yes", "yes");
        String[] keys = {"t.dec", "t.hex", "t.hash", "t.oct", "t.bad", "t.space", "t.big", "t.missing"};
        for (String k : keys) {
            System.out.println(k + ": " + Integer.getInteger(k) + " " + Integer.getInteger(k, -1) + " "
                    + Long.getLong(k) + " " + Long.getLong(k, -2L));
        }
        System.out.println(Integer.getInteger("t.dec", Integer.valueOf(7)) + " " + Integer.getInteger("t.missing", Integer.valueOf(7))
                + " " + Integer.getInteger("t.missing", (Integer) null));
        System.out.println(Boolean.getBoolean("t.true") + " " + Boolean.getBoolean("t.yes") + " " + Boolean.getBoolean("t.missing"));
        System.out.println(Integer.getInteger("") + " " + Integer.getInteger(null) + " " + Boolean.getBoolean(null) + " " + Long.getLong(""));
        System.out.println(System.getProperty("t.missing", "fallback") + " " + System.getProperty("t.dec", "fallback"));
        System.clearProperty("t.dec");
        System.out.println(Integer.getInteger("t.dec", 99));
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        try {
            System.setProperty("", "x");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            System.setProperty("t.null", null);
        } catch (NullPointerException e) {
            System.out.println("NPE value: " + (e.getMessage() == null ? "no message" : e.getMessage()));
        }
    }
}
