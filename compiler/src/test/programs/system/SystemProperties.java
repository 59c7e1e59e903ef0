/** System properties HotSpot and os2j set alike, the line separator, and setting and clearing properties. */
public class SystemProperties {
    public static void main(String[] args) {
        String[] keys = {"line.separator", "file.separator", "path.separator", "java.specification.version",
                "java.version", "java.class.version", "os.name", "os.arch", "file.encoding", "native.encoding",
                "sun.jnu.encoding", "user.language", "java.io.tmpdir", "sun.arch.data.model", "sun.cpu.endian",
                "no.such.property"};
        for (String key : keys) {
            String value = System.getProperty(key);
            System.out.println(key + " = " + (value == null ? null : value.replace("\n", "\\n")));
        }
        System.out.println(System.getProperty("no.such.property", "default") + " " + System.lineSeparator().length());
        System.setProperty("os2j.test", "set");
        System.out.println(System.getProperty("os2j.test") + " " + System.clearProperty("os2j.test") + " "
                + System.getProperty("os2j.test"));
        System.out.println(System.getProperty("user.dir").equals(new java.io.File("").getAbsolutePath()));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
