/** Static fields are shared by all instances; instance fields are per object. */
public class StaticAndInstanceCounters {
    static int created;
    final int serial;
    int uses;
    StaticAndInstanceCounters() { serial = ++created; }
    StaticAndInstanceCounters use() { uses++; return this; }
    public static void main(String[] args) {
        StaticAndInstanceCounters a = new StaticAndInstanceCounters(), b = new StaticAndInstanceCounters();
        a.use().use().use();
        b.use();
        StaticAndInstanceCounters c = new StaticAndInstanceCounters();
        System.out.println(a.serial + " " + b.serial + " " + c.serial + " " + created);
        System.out.println(a.uses + " " + b.uses + " " + c.uses);
    }
}
