/** Overrides across a deep hierarchy: each call runs the most specific method. */
public class VirtualDispatchChain {
    static class L0 { String id() { return "L0"; } String both() { return id() + "/" + tag(); } String tag() { return "t0"; } }
    static class L1 extends L0 { String id() { return "L1"; } }
    static class L2 extends L1 { String tag() { return "t2"; } }
    static class L3 extends L2 { String id() { return "L3<" + super.id() + ">"; } }
    public static void main(String[] args) {
        L0[] all = { new L0(), new L1(), new L2(), new L3() };
        for (L0 x : all) System.out.println(x.getClass().getSimpleName() + ": " + x.id() + " " + x.both());
    }
}
